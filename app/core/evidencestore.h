#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

class QIODevice;

namespace plaint {

// Evidence content inside the library: streamed in and out in chunks (a 1 GB
// recording never sits whole in memory), addressed by SHA-256, stored once.
// Every call runs inside the caller's transaction.
class EvidenceStore final
{
public:
    static constexpr qint64 kChunkSize = 1024 * 1024;

    struct Blob
    {
        qint64 id = 0;
        QString sha256;
        qint64 size = 0;
        QString mimeType;
        bool isNew = false; // false: the same content was already in the library
    };

    // Called after each chunk with the bytes read so far; return false to cancel.
    using Progress = std::function<bool(qint64 done)>;

    explicit EvidenceStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Reads `source` to its end. `size` is its length when known (-1 if not).
    Result<Blob> store(QIODevice &source, qint64 size, const Progress &progress = {});
    Result<Blob> find(const QString &sha256) const;
    // Writes the content to `sink`, checking its hash on the way out.
    Status read(const QString &sha256, QIODevice &sink) const;

    struct ContentCheck
    {
        bool ok = true;
        qint64 blobs = 0;
        qint64 bytes = 0;
        QString problem;
    };
    // Re-hashes every piece of content and compares it with its address.
    ContentCheck verifyAll() const;

private:
    Result<Blob> existingWithSameContent(QIODevice &source, qint64 size, const Progress &progress);
    QSqlDatabase m_db;
};

} // namespace plaint
