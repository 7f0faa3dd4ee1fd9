#include "journal.h"

#include "sha256.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace plaint {

QString Journal::computeHash(const QString &prevHash, qint64 seq, qint64 atMs,
                             const QString &action, const QString &payload)
{
    // Every change is hashed (an import makes tens of thousands), so through
    // the fast SHA-256; the digest is the same.
    Sha256 hash;
    const QString material = prevHash + u'\n' + QString::number(seq) + u'\n' + QString::number(atMs)
        + u'\n' + action + u'\n' + payload;
    hash.addData(material.toUtf8());
    return hash.hexResult();
}

Status Journal::append(const QSqlDatabase &db, const QString &action, const QString &entity,
                       qint64 id, const QJsonObject &record, const QJsonObject &context)
{
    qint64 seq = 1;
    QString prev = genesisHash();
    auto last = sql::readRow(db, u"SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1"_s, {},
                             [&](const QSqlQuery &row) {
                                 seq = row.value(0).toLongLong() + 1;
                                 prev = row.value(1).toString();
                             });
    if (!last)
        return Status::failure(last.error());
    QJsonObject body = context;
    body.insert(u"entity"_s, entity);
    body.insert(u"id"_s, id);
    body.insert(u"record"_s, record);
    const QString payload = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
    const qint64 atMs = QDateTime::currentMSecsSinceEpoch();
    return sql::exec(db,
                     u"INSERT INTO journal (seq, at_ms, action, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)"_s,
                     {seq, atMs, action, payload, prev, computeHash(prev, seq, atMs, action, payload)});
}

Journal::ChainCheck Journal::verifyChain(const QSqlDatabase &db)
{
    ChainCheck check;
    check.head = genesisHash();
    auto rows = sql::run(db, u"SELECT seq, at_ms, action, payload, prev_hash, hash FROM journal ORDER BY seq"_s);
    if (!rows) {
        check.ok = false;
        check.problem = rows.error();
        return check;
    }
    qint64 expectedSeq = 1;
    QString prev = genesisHash();
    while (rows->next()) {
        const qint64 seq = rows->value(0).toLongLong();
        const qint64 atMs = rows->value(1).toLongLong();
        const QString action = rows->value(2).toString();
        const QString payload = rows->value(3).toString();
        const QString prevHash = rows->value(4).toString();
        const QString hash = rows->value(5).toString();
        auto fail = [&](const QString &why) {
            check.ok = false;
            check.firstBadSeq = seq;
            check.problem = why;
            return check;
        };
        if (seq != expectedSeq)
            return fail(QCoreApplication::translate("Journal", "Journal entry %1 is missing: the next entry is %2.")
                            .arg(expectedSeq).arg(seq));
        if (prevHash != prev)
            return fail(QCoreApplication::translate("Journal", "Journal entry %1 does not follow entry %2: the chain is broken.")
                            .arg(seq).arg(seq - 1));
        const QString recomputed = computeHash(prevHash, seq, atMs, action, payload);
        if (recomputed != hash)
            return fail(QCoreApplication::translate("Journal", "Journal entry %1 (%2) does not match its hash: it was changed after it was written.")
                            .arg(seq).arg(action));
        prev = hash;
        ++expectedSeq;
        ++check.entries;
    }
    check.head = prev;
    return check;
}

Result<QString> Journal::head(const QSqlDatabase &db)
{
    auto value = sql::scalar(db, u"SELECT hash FROM journal ORDER BY seq DESC LIMIT 1"_s);
    if (!value)
        return Result<QString>::failure(value.error());
    return value->isValid() ? value->toString() : genesisHash();
}

} // namespace plaint
