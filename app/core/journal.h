#pragma once

#include "result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace plaint {

// The tamper-evident journal: every change appends an entry whose SHA-256
// covers the previous entry's hash and the change itself, including the
// record as it stands after the change.
class Journal final
{
public:
    static constexpr int kHashHexLength = 64;
    static QString genesisHash() { return QString(kHashHexLength, u'0'); }

    struct Entry
    {
        qint64 seq = 0;
        qint64 atMs = 0;
        QString action;   // "event.add", "promise.settle", ...
        QString payload;  // compact JSON: {"entity":..., "id":..., "record":{...}}
        QString prevHash;
        QString hash;
    };

    // Must run inside the action's transaction. `context` adds keys beside
    // entity, id and record (e.g. where an imported case came from).
    static Status append(const QSqlDatabase &db, const QString &action, const QString &entity,
                         qint64 id, const QJsonObject &record, const QJsonObject &context = {});

    static QString computeHash(const QString &prevHash, qint64 seq, qint64 atMs,
                               const QString &action, const QString &payload);

    struct ChainCheck
    {
        bool ok = true;
        qint64 entries = 0;
        QString head;          // hash of the last entry
        qint64 firstBadSeq = 0;
        QString problem;       // a sentence for people
    };
    static ChainCheck verifyChain(const QSqlDatabase &db);
    static Result<QString> head(const QSqlDatabase &db);
};

} // namespace plaint
