#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace plaint {

// Writes a ZIP archive of stored (uncompressed) entries, streaming each file
// through in 1 MiB pieces, with ZIP64 records when an entry or the archive
// passes 4 GiB. Evidence is mostly photos, PDFs and recordings, already
// compressed: storing them keeps every byte as it was and costs nothing.
class ZipWriter final
{
public:
    explicit ZipWriter(const QString &path);
    ~ZipWriter();
    Q_DISABLE_COPY_MOVE(ZipWriter)

    bool isOpen() const { return m_file.isOpen(); }
    QString error() const { return m_error; }
    bool addFile(const QString &name, const QString &sourcePath);
    bool addData(const QString &name, const QByteArray &data);
    bool finish();

    // A file name that stays inside the archive's folder on every system.
    static QString safeName(const QString &name);

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint64 size = 0;
        quint64 offset = 0;
    };
    static void putCommon(QByteArray &b, const Entry &e, bool zip64);
    bool writeEntry(const QString &name, QIODevice &source);
    bool write(const QByteArray &bytes);

    QFile m_file;
    QString m_error;
    QList<Entry> m_entries;
    bool m_finished = false;
};

} // namespace plaint
