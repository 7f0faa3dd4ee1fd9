#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace plaint {

// The closed vocabularies of the domain. Their string forms are stored in the
// database and printed by the CLI's --json output, so they never change.

enum class Channel { Phone, Store, App, Chat, Sms, Email, Letter, Social, Note };
enum class Direction { Outgoing, Incoming, Note };
enum class CaseStatus { Open, Escalated, Resolved, Abandoned };
enum class PromiseStatus { Pending, Kept, Broken };
enum class Jurisdiction { CN, US, UK, EU, Other };

QString toString(Channel value);
QString toString(Direction value);
QString toString(CaseStatus value);
QString toString(PromiseStatus value);
QString toString(Jurisdiction value);

std::optional<Channel> channelFromString(const QString &text);
std::optional<Direction> directionFromString(const QString &text);
std::optional<CaseStatus> caseStatusFromString(const QString &text);
std::optional<PromiseStatus> promiseStatusFromString(const QString &text);
std::optional<Jurisdiction> jurisdictionFromString(const QString &text);

QStringList channelNames();
QStringList directionNames();
QStringList caseStatusNames();
QStringList jurisdictionNames();

} // namespace plaint
