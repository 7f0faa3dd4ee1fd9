#pragma once

#include "case.h"
#include "event.h"

#include <QDateTime>
#include <QString>

namespace plaint::cli {

// Plain-text forms for terminal output.
QString timeForPeople(const QDateTime &when);
QString durationForPeople(qint64 seconds);
// The words for people of what --json writes as keywords ("phone", "out",
// "open", "CN"); English keeps the keywords, other languages translate them.
QString channelForPeople(Channel channel);
QString directionForPeople(Direction direction);
QString caseStatusForPeople(CaseStatus status);
QString promiseStatusForPeople(PromiseStatus status);
QString jurisdictionForPeople(Jurisdiction jurisdiction);
// Where a referral sent the user ("hotline", "store", "app", "department", ...).
QString placeForPeople(const QString &place);
// Words someone said, in the language's quotation marks.
QString quoted(const QString &words);
// A count with the language's digit grouping ("12,345").
QString countForPeople(qint64 count);
// An amount of money in the language's way ("CN¥120.00", "¥120.00").
QString moneyForPeople(const Money &money);
// A few lines per event: when, channel, agent, reference, summary, quotes,
// promises and evidence.
QString eventBlock(const Event &event, const QDateTime &now);

} // namespace plaint::cli
