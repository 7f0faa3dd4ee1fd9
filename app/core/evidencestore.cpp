#include "evidencestore.h"

#include "sha256.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QMimeDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

// Reads up to `max` bytes, retrying short reads, so chunk boundaries do not
// depend on how the device delivers its data.
qint64 readChunk(QIODevice &source, QByteArray &buffer, qint64 max)
{
    buffer.resize(max);
    qint64 filled = 0;
    while (filled < max) {
        const qint64 n = source.read(buffer.data() + filled, max - filled);
        if (n < 0)
            return -1;
        if (n == 0 && !source.waitForReadyRead(-1))
            break;
        filled += n;
    }
    buffer.resize(filled);
    return filled;
}

} // namespace

Result<EvidenceStore::Blob> EvidenceStore::find(const QString &sha256) const
{
    auto query = sql::run(m_db, u"SELECT id, sha256, size, mime FROM blobs WHERE sha256 = ?"_s,
                          {sha256.toLower()});
    if (!query)
        return Result<Blob>::failure(query.error());
    if (!query->next())
        return Result<Blob>::failure(QCoreApplication::translate("EvidenceStore", "No evidence with SHA-256 %1 is in this library.").arg(sha256));
    return Blob{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toLongLong(),
                query->value(3).toString(), false};
}

Result<EvidenceStore::Blob> EvidenceStore::existingWithSameContent(QIODevice &source, qint64 size,
                                                                   const Progress &progress)
{
    // Only content of exactly the same size can be a duplicate: hash first and
    // skip the copy when it is one, instead of writing it and rolling back.
    Sha256 hash;
    QByteArray buffer;
    qint64 done = 0;
    while (true) {
        const qint64 n = readChunk(source, buffer, kChunkSize);
        if (n < 0)
            return Result<Blob>::failure(QCoreApplication::translate("EvidenceStore", "The file could not be read to the end."));
        if (n == 0)
            break;
        hash.addData(buffer);
        done += n;
        if (progress && !progress(done / 2))
            return Result<Blob>::failure(QCoreApplication::translate("EvidenceStore", "Cancelled; nothing was added."));
    }
    if (done != size)
        return Result<Blob>::failure(QCoreApplication::translate("EvidenceStore", "The file changed size while it was being read."));
    const QString sha = hash.hexResult();
    auto existing = find(sha);
    if (existing)
        return existing;
    if (!source.seek(0))
        return Result<Blob>::failure(QCoreApplication::translate("EvidenceStore", "The file could not be read a second time."));
    return Blob{};
}

Result<EvidenceStore::Blob> EvidenceStore::store(QIODevice &source, qint64 size, const Progress &progress)
{
    // After a hashing pass has reported the first half, the copy reports the second.
    bool hashedFirst = false;
    if (size >= 0 && !source.isSequential()) {
        auto sameSize = sql::scalar(m_db, u"SELECT count(*) FROM blobs WHERE size = ?"_s, {size});
        if (!sameSize)
            return Result<Blob>::failure(sameSize.error());
        if (sameSize->toLongLong() > 0) {
            auto existing = existingWithSameContent(source, size, progress);
            if (!existing || existing->id != 0)
                return existing;
            hashedFirst = true;
        }
    }

    auto nextId = sql::scalar(m_db, u"SELECT coalesce(max(id), 0) + 1 FROM blobs"_s);
    if (!nextId)
        return Result<Blob>::failure(nextId.error());
    const qint64 blobId = nextId->toLongLong();

    if (Status s = sql::exec(m_db, u"SAVEPOINT evidence_store"_s); !s)
        return Result<Blob>::failure(s.error());
    auto abandon = [this](const QString &why) {
        (void)sql::exec(m_db, u"ROLLBACK TO evidence_store"_s);
        (void)sql::exec(m_db, u"RELEASE evidence_store"_s);
        return Result<Blob>::failure(why);
    };

    QSqlQuery insert(m_db);
    if (!insert.prepare(u"INSERT INTO blob_chunks (blob_id, seq, data) VALUES (?, ?, ?)"_s))
        return abandon(sql::describe(insert));

    Sha256 hash;
    QByteArray buffer;
    QString mime;
    qint64 total = 0;
    qint64 seq = 0;
    while (true) {
        const qint64 n = readChunk(source, buffer, kChunkSize);
        if (n < 0)
            return abandon(QCoreApplication::translate("EvidenceStore", "The file could not be read to the end; nothing was added."));
        if (n == 0 && seq > 0)
            break;
        if (seq == 0)
            mime = QMimeDatabase().mimeTypeForData(buffer).name();
        if (n == 0)
            break; // empty content: no chunk rows
        hash.addData(buffer);
        insert.bindValue(0, blobId);
        insert.bindValue(1, seq);
        insert.bindValue(2, buffer);
        if (!insert.exec())
            return abandon(QCoreApplication::translate("Library", "The library could not be written (%1); nothing was added.")
                               .arg(sql::describe(insert)));
        total += n;
        ++seq;
        if (progress && !progress(hashedFirst ? (size + total) / 2 : total))
            return abandon(QCoreApplication::translate("EvidenceStore", "Cancelled; nothing was added."));
    }
    insert.finish();

    const QString sha = hash.hexResult();
    auto existing = find(sha);
    if (existing) {
        (void)sql::exec(m_db, u"ROLLBACK TO evidence_store"_s);
        (void)sql::exec(m_db, u"RELEASE evidence_store"_s);
        return existing;
    }
    if (mime.isEmpty())
        mime = u"application/octet-stream"_s;
    if (Status s = sql::exec(m_db,
                             u"INSERT INTO blobs (id, sha256, size, mime, chunk_count, created_ms) VALUES (?, ?, ?, ?, ?, ?)"_s,
                             {blobId, sha, total, mime, seq, QDateTime::currentMSecsSinceEpoch()});
        !s)
        return abandon(s.error());
    if (Status s = sql::exec(m_db, u"RELEASE evidence_store"_s); !s)
        return Result<Blob>::failure(s.error());
    return Blob{blobId, sha, total, mime, true};
}

