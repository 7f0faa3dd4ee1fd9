#include "zipwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QtEndian>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace plaint {

namespace {

void put16(QByteArray &b, quint16 v)
{
    char d[2];
    qToLittleEndian(v, d);
    b.append(d, 2);
}
void put32(QByteArray &b, quint32 v)
{
    char d[4];
    qToLittleEndian(v, d);
    b.append(d, 4);
}
void put64(QByteArray &b, quint64 v)
{
    char d[8];
    qToLittleEndian(v, d);
    b.append(d, 8);
}

constexpr quint32 kMax32 = 0xFFFFFFFFu;
constexpr quint16 kUtf8Flag = 1 << 11;
// A fixed time for every entry (1 January 2000): the archive's bytes depend
// only on its contents, and the times that matter are in the manifest.
constexpr quint16 kDosTime = 0;
constexpr quint16 kDosDate = (20 << 9) | (1 << 5) | 1;

} // namespace

// The fields the local header and the central directory share, from
// "version needed" to the name's length.
void ZipWriter::putCommon(QByteArray &b, const Entry &e, bool zip64)
{
    put16(b, zip64 ? 45 : 20);
    put16(b, kUtf8Flag);
    put16(b, 0); // stored
    put16(b, kDosTime);
    put16(b, kDosDate);
    put32(b, e.crc);
    put32(b, zip64 ? kMax32 : quint32(e.size));
    put32(b, zip64 ? kMax32 : quint32(e.size));
    put16(b, quint16(e.name.size()));
}

ZipWriter::ZipWriter(const QString &path) : m_file(path)
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        m_error = QCoreApplication::translate("Dossier", "Cannot write %1: %2").arg(path, m_file.errorString());
}

ZipWriter::~ZipWriter() = default;

QString ZipWriter::safeName(const QString &name)
{
    QString safe;
    for (QChar c : name) {
        if (c == u'/' || c == u'\\' || c == u':' || c.category() == QChar::Other_Control)
            safe += u'_';
        else
            safe += c;
    }
    while (safe.startsWith(u'.'))
        safe.remove(0, 1);
    if (safe.isEmpty())
        safe = u"file"_s;
    return safe.left(120);
}

bool ZipWriter::write(const QByteArray &bytes)
{
    if (m_file.write(bytes) != bytes.size()) {
        m_error = QCoreApplication::translate("Dossier", "Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

bool ZipWriter::writeEntry(const QString &name, QIODevice &source)
{
    Entry e;
    e.name = name.toUtf8();
    e.offset = quint64(m_file.pos());
    e.size = quint64(source.size());
    // The CRC comes first in the local header, so read the content twice
    // rather than seek back: evidence can be larger than memory.
    uLong crc = crc32(0, nullptr, 0);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    source.seek(0);
    for (;;) {
        const qint64 n = source.read(buffer.data(), buffer.size());
        if (n < 0) {
            m_error = QCoreApplication::translate("Dossier", "Cannot read %1 for the bundle.").arg(name);
            return false;
        }
        if (n == 0)
            break;
        crc = crc32(crc, reinterpret_cast<const Bytef *>(buffer.constData()), uInt(n));
    }
    e.crc = quint32(crc);
    const bool zip64 = e.size >= kMax32 || e.offset >= kMax32;

    QByteArray header;
    put32(header, 0x04034b50);
    putCommon(header, e, zip64);
    put16(header, zip64 ? 20 : 0);
    header += e.name;
    if (zip64) {
        put16(header, 0x0001);
        put16(header, 16);
        put64(header, e.size);
        put64(header, e.size);
    }
    if (!write(header))
        return false;
    source.seek(0);
    quint64 written = 0;
    for (;;) {
        const qint64 n = source.read(buffer.data(), buffer.size());
        if (n <= 0)
            break;
        if (!write(QByteArray::fromRawData(buffer.constData(), n)))
            return false;
        written += quint64(n);
    }
    if (written != e.size) {
        m_error = QCoreApplication::translate("Dossier", "%1 changed while the bundle was written.").arg(name);
        return false;
    }
    m_entries << e;
    return true;
}

bool ZipWriter::addFile(const QString &name, const QString &sourcePath)
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly)) {
        m_error = QCoreApplication::translate("Dossier", "Cannot read %1: %2").arg(sourcePath, source.errorString());
        return false;
    }
    return writeEntry(name, source);
}

bool ZipWriter::addData(const QString &name, const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return writeEntry(name, buffer);
}

bool ZipWriter::finish()
{
    if (m_finished)
        return m_error.isEmpty();
    m_finished = true;
    const quint64 directoryStart = quint64(m_file.pos());
    QByteArray directory;
    for (const Entry &e : std::as_const(m_entries)) {
        const bool zip64 = e.size >= kMax32 || e.offset >= kMax32;
        put32(directory, 0x02014b50);
        put16(directory, (3 << 8) | 45); // made on Unix, ZIP 4.5
        putCommon(directory, e, zip64);
        put16(directory, zip64 ? 28 : 0);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, 0100644u << 16); // -rw-r--r--
        put32(directory, zip64 ? kMax32 : quint32(e.offset));
        directory += e.name;
        if (zip64) {
            put16(directory, 0x0001);
            put16(directory, 24);
            put64(directory, e.size);
            put64(directory, e.size);
            put64(directory, e.offset);
        }
    }
    const quint64 directorySize = quint64(directory.size());
    const quint64 count = quint64(m_entries.size());
    const bool zip64 = directoryStart >= kMax32 || count >= 0xFFFF;
    if (zip64) {
        const quint64 recordAt = directoryStart + directorySize;
        put32(directory, 0x06064b50);
        put64(directory, 44);
        put16(directory, 45);
        put16(directory, 45);
        put32(directory, 0);
        put32(directory, 0);
        put64(directory, count);
        put64(directory, count);
        put64(directory, directorySize);
        put64(directory, directoryStart);
        put32(directory, 0x07064b50);
        put32(directory, 0);
        put64(directory, recordAt);
        put32(directory, 1);
    }
    put32(directory, 0x06054b50);
    put16(directory, 0);
    put16(directory, 0);
    put16(directory, zip64 ? 0xFFFF : quint16(count));
    put16(directory, zip64 ? 0xFFFF : quint16(count));
    put32(directory, zip64 ? kMax32 : quint32(directorySize));
    put32(directory, zip64 ? kMax32 : quint32(directoryStart));
    put16(directory, 0);
    if (!write(directory))
        return false;
    if (!m_file.flush()) {
        m_error = m_file.errorString();
        return false;
    }
    m_file.close();
    return true;
}

} // namespace plaint
