#include "capturetime.h"

#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

// A bounds-checked reader over the TIFF structure inside an EXIF segment.
class Tiff
{
public:
    explicit Tiff(QByteArrayView data) : m_data(data)
    {
        if (data.size() < 8)
            return;
        if (data.startsWith("II"))
            m_little = true;
        else if (data.startsWith("MM"))
            m_little = false;
        else
            return;
        m_ok = u16(2).value_or(0) == 42;
    }
    bool ok() const { return m_ok; }

    std::optional<quint32> u16(qsizetype at) const
    {
        if (at < 0 || at + 2 > m_data.size())
            return std::nullopt;
        const auto b0 = quint8(m_data[at]), b1 = quint8(m_data[at + 1]);
        return m_little ? quint32(b0 | (b1 << 8)) : quint32((b0 << 8) | b1);
    }
    std::optional<quint32> u32(qsizetype at) const
    {
        auto lo = u16(m_little ? at : at + 2);
        auto hi = u16(m_little ? at + 2 : at);
        if (!lo || !hi)
            return std::nullopt;
        return (*hi << 16) | *lo;
    }

    struct Entry
    {
        quint32 type = 0;
        quint32 count = 0;
        qsizetype valueAt = 0; // where the value is: in the entry when it fits in 4 bytes
    };
    // The entry with `tag` in the IFD at `ifd`.
    std::optional<Entry> find(quint32 ifd, quint32 tag) const
    {
        auto n = u16(ifd);
        if (!n || *n > 1000)
            return std::nullopt;
        for (quint32 i = 0; i < *n; ++i) {
            const qsizetype at = qsizetype(ifd) + 2 + qsizetype(i) * 12;
            auto t = u16(at);
            if (!t)
                return std::nullopt;
            if (*t != tag)
                continue;
            auto type = u16(at + 2);
            auto count = u32(at + 4);
            if (!type || !count)
                return std::nullopt;
            Entry e{*type, *count, at + 8};
            const quint64 size = quint64(*count) * (*type == 3 ? 2 : *type == 4 ? 4 : 1);
            if (size > 4) {
                auto offset = u32(at + 8);
                if (!offset)
                    return std::nullopt;
                e.valueAt = qsizetype(*offset);
            }
            if (size > quint64(m_data.size()) || e.valueAt < 0 || quint64(e.valueAt) + size > quint64(m_data.size()))
                return std::nullopt;
            return e;
        }
        return std::nullopt;
    }
    QByteArray ascii(const Entry &e) const
    {
        if (e.type != 2)
            return {};
        QByteArray text = m_data.sliced(e.valueAt, e.count).toByteArray();
        if (const qsizetype nul = text.indexOf('\0'); nul >= 0)
            text.truncate(nul);
        return text.trimmed();
    }

private:
    QByteArrayView m_data;
    bool m_little = true;
    bool m_ok = false;
};

std::optional<QDateTime> exifTime(const QByteArray &value, const QByteArray &offset)
{
    // "2021:03:18 10:15:23"; cameras with no clock write "0000:00:00 00:00:00" or blanks.
    const QDateTime local = QDateTime::fromString(QString::fromLatin1(value.left(19)), u"yyyy:MM:dd HH:mm:ss"_s);
    if (!local.isValid() || local.date().year() < 1990)
        return std::nullopt;
    static const QRegularExpression offsetForm(u"^([+-])(\\d\\d):(\\d\\d)$"_s);
    const QRegularExpressionMatch m = offsetForm.match(QString::fromLatin1(offset));
    if (m.hasMatch()) {
        const int seconds = (m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60) * (m.captured(1) == u"-" ? -1 : 1);
        return QDateTime(local.date(), local.time(), Qt::OffsetFromUTC, seconds);
    }
    // No offset written: the camera's clock was in this computer's zone, as far as anyone knows.
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

} // namespace

