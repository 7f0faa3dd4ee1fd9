#pragma once

#include <QDateTime>
#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QXmlStreamAttributes>

#include <optional>

namespace plaint::backupxml {

// Attribute values of SMS Backup & Restore files, where a missing value is
// often written as the word "null".
QString text(const QXmlStreamAttributes &attributes, QLatin1StringView name);
// A "date" attribute: milliseconds since the epoch (older MMS entries used
// seconds), as a local time; std::nullopt when it is not a plausible time.
std::optional<QDateTime> time(const QXmlStreamAttributes &attributes, QLatin1StringView name);
// Base64 as MMS parts carry it, decoded straight from the reader's text
// (no Latin-1 copy of a part that may be megabytes long); line breaks and
// spaces are allowed, anything else is damage: std::nullopt.
std::optional<QByteArray> base64(QStringView text);
// How many bytes base64 text of this length decodes to, at most.
constexpr qint64 base64DecodedSize(qint64 length) { return length / 4 * 3 + 3; }
// A short, one-line form of a message for a summary.
QString excerpt(const QString &body, int length = 60);

} // namespace plaint::backupxml
