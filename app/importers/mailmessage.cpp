#include "mailmessage.h"

#include "safefilename.h"
#include "textdecoding.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

constexpr int kMaxDepth = 16;        // nested multiparts; deeper is an attack or a mistake
constexpr int kMaxParts = 1000;
constexpr int kMaxHeaders = 2000;

struct Header
{
    QByteArray name;                  // lower case
    QByteArray value;                 // unfolded, raw bytes
};

struct Entity
{
    QList<Header> headers;
    QByteArrayView body;

    QByteArray header(QByteArrayView name) const
    {
        for (const Header &h : headers) {
            if (h.name == name)
                return h.value;
        }
        return {};
    }
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Splits an entity into its header lines and its body at the first empty line.
Entity splitEntity(QByteArrayView raw)
{
    Entity entity;
    qsizetype pos = 0;
    QByteArray current;
    auto flush = [&] {
        if (current.isEmpty() || entity.headers.size() >= kMaxHeaders)
            return;
        const qsizetype colon = current.indexOf(':');
        if (colon > 0)
            entity.headers.append({current.left(colon).trimmed().toLower(), current.mid(colon + 1).trimmed()});
        current.clear();
    };
    while (pos < raw.size()) {
        qsizetype end = raw.indexOf('\n', pos);
        const qsizetype next = end < 0 ? raw.size() : end + 1;
        if (end < 0)
            end = raw.size();
        QByteArrayView line = raw.sliced(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            flush();
            entity.body = raw.sliced(next);
            return entity;
        }
        if ((line.front() == ' ' || line.front() == '\t') && !current.isEmpty()) {
            current.append(line); // unfolding keeps the whitespace, drops the line break
        } else {
            flush();
            current = line.toByteArray();
        }
        pos = next;
    }
    flush();
    entity.body = raw.sliced(raw.size());
    return entity;
}

// "text/plain; charset="gb2312"; name*0*=utf-8''%E5%8F%91; name*1=.pdf"
struct HeaderValue
{
    QByteArray value;                 // the part before the first ';', lower case
    QHash<QByteArray, QString> params;
};

QString percentDecoded(QByteArrayView text, QByteArrayView charset)
{
    QByteArray bytes;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() + 0 && hexValue(text[i + 1]) >= 0 && hexValue(text[i + 2]) >= 0) {
            bytes.append(char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2])));
            i += 2;
        } else {
            bytes.append(text[i]);
        }
    }
    return TextDecoding::decodeLenient(bytes, charset.isEmpty() ? QByteArrayView("UTF-8") : charset);
}

HeaderValue parseHeaderValue(QByteArrayView raw)
{
    HeaderValue result;
    QList<QByteArray> pieces;
    QByteArray piece;
    bool quoted = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (quoted && c == '\\' && i + 1 < raw.size()) {
            piece.append(raw[++i]);
            continue;
        }
        if (c == '"') {
            quoted = !quoted;
            piece.append(c);
            continue;
        }
        if (c == ';' && !quoted) {
            pieces.append(piece);
            piece.clear();
            continue;
        }
        piece.append(c);
    }
    pieces.append(piece);
    result.value = pieces.isEmpty() ? QByteArray() : pieces.takeFirst().trimmed().toLower();
    // RFC 2231 continuations, collected by name and index.
    struct Segment
    {
        QByteArray text;
        bool extended = false;
    };
    QHash<QByteArray, QMap<int, Segment>> continued;
    for (const QByteArray &p : std::as_const(pieces)) {
        const qsizetype eq = p.indexOf('=');
        if (eq <= 0)
            continue;
        QByteArray name = p.left(eq).trimmed().toLower();
        QByteArray value = p.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        bool extended = false;
        if (name.endsWith('*')) {
            extended = true;
            name.chop(1);
        }
        int index = 0;
        const qsizetype star = name.indexOf('*');
        if (star > 0) {
            bool ok = false;
            index = name.mid(star + 1).toInt(&ok);
            if (!ok || index < 0 || index > 999)
                continue;
            name = name.left(star);
        }
        continued[name].insert(index, {value, extended});
    }
    for (auto it = continued.cbegin(); it != continued.cend(); ++it) {
        QByteArray charset;
        QByteArray bytes;
        bool anyExtended = false;
        bool first = true;
        for (const Segment &s : it.value()) {
            QByteArray text = s.text;
            if (s.extended && first) {
                // charset'language'value
                const qsizetype q1 = text.indexOf('\'');
                const qsizetype q2 = q1 < 0 ? -1 : text.indexOf('\'', q1 + 1);
                if (q2 > 0) {
                    charset = text.left(q1);
                    text = text.mid(q2 + 1);
                }
            }
            first = false;
            anyExtended = anyExtended || s.extended;
            bytes.append(text);
        }
        result.params.insert(it.key(), anyExtended ? percentDecoded(bytes, charset) : MailMessage::decodeHeader(bytes));
    }
    return result;
}