std::optional<QDateTime> CaptureTime::fromExif(QByteArrayView jpeg)
{
    if (jpeg.size() < 4 || quint8(jpeg[0]) != 0xFF || quint8(jpeg[1]) != 0xD8)
        return std::nullopt;
    qsizetype pos = 2;
    while (pos + 4 <= jpeg.size()) {
        if (quint8(jpeg[pos]) != 0xFF)
            return std::nullopt;
        const quint8 marker = quint8(jpeg[pos + 1]);
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        if (marker == 0xD9 || marker == 0xDA) // end of image, start of scan: no more metadata
            return std::nullopt;
        const qsizetype length = (qsizetype(quint8(jpeg[pos + 2])) << 8) | quint8(jpeg[pos + 3]);
        if (length < 2 || pos + 2 + length > jpeg.size())
            return std::nullopt;
        const QByteArrayView segment = jpeg.sliced(pos + 4, length - 2);
        if (marker == 0xE1 && segment.startsWith(QByteArrayView("Exif\0\0", 6))) {
            const Tiff tiff(segment.sliced(6));
            if (!tiff.ok())
                return std::nullopt;
            auto ifd0 = tiff.u32(4);
            if (!ifd0)
                return std::nullopt;
            QByteArray original;
            QByteArray offset;
            if (auto exifPointer = tiff.find(*ifd0, 0x8769)) {
                if (auto exifIfd = tiff.u32(exifPointer->valueAt)) {
                    if (auto e = tiff.find(*exifIfd, 0x9003))
                        original = tiff.ascii(*e);
                    if (auto e = tiff.find(*exifIfd, 0x9011))
                        offset = tiff.ascii(*e);
                }
            }
            if (auto t = exifTime(original, offset))
                return t;
            // Some phones write only IFD0's DateTime (when the file was last changed).
            if (auto e = tiff.find(*ifd0, 0x0132))
                return exifTime(tiff.ascii(*e), {});
            return std::nullopt;
        }
        pos += 2 + length;
    }
    return std::nullopt;
}

std::optional<QDateTime> CaptureTime::fromFileName(const QString &name)
{
    const QString base = QFileInfo(name).fileName();
    // Milliseconds since the epoch: WeChat's mmexport1616033723000.jpg and others.
    static const QRegularExpression epoch(u"(?:^|[^\\d])(1[3-9]\\d{11})(?:[^\\d]|$)"_s);
    // A date and a time of day with any separators (or none) between their fields.
    static const QRegularExpression stamp(
        u"(?:^|[^\\d])((?:19|20)\\d\\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\\d|3[01])"
        "(?:[ _\\-T]|\\s+at\\s+|_?)?([01]\\d|2[0-3])[-_.:]?([0-5]\\d)[-_.:]?([0-5]\\d)(?:\\d{3})?(?:[^\\d]|$|[-_.]\\d)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch m = stamp.match(base);
    if (m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        if (date.isValid() && time.isValid()) {
            const QDateTime local(date, time);
            return local.toOffsetFromUtc(local.offsetFromUtc());
        }
    }
    m = epoch.match(base);
    if (m.hasMatch()) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(m.captured(1).toLongLong());
        return at.toOffsetFromUtc(at.offsetFromUtc());
    }
    return std::nullopt;
}

CaptureTime CaptureTime::of(const QString &path)
{
    CaptureTime result;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray head = file.read(256 * 1024);
        if (auto t = fromExif(head)) {
            result.when = *t;
            result.source = Source::Exif;
            return result;
        }
    }
    if (auto t = fromFileName(path)) {
        result.when = *t;
        result.source = Source::FileName;
        return result;
    }
    const QDateTime modified = QFileInfo(path).lastModified();
    result.when = modified.toOffsetFromUtc(modified.offsetFromUtc());
    result.source = Source::FileTime;
    return result;
}

QString CaptureTime::describe(Source source)
{
    switch (source) {
    case Source::Exif: return tr("time from the picture's EXIF data");
    case Source::FileName: return tr("time from the file's name");
    case Source::FileTime: return tr("time from the file's modification date; check it");
    case Source::Added: return tr("the time it was added: the picture does not say when it was taken");
    }
    return {};
}

} // namespace plaint
