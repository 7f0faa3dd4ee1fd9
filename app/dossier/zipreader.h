#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <functional>

namespace plaint {

// Reads the ZIP archives Plaint writes (and ones a person re-zipped with
// deflate), entry by entry, without loading an entry whole.
class ZipReader final
{
public:
    struct Entry
    {
        QString name;
        quint64 size = 0;
        quint64 compressedSize = 0;
        quint64 localHeader = 0;
        quint16 method = 0;
        quint32 crc = 0;
    };

    explicit ZipReader(const QString &path);
    bool isOpen() const { return m_ok; }
    QString error() const { return m_error; }
    const QList<Entry> &entries() const { return m_entries; }
    const Entry *find(const QString &name) const;
    // Feeds the entry's uncompressed bytes to `sink`; false on damage (CRC).
    bool read(const Entry &entry, const std::function<void(const QByteArray &)> &sink);
    QByteArray readAll(const Entry &entry, qint64 limit = 64 << 20);

private:
    QFile m_file;
    bool m_ok = false;
    QString m_error;
    QList<Entry> m_entries;
};

} // namespace plaint