QByteArray undoTransferEncoding(QByteArrayView body, const QByteArray &encoding)
{
    const QByteArray e = encoding.trimmed().toLower();
    if (e == "base64")
        return QByteArray::fromBase64(body.toByteArray()); // skips line breaks and stray characters
    if (e == "quoted-printable")
        return MailMessage::decodeQuotedPrintable(body);
    return body.toByteArray();
}

QString htmlToText(const QString &html)
{
    static const QRegularExpression drop(u"<(script|style)[^>]*>.*?</\\1>"_s,
                                         QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(u"<\\s*(br|/p|/div|/tr|/li)[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    QString text = html;
    text.remove(drop);
    text.replace(breaks, u"\n"_s);
    text.remove(tags);
    text.replace(u"&nbsp;"_s, u" "_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s)
        .replace(u"&quot;"_s, u"\""_s).replace(u"&#39;"_s, u"'"_s).replace(u"&amp;"_s, u"&"_s);
    QStringList lines;
    for (const QString &line : text.split(u'\n'))
        lines << line.simplified();
    return lines.join(u'\n').trimmed();
}

class Walker
{
public:
    QStringList plain;
    QStringList html;
    QList<MailMessage::Part> attachments;
    QStringList problems;
    int parts = 0;

    // `cut`: the message ends inside this part (its multipart never closed).
    void walk(QByteArrayView raw, int depth, bool cut = false)
    {
        if (depth > kMaxDepth || ++parts > kMaxParts)
            return;
        const Entity entity = splitEntity(raw);
        HeaderValue type = parseHeaderValue(entity.header("content-type"));
        if (type.value.isEmpty() || !type.value.contains('/'))
            type.value = "text/plain";
        const HeaderValue disposition = parseHeaderValue(entity.header("content-disposition"));
        QString name = disposition.params.value("filename");
        if (name.isEmpty())
            name = type.params.value("name");
        const bool attachment = disposition.value == "attachment" || !name.isEmpty();

        if (type.value.startsWith("multipart/")) {
            const QByteArray boundary = type.params.value("boundary").toUtf8();
            if (!boundary.isEmpty()) {
                splitMultipart(entity.body, boundary, depth, cut);
                return;
            }
        }
        const QByteArray data = undoTransferEncoding(entity.body, entity.header("content-transfer-encoding"));
        const QByteArray charset = type.params.value("charset").toLatin1();
        if (!attachment && (type.value == "text/plain" || type.value == "text/html")) {
            QString problem;
            const QString text = TextDecoding::decodeLenient(data, charset, &problem);
            if (!problem.isEmpty())
                problems << MailMessage::tr("its text: %1").arg(problem);
            if (cut)
                problems << MailMessage::tr("its text is cut off: the message ends before the text does");
            if (type.value == "text/plain")
                plain << text.trimmed();
            else
                html << htmlToText(text);
            return;
        }
        QString safe = SafeFileName::of(name);
        if (safe.isEmpty()) {
            const QString ext = type.value == "message/rfc822" ? u".eml"_s
                : type.value == "text/html"                    ? u".html"_s
                : type.value == "text/plain"                   ? u".txt"_s
                : type.value.startsWith("image/")              ? u"."_s + QString::fromLatin1(type.value.mid(6))
                                                               : QString();
            safe = SafeFileName::of(MailMessage::tr("attachment-%1%2").arg(attachments.size() + 1).arg(ext));
        }
        if (cut)
            problems << MailMessage::tr("its attachment %1 is cut off: the message ends before the attachment does")
                            .arg(safe);
        attachments.append({safe, QString::fromLatin1(type.value), data});
    }

private:
    void splitMultipart(QByteArrayView body, const QByteArray &boundary, int depth, bool cut)
    {
        const QByteArray delimiter = "--" + boundary;
        qsizetype pos = 0;
        qsizetype partStart = -1;
        while (pos < body.size()) {
            qsizetype end = body.indexOf('\n', pos);
            const qsizetype next = end < 0 ? body.size() : end + 1;
            if (end < 0)
                end = body.size();
            QByteArrayView line = body.sliced(pos, end - pos);
            while (!line.isEmpty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
                line.chop(1);
            if (line.startsWith(delimiter)) {
                const QByteArrayView rest = line.sliced(delimiter.size());
                const bool closing = rest == "--";
                if (rest.isEmpty() || closing) {
                    if (partStart >= 0) {
                        // The line break before a delimiter belongs to the delimiter.
                        qsizetype partEnd = pos;
                        if (partEnd > partStart && body[partEnd - 1] == '\n')
                            --partEnd;
                        if (partEnd > partStart && body[partEnd - 1] == '\r')
                            --partEnd;
                        walk(body.sliced(partStart, partEnd - partStart), depth + 1, false);
                    }
                    if (closing)
                        return;
                    partStart = next;
                }
            }
            pos = next;
        }
        // A missing closing delimiter: the message was cut (a mailbox copied
        // while it was written, a download that stopped). What was there is
        // kept, and the user is told.
        if (partStart >= 0 && partStart < body.size())
            walk(body.sliced(partStart), depth + 1, true);
        else if (partStart >= 0 || cut)
            problems << MailMessage::tr("it is cut off: the message ends before its last part");
    }
};

} // namespace

QByteArray MailMessage::decodeQuotedPrintable(QByteArrayView data, bool headerForm)
{
    QByteArray out;
    out.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (headerForm && c == '_') {
            out.append(' ');
        } else if (c == '=') {
            if (i + 2 < data.size() + 0 && hexValue(data[i + 1]) >= 0 && hexValue(data[i + 2]) >= 0) {
                out.append(char(hexValue(data[i + 1]) * 16 + hexValue(data[i + 2])));
                i += 2;
            } else if (i + 1 < data.size() && (data[i + 1] == '\n' || data[i + 1] == '\r')) {
                // A soft line break: "=\r\n" or "=\n".
                ++i;
                if (data[i] == '\r' && i + 1 < data.size() && data[i + 1] == '\n')
                    ++i;
            } else {
                out.append(c);
            }
        } else {
            out.append(c);
        }
    }
    return out;
}

QString MailMessage::decodeHeader(QByteArrayView value)
{
    // =?charset?B|Q?text?= ; whitespace between two encoded words is dropped,
    // and adjacent words in one charset are joined as bytes before decoding,
    // because mailers split multi-byte characters across them.
    QString out;
    QByteArray pendingBytes;
    QByteArray pendingCharset;
    auto flushPending = [&] {
        if (!pendingBytes.isEmpty())
            out += TextDecoding::decodeLenient(pendingBytes, pendingCharset);
        pendingBytes.clear();
    };
    qsizetype pos = 0;
    qsizetype gapStart = 0;
    while (pos < value.size()) {
        const qsizetype start = value.indexOf("=?", pos);
        if (start < 0)
            break;
        const qsizetype q1 = value.indexOf('?', start + 2);
        const qsizetype q2 = q1 < 0 ? -1 : value.indexOf('?', q1 + 1);
        const qsizetype end = q2 < 0 ? -1 : value.indexOf("?=", q2 + 1);
        if (q1 < 0 || q2 != q1 + 2 || end < 0) {
            pos = start + 2;
            continue;
        }
        QByteArray charset = value.sliced(start + 2, q1 - start - 2).toByteArray();
        if (const qsizetype star = charset.indexOf('*'); star >= 0)
            charset.truncate(star); // RFC 2231 language suffix
        const char encoding = char(value[q1 + 1] | 0x20);
        const QByteArrayView text = value.sliced(q2 + 1, end - q2 - 1);
        if (encoding != 'b' && encoding != 'q') {
            pos = start + 2;
            continue;
        }
        const QByteArrayView gap = value.sliced(gapStart, start - gapStart);
        if (!gap.trimmed().isEmpty() || pendingBytes.isEmpty()) {
            flushPending();
            out += TextDecoding::decodeLenient(gap);
        }
        if (TextDecoding::canonicalName(charset) != TextDecoding::canonicalName(pendingCharset))
            flushPending();
        pendingCharset = charset;
        pendingBytes += encoding == 'b' ? QByteArray::fromBase64(text.toByteArray()) : decodeQuotedPrintable(text, true);
        pos = end + 2;
        gapStart = pos;
    }
    flushPending();
    out += TextDecoding::decodeLenient(value.sliced(gapStart));
    out.replace(u'\r', u' ').replace(u'\n', u' ');
    return out.simplified();
}

QDateTime MailMessage::parseDate(const QString &value)
{
    static const QRegularExpression comments(u"\\([^)]*\\)"_s);
    QString text = value;
    text.remove(comments);
    text = text.simplified();
    if (const qsizetype comma = text.indexOf(u','); comma >= 0 && comma < 10)
        text = text.mid(comma + 1).trimmed();
    const QStringList t = text.split(u' ', Qt::SkipEmptyParts);
    if (t.size() < 4)
        return QDateTime::fromString(value.trimmed(), Qt::ISODate);
    static const QStringList months{u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                    u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    bool ok = false;
    const int day = t[0].toInt(&ok);
    if (!ok)
        return {};
    const int month = int(months.indexOf(t[1].left(3).toLower())) + 1;
    int year = t[2].toInt(&ok);
    if (!ok || month < 1)
        return {};
    if (year < 50)
        year += 2000;
    else if (year < 1000)
        year += 1900;
    const QStringList hms = t[3].split(u':');
    if (hms.size() < 2)
        return {};
    const QTime time(hms[0].toInt(), hms[1].toInt(), hms.size() > 2 ? hms[2].toInt() : 0);
    const QDate date(year, month, day);
    if (!date.isValid() || !time.isValid())
        return {};
    int offset = 0;
    if (t.size() > 4) {
        const QString zone = t[4];
        static const QHash<QString, int> named{{u"UT"_s, 0},    {u"GMT"_s, 0},   {u"Z"_s, 0},     {u"UTC"_s, 0},
                                               {u"EST"_s, -5},  {u"EDT"_s, -4},  {u"CST"_s, -6},  {u"CDT"_s, -5},
                                               {u"MST"_s, -7},  {u"MDT"_s, -6},  {u"PST"_s, -8},  {u"PDT"_s, -7}};
        if ((zone.startsWith(u'+') || zone.startsWith(u'-')) && zone.size() == 5) {
            const int hh = zone.mid(1, 2).toInt(&ok);
            const int mm = ok ? zone.mid(3, 2).toInt(&ok) : 0;
            if (ok && hh <= 14 && mm < 60)
                offset = (zone.startsWith(u'-') ? -1 : 1) * (hh * 3600 + mm * 60);
        } else {
            offset = named.value(zone.toUpper(), 0) * 3600;
        }
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

Result<MailMessage> MailMessage::parse(QByteArrayView raw)
{
    const Entity top = splitEntity(raw);
    if (top.header("from").isEmpty() && top.header("date").isEmpty() && top.header("subject").isEmpty()
        && top.header("message-id").isEmpty())
        return Result<MailMessage>::failure(tr("This is not an e-mail message: it has no From, Date, Subject or "
                                               "Message-ID header."));
    MailMessage m;
    m.subject = decodeHeader(top.header("subject"));
    m.from = decodeHeader(top.header("from"));
    m.to = decodeHeader(top.header("to"));
    m.messageId = QString::fromLatin1(top.header("message-id")).trimmed();
    m.date = parseDate(decodeHeader(top.header("date")));
    Walker walker;
    walker.walk(raw, 0);
    m.text = walker.plain.join(u"\n\n"_s).trimmed();
    if (m.text.isEmpty())
        m.text = walker.html.join(u"\n\n"_s).trimmed();
    m.attachments = std::move(walker.attachments);
    m.problems = std::move(walker.problems);
    m.problems.removeDuplicates();
    return m;
}

} // namespace plaint
