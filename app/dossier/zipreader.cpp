#include "zipreader.h"

#include <QCoreApplication>
#include <QtEndian>

#include <zlib.h>

namespace plaint {

namespace {
quint16 le16(const char *p) { return qFromLittleEndian<quint16>(p); }
quint32 le32(const char *p) { return qFromLittleEndian<quint32>(p); }
quint64 le64(const char *p) { return qFromLittleEndian<quint64>(p); }
QString damaged(const QString &path)
{
    return QCoreApplication::translate("Dossier", "%1 is not a ZIP archive, or it is damaged.").arg(path);
}
} // namespace

ZipReader::ZipReader(const QString &path) : m_file(path)
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = QCoreApplication::translate("Dossier", "Cannot read %1: %2").arg(path, m_file.errorString());
        return;
    }
    const qint64 size = m_file.size();
    const qint64 tail = qMin<qint64>(size, 65557);
    m_file.seek(size - tail);
    const QByteArray end = m_file.read(tail);
    const qsizetype eocd = end.lastIndexOf(QByteArrayView("PK\x05\x06", 4));
    if (eocd < 0 || eocd + 22 > end.size()) {
        m_error = damaged(path);
        return;
    }
    const char *e = end.constData() + eocd;
    quint64 count = le16(e + 10);
    quint64 dirSize = le32(e + 12);
    quint64 dirStart = le32(e + 16);
    if (count == 0xFFFF || dirStart == 0xFFFFFFFFu) {
        const qsizetype locator = eocd - 20;
        if (locator < 0 || end.mid(locator, 4) != QByteArrayView("PK\x06\x07", 4)) {
            m_error = damaged(path);
            return;
        }
        m_file.seek(qint64(le64(end.constData() + locator + 8)));
        const QByteArray record = m_file.read(56);
        if (record.size() < 56 || !record.startsWith(QByteArrayView("PK\x06\x06", 4))) {
            m_error = damaged(path);
            return;
        }
        count = le64(record.constData() + 32);
        dirSize = le64(record.constData() + 40);
        dirStart = le64(record.constData() + 48);
    }
    if (dirStart + dirSize > quint64(size) || dirSize > (256u << 20)) {
        m_error = damaged(path);
        return;
    }
    m_file.seek(qint64(dirStart));
    const QByteArray dir = m_file.read(qint64(dirSize));
    qsizetype at = 0;
    for (quint64 i = 0; i < count; ++i) {
        if (at + 46 > dir.size() || le32(dir.constData() + at) != 0x02014b50) {
            m_error = damaged(path);
            return;
        }
        const char *d = dir.constData() + at;
        Entry entry;
        entry.method = le16(d + 10);
        entry.crc = le32(d + 16);
        entry.compressedSize = le32(d + 20);
        entry.size = le32(d + 24);
        const int nameLength = le16(d + 28);
        const int extraLength = le16(d + 30);
        const int commentLength = le16(d + 32);
        entry.localHeader = le32(d + 42);
        if (at + 46 + nameLength + extraLength + commentLength > dir.size()) {
            m_error = damaged(path);
            return;
        }
        entry.name = QString::fromUtf8(d + 46, nameLength);
        // ZIP64: the real values are in the 0x0001 extra field, in order.
        qsizetype x = 46 + nameLength;
        const qsizetype xEnd = x + extraLength;
        while (x + 4 <= xEnd) {
            const quint16 id = le16(d + x);
            const quint16 len = le16(d + x + 2);
            if (id == 0x0001) {
                qsizetype v = x + 4;
                if (entry.size == 0xFFFFFFFFu && v + 8 <= x + 4 + len) {
                    entry.size = le64(d + v);
                    v += 8;
                }
                if (entry.compressedSize == 0xFFFFFFFFu && v + 8 <= x + 4 + len) {
                    entry.compressedSize = le64(d + v);
                    v += 8;
                }
                if (entry.localHeader == 0xFFFFFFFFu && v + 8 <= x + 4 + len)
                    entry.localHeader = le64(d + v);
            }
            x += 4 + len;
        }
        m_entries << entry;
        at += 46 + nameLength + extraLength + commentLength;
    }
    m_ok = true;
}

const ZipReader::Entry *ZipReader::find(const QString &name) const
{
    for (const Entry &e : m_entries)
        if (e.name == name)
            return &e;
    return nullptr;
}

bool ZipReader::read(const Entry &entry, const std::function<void(const QByteArray &)> &sink)
{
    if (!m_file.seek(qint64(entry.localHeader)))
        return false;
    const QByteArray local = m_file.read(30);
    if (local.size() < 30 || le32(local.constData()) != 0x04034b50)
        return false;
    m_file.seek(qint64(entry.localHeader) + 30 + le16(local.constData() + 26) + le16(local.constData() + 28));
    if (entry.method != 0 && entry.method != 8)
        return false;
    uLong crc = crc32(0, nullptr, 0);
    quint64 left = entry.compressedSize;
    quint64 produced = 0;
    z_stream z{};
    if (entry.method == 8 && inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return false;
    QByteArray out(1 << 20, Qt::Uninitialized);
    bool ok = true;
    while (left > 0 && ok) {
        QByteArray chunk = m_file.read(qint64(qMin<quint64>(left, 1 << 20)));
        if (chunk.isEmpty()) {
            ok = false;
            break;
        }
        left -= quint64(chunk.size());
        if (entry.method == 0) {
            crc = crc32(crc, reinterpret_cast<const Bytef *>(chunk.constData()), uInt(chunk.size()));
            produced += quint64(chunk.size());
            sink(chunk);
            continue;
        }
        z.next_in = reinterpret_cast<Bytef *>(chunk.data());
        z.avail_in = uInt(chunk.size());
        do {
            z.next_out = reinterpret_cast<Bytef *>(out.data());
            z.avail_out = uInt(out.size());
            const int r = inflate(&z, Z_NO_FLUSH);
            if (r != Z_OK && r != Z_STREAM_END && r != Z_BUF_ERROR) {
                ok = false;
                break;
            }
            const qsizetype n = out.size() - qsizetype(z.avail_out);
            if (n > 0) {
                const QByteArray piece = out.left(n);
                crc = crc32(crc, reinterpret_cast<const Bytef *>(piece.constData()), uInt(n));
                produced += quint64(n);
                sink(piece);
            }
            if (r == Z_STREAM_END)
                break;
        } while (z.avail_out == 0);
    }
    if (entry.method == 8)
        inflateEnd(&z);
    return ok && produced == entry.size && quint32(crc) == entry.crc;
}

QByteArray ZipReader::readAll(const Entry &entry, qint64 limit)
{
    if (qint64(entry.size) > limit)
        return {};
    QByteArray all;
    if (!read(entry, [&all](const QByteArray &piece) { all += piece; }))
        return {};
    return all;
}

} // namespace plaint
