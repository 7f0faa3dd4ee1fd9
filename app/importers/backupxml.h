#pragma once

#include <QDateTime>
#include <QString>
#include <QXmlStreamAttributes>

#include <optional>

namespace plaint::backupxml {

// Attribute values of SMS Backup & Restore files, where a missing value is
// often written as the word "null".
QString text(const QXmlStreamAttributes &attributes, QLatin1StringView name);
// A "date" attribute: milliseconds since the epoch (older MMS entries used
// seconds), as a local time; std::nullopt when it is not a plausible time.
std::optional<QDateTime> time(const QXmlStreamAttributes &attributes, QLatin1StringView name);
// A short, one-line form of a message for a summary.
QString excerpt(const QString &body, int length = 60);

} // namespace plaint::backupxml