Status EvidenceStore::read(const QString &sha256, QIODevice &sink) const
{
    auto blob = find(sha256);
    if (!blob)
        return Status::failure(blob.error());
    auto chunks = sql::run(m_db, u"SELECT data FROM blob_chunks WHERE blob_id = ? ORDER BY seq"_s, {blob->id});
    if (!chunks)
        return Status::failure(chunks.error());
    Sha256 hash;
    qint64 total = 0;
    while (chunks->next()) {
        const QByteArray data = chunks->value(0).toByteArray();
        hash.addData(data);
        total += data.size();
        if (sink.write(data) != data.size())
            return Status::failure(QCoreApplication::translate("EvidenceStore", "The evidence could not be written out (%1).").arg(sink.errorString()));
    }
    if (total != blob->size || hash.hexResult() != blob->sha256)
        return Status::failure(QCoreApplication::translate("EvidenceStore", "The stored content of %1 no longer matches its SHA-256: the library was damaged.")
                                   .arg(blob->sha256));
    return {};
}

EvidenceStore::ContentCheck EvidenceStore::verifyAll() const
{
    ContentCheck check;
    auto blobs = sql::run(m_db, u"SELECT id, sha256, size, chunk_count FROM blobs ORDER BY id"_s);
    if (!blobs) {
        check.ok = false;
        check.problem = blobs.error();
        return check;
    }
    while (blobs->next()) {
        const qint64 id = blobs->value(0).toLongLong();
        const QString sha = blobs->value(1).toString();
        const qint64 size = blobs->value(2).toLongLong();
        const qint64 chunkCount = blobs->value(3).toLongLong();
        auto chunks = sql::run(m_db, u"SELECT seq, data FROM blob_chunks WHERE blob_id = ? ORDER BY seq"_s, {id});
        if (!chunks) {
            check.ok = false;
            check.problem = chunks.error();
            return check;
        }
        Sha256 hash;
        qint64 total = 0;
        qint64 expectedSeq = 0;
        bool gap = false;
        while (chunks->next()) {
            gap = gap || chunks->value(0).toLongLong() != expectedSeq++;
            const QByteArray data = chunks->value(1).toByteArray();
            hash.addData(data);
            total += data.size();
        }
        if (gap || expectedSeq != chunkCount || total != size
            || hash.hexResult() != sha) {
            check.ok = false;
            check.problem = QCoreApplication::translate("EvidenceStore", "Evidence %1 no longer matches its SHA-256: its content was changed or lost.").arg(sha);
            return check;
        }
        ++check.blobs;
        check.bytes += total;
    }
    return check;
}

} // namespace plaint
