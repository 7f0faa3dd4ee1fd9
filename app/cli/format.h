#pragma once

#include "event.h"

#include <QDateTime>
#include <QString>

namespace plaint::cli {

// Plain-text forms for terminal output.
QString timeForPeople(const QDateTime &when);
QString durationForPeople(qint64 seconds);
// A few lines per event: when, channel, agent, reference, summary, quotes,
// promises and evidence.
QString eventBlock(const Event &event, const QDateTime &now);

} // namespace plaint::cli
