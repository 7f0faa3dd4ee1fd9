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

std::optional<QByteArray> base64(QStringView text)
{
    QByteArray out;
    out.resize(base64DecodedSize(text.size()));
    char *write = out.data();
    quint32 buffer = 0;
    int bits = 0;
    int padding = 0;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        int value;
        if (c >= u'A' && c <= u'Z')
            value = c - u'A';
        else if (c >= u'a' && c <= u'z')
            value = c - u'a' + 26;
        else if (c >= u'0' && c <= u'9')
            value = c - u'0' + 52;
        else if (c == u'+' || c == u'-')
            value = 62;
        else if (c == u'/' || c == u'_')
            value = 63;
        else if (c == u'=') {
            ++padding;
            continue;
        } else if (c == u' ' || c == u'\n' || c == u'\r' || c == u'\t')
            continue;
        else
            return std::nullopt;
        if (padding > 0) // data after the padding
            return std::nullopt;
        buffer = (buffer << 6) | quint32(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *write++ = char((buffer >> bits) & 0xFF);
        }
    }
    if (padding > 2 || bits >= 6) // a lone sixth of a byte is not base64
        return std::nullopt;
    out.truncate(write - out.constData());
    return out;
}

QString excerpt(const QString &body, int length)
{
    QString line = body.simplified();
    if (line.size() > length)
        line = line.left(length - 1) + u'…';
    return line;
}

} // namespace plaint::backupxml
