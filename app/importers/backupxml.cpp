#include "backupxml.h"

using namespace Qt::StringLiterals;

namespace plaint::backupxml {

QString text(const QXmlStreamAttributes &attributes, QLatin1StringView name)
{
    const QStringView value = attributes.value(name);
    if (value == u"null")
        return {};
    return value.toString();
}

std::optional<QDateTime> time(const QXmlStreamAttributes &attributes, QLatin1StringView name)
{
    bool ok = false;
    qint64 value = attributes.value(name).toLongLong(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    if (value < 100'000'000'000LL) // before 1973 in ms: it was written in seconds
        value *= 1000;
    // 1990 .. 2200: anything else is a damaged record, not a time.
    if (value < 631'152'000'000LL || value > 7'258'118'400'000LL)
        return std::nullopt;
    // The offset the phone's owner was in at that moment, kept with the time.
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(value);
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

QString excerpt(const QString &body, int length)
{
    QString line = body.simplified();
    if (line.size() > length)
        line = line.left(length - 1) + u'…';
    return line;
}

} // namespace plaint::backupxml
