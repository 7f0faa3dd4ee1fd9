#include "journal.h"
#include "library.h"
#include "recordjson.h"
#include "testsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint;
using namespace plaint::test;

// The journal is what lets a user show, months later, that nothing in the
// record was changed: every change is chained by SHA-256, and verify() must
// notice any edit made behind Plaint's back.
class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void cleanLibraryVerifies();
    void entriesFollowTheDocumentedFormula();
    void computeHashCoversEveryField_data();
    void computeHashCoversEveryField();
    void lastEntryRecordsEachRecordAsItStands();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void rebuiltChainChangesTheHead();

private:
    QString path() const { return m_dir->filePath(u"library.plaint"_s); }
    // A small but varied history: every kind of action appears.
    void populate();

    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_caseId = 0;
    qint64 m_eventId = 0;
    qint64 m_trashedEventId = 0;
    qint64 m_promiseId = 0;
    QString m_sha;
    QStringList m_expectedActions;
};

void TestJournal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    populate();
}

void TestJournal::populate()
{
    auto library = openLibrary(path());
    QVERIFY(library);
    m_caseId = *library->addCase(sampleCase());
    Event e = sampleEvent(m_caseId, u"Called 10086; 客服 promised a refund"_s);
    e.agentCode = u"23338"_s;
    e.quotes = {u"三个工作日内退款"_s};
    m_eventId = *library->addEvent(e);
    Promise p;
    p.eventId = m_eventId;
    p.text = u"refund within three working days"_s;
    p.due = QDateTime(QDate(2024, 3, 6), QTime(18, 0), Qt::OffsetFromUTC, 8 * 3600);
    m_promiseId = *library->addPromise(p);
    QBuffer data;
    data.setData(QByteArray(2048, 'z') + "end");
    QVERIFY(data.open(QIODevice::ReadOnly));
    auto attached = library->attachData(m_eventId, data, u"bill.txt"_s);
    QVERIFY(attached.ok());
    m_sha = attached->sha256;
    e = *library->eventById(m_eventId, false);
    e.outcome = u"waiting"_s;
    QVERIFY(library->updateEvent(e).ok());
    m_trashedEventId = *library->addEvent(sampleEvent(m_caseId, u"duplicate entry"_s, 5));
    QVERIFY(library->trashEvent(m_trashedEventId).ok());
    QVERIFY(library->settlePromise(m_promiseId, PromiseStatus::Broken).ok());
    m_expectedActions = {u"case.add"_s,      u"agent.add"_s,      u"event.add"_s,   u"promise.add"_s,
                         u"evidence.add"_s,  u"attachment.add"_s, u"event.edit"_s,  u"event.add"_s,
                         u"event.trash"_s,   u"promise.settle"_s};
}

void TestJournal::cleanLibraryVerifies()
{
    auto library = openLibrary(path());
    QVERIFY(library);
    const Library::Check check = library->verify();
    QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));
    QVERIFY(check.problems.isEmpty());
    QCOMPARE(check.firstBadEntry, 0);
    QCOMPARE(check.journalEntries, m_expectedActions.size());
    QCOMPARE(check.evidenceChecked, 1);
    QCOMPARE(check.evidenceBytes, 2051);
    QCOMPARE(check.journalHead, *library->journalHead());
    RawConnection raw(path());
    QCOMPARE(check.journalHead, raw.scalar(u"SELECT hash FROM journal ORDER BY seq DESC LIMIT 1"_s).toString());

    // An empty library verifies too, with the genesis hash as its head.
    auto empty = openLibrary(m_dir->filePath(u"empty.plaint"_s));
    QVERIFY(empty);
    const Library::Check none = empty->verify();
    QVERIFY(none.ok);
    QCOMPARE(none.journalEntries, 0);
    QCOMPARE(none.journalHead, Journal::genesisHash());
    QCOMPARE(*empty->journalHead(), QString(64, u'0'));
}

void TestJournal::entriesFollowTheDocumentedFormula()
{
    RawConnection raw(path());
    QSqlQuery q(raw.db());
    QVERIFY(q.exec(u"SELECT seq, at_ms, action, payload, prev_hash, hash FROM journal ORDER BY seq"_s));
    QString prev = QString(64, u'0');
    qint64 expectedSeq = 1;
    QStringList actions;
    qint64 lastAt = 0;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        const qint64 atMs = q.value(1).toLongLong();
        const QString action = q.value(2).toString();
        const QString payload = q.value(3).toString();
        QCOMPARE(seq, expectedSeq++);
        QCOMPARE(q.value(4).toString(), prev);
        // hash = SHA-256(prev_hash "\n" seq "\n" at_ms "\n" action "\n" payload), as UTF-8, lower-case hex.
        const QByteArray material = (prev + u'\n' + QString::number(seq) + u'\n' + QString::number(atMs) + u'\n'
                                     + action + u'\n' + payload)
                                        .toUtf8();
        const QString expected = QString::fromLatin1(QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex());
        QCOMPARE(q.value(5).toString(), expected);
        QCOMPARE(Journal::computeHash(prev, seq, atMs, action, payload), expected);
        QCOMPARE(expected.size(), Journal::kHashHexLength);
        QVERIFY(atMs >= lastAt); // time never runs backwards within a library
        lastAt = atMs;

        const QJsonObject body = QJsonDocument::fromJson(payload.toUtf8()).object();
        QVERIFY2(body.contains(u"entity"_s) && body.contains(u"id"_s) && body.contains(u"record"_s),
                 qPrintable(payload));
        // Compact JSON: nothing outside the hash can reformat it.
        QCOMPARE(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)), payload);
        actions << action;
        prev = q.value(5).toString();
    }
    QCOMPARE(actions, m_expectedActions);
}

void TestJournal::computeHashCoversEveryField_data()
{
    QTest::addColumn<QString>("prev");
    QTest::addColumn<qint64>("seq");
    QTest::addColumn<qint64>("atMs");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("payload");
    const QString genesis(64, u'0');
    QTest::newRow("other previous hash") << QString(64, u'1') << qint64(1) << qint64(1700000000000) << u"case.add"_s
                                         << u"{}"_s;
    QTest::newRow("other sequence number") << genesis << qint64(2) << qint64(1700000000000) << u"case.add"_s
                                           << u"{}"_s;
    QTest::newRow("other time") << genesis << qint64(1) << qint64(1700000000001) << u"case.add"_s << u"{}"_s;
    QTest::newRow("other action") << genesis << qint64(1) << qint64(1700000000000) << u"case.edit"_s << u"{}"_s;
    QTest::newRow("other payload") << genesis << qint64(1) << qint64(1700000000000) << u"case.add"_s
                                   << u"{\"id\":1}"_s;
    // Field boundaries are marked: moving text from one field to the next changes the hash.
    QTest::newRow("shifted boundary") << genesis << qint64(1) << qint64(1700000000000) << u"case.add\n{"_s
                                      << u"}"_s;
}

void TestJournal::computeHashCoversEveryField()
{
    QFETCH(QString, prev);
    QFETCH(qint64, seq);
    QFETCH(qint64, atMs);
    QFETCH(QString, action);
    QFETCH(QString, payload);
    const QString genesis(64, u'0');
    const QString reference = Journal::computeHash(genesis, 1, 1700000000000, u"case.add"_s, u"{}"_s);
    // A known answer, computed independently of Plaint (printf ... | sha256sum).
    QCOMPARE(reference,
             QString::fromLatin1(QCryptographicHash::hash(
                                     QByteArray("0000000000000000000000000000000000000000000000000000000000000000\n"
                                                "1\n1700000000000\ncase.add\n{}"),
                                     QCryptographicHash::Sha256)
                                     .toHex()));
    const QString changed = Journal::computeHash(prev, seq, atMs, action, payload);
    QVERIFY(changed != reference);
    QCOMPARE(Journal::computeHash(prev, seq, atMs, action, payload), changed); // deterministic
}

void TestJournal::lastEntryRecordsEachRecordAsItStands()
{
    auto library = openLibrary(path());
    QVERIFY(library);
    RawConnection raw(path());
    auto lastRecord = [&](const QString &entity, qint64 id) {
        QSqlQuery q(raw.db());
        q.prepare(u"SELECT payload FROM journal WHERE json_extract(payload, '$.entity') = ? "
                  "AND json_extract(payload, '$.id') = ? ORDER BY seq DESC LIMIT 1"_s);
        q.addBindValue(entity);
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return QJsonObject();
        return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(u"record"_s).toObject();
    };
    QCOMPARE(lastRecord(u"event"_s, m_eventId), json::toJson(*library->eventById(m_eventId, false)));
    QCOMPARE(lastRecord(u"event"_s, m_trashedEventId), json::toJson(*library->eventById(m_trashedEventId, false)));
    QVERIFY(lastRecord(u"event"_s, m_trashedEventId).value(u"trashed"_s).toBool());
    QCOMPARE(lastRecord(u"promise"_s, m_promiseId), json::toJson(*library->promiseById(m_promiseId)));
    QCOMPARE(lastRecord(u"promise"_s, m_promiseId).value(u"status"_s).toString(), u"broken"_s);
    QCOMPARE(lastRecord(u"case"_s, m_caseId), json::toJson(*library->caseById(m_caseId)));
    QCOMPARE(lastRecord(u"blob"_s, 1).value(u"sha256"_s).toString(), m_sha);
}

void TestJournal::tamperingIsDetected_data()
{
    QTest::addColumn<QString>("dropTrigger");
    QTest::addColumn<QString>("seqQuery");  // picks the journal entry a statement works on (%1)
    QTest::addColumn<QString>("statement"); // or FLIP_CHUNK_BYTE
    QTest::addColumn<int>("firstBad");      // -1: the chain holds; 0: that entry; 1: the entry after it
    QTest::addColumn<QString>("mentions");

    const QString noSeq;
    QTest::newRow("event summary edited") << QString() << noSeq
                                          << u"UPDATE events SET summary = 'Nobody promised anything' WHERE id = 1"_s
                                          << -1 << u"event with id 1"_s;
    QTest::newRow("event moved in time") << QString() << noSeq
                                         << u"UPDATE events SET occurred_ms = occurred_ms + 86400000 WHERE id = 1"_s
                                         << -1 << u"event with id 1"_s;
    QTest::newRow("trashed event quietly restored") << QString() << noSeq
                                                    << u"UPDATE events SET trashed_ms = NULL WHERE id = 2"_s << -1
                                                    << u"event with id 2"_s;
    QTest::newRow("case amount edited") << QString() << noSeq << u"UPDATE cases SET amount_minor = 1 WHERE id = 1"_s
                                        << -1 << u"case with id 1"_s;
    QTest::newRow("promise marked kept") << QString() << noSeq
                                         << u"UPDATE promises SET status = 'kept' WHERE id = 1"_s << -1
                                         << u"promise with id 1"_s;
    QTest::newRow("attachment renamed") << QString() << noSeq
                                        << u"UPDATE attachments SET file_name = 'other.txt' WHERE id = 1"_s << -1
                                        << u"attachment with id 1"_s;
    QTest::newRow("agent renamed") << QString() << noSeq << u"UPDATE agents SET name = 'Someone' WHERE id = 1"_s
                                   << -1 << u"agent with id 1"_s;
    QTest::newRow("event added outside Plaint")
        << QString() << noSeq
        << u"INSERT INTO events (case_id, occurred_ms, utc_offset_s, channel, direction, summary, created_ms, "
           "updated_ms) VALUES (1, 0, 0, 'note', 'note', 'forged', 0, 0)"_s
        << -1 << u"not in the journal"_s;

    // Earlier versions are history too: each must be what the journal recorded of that revision.
    QTest::newRow("earlier version rewritten")
        << u"revisions_immutable"_s << noSeq
        << u"UPDATE revisions SET data = replace(data, '\"outcome\":\"\"', '\"outcome\":\"refund paid\"') "
           "WHERE entity = 'event'"_s
        << -1 << u"earlier version 1 of the event with id 1 differs from what the journal recorded"_s;
    QTest::newRow("earlier promise status rewritten")
        << u"revisions_immutable"_s << noSeq
        << u"UPDATE revisions SET data = replace(data, 'pending', 'kept') WHERE entity = 'promise'"_s << -1
        << u"earlier version 1 of the promise with id 1 differs"_s;
    QTest::newRow("earlier version added")
        << QString() << noSeq
        << u"INSERT INTO revisions (entity, entity_id, revision, data, replaced_ms) "
           "SELECT 'case', 1, 0, json_object('id', 1, 'title', 'A forged first title', 'revision', 0), 0"_s
        << -1 << u"earlier version 0 of the case with id 1 is not in the journal"_s;
    QTest::newRow("earlier version removed")
        << u"revisions_kept"_s << noSeq << u"DELETE FROM revisions WHERE entity = 'event'"_s << -1
        << u"recorded in the journal no longer exist"_s;
    QTest::newRow("journal payload changed")
        << u"journal_append_only"_s << u"SELECT min(seq) FROM journal WHERE action = 'event.add'"_s
        << u"UPDATE journal SET payload = replace(payload, 'refund', 'nothing') WHERE seq = %1"_s << 0
        << u"does not match its hash"_s;
    QTest::newRow("journal action changed")
        << u"journal_append_only"_s << u"SELECT max(seq) FROM journal"_s
        << u"UPDATE journal SET action = 'promise.edit' WHERE seq = %1"_s << 0 << u"does not match its hash"_s;
    QTest::newRow("journal time changed")
        << u"journal_append_only"_s << u"SELECT 2"_s << u"UPDATE journal SET at_ms = at_ms - 1000 WHERE seq = %1"_s
        << 0 << u"does not match its hash"_s;
    QTest::newRow("entry rewritten with a fresh hash")
        << u"journal_append_only"_s << u"SELECT 3"_s << u"REHASH"_s << 1 << u"chain is broken"_s;
    QTest::newRow("journal entry deleted")
        << u"journal_kept"_s << u"SELECT 4"_s << u"DELETE FROM journal WHERE seq = %1"_s << 1 << u"missing"_s;
    QTest::newRow("first journal entry deleted")
        << u"journal_kept"_s << u"SELECT 1"_s << u"DELETE FROM journal WHERE seq = %1"_s << 1 << u"missing"_s;
    QTest::newRow("last journal entry deleted")
        << u"journal_kept"_s << u"SELECT max(seq) FROM journal"_s << u"DELETE FROM journal WHERE seq = %1"_s << -1
        << u"promise with id 1"_s;
    QTest::newRow("evidence byte changed")
        << u"blob_chunks_immutable"_s << noSeq << u"FLIP_CHUNK_BYTE"_s << -1 << u"Evidence"_s;
    QTest::newRow("evidence chunk removed")
        << u"blob_chunks_kept"_s << noSeq << u"DELETE FROM blob_chunks"_s << -1 << u"Evidence"_s;
}

void TestJournal::tamperingIsDetected()
{
    QFETCH(QString, dropTrigger);
    QFETCH(QString, seqQuery);
    QFETCH(QString, statement);
    QFETCH(int, firstBad);
    QFETCH(QString, mentions);

    {
        auto library = openLibrary(path());
        QVERIFY(library);
        QVERIFY(library->verify().ok);
    }
    qint64 seq = 0;
    {
        RawConnection raw(path());
        QVERIFY(raw.isOpen());
        if (!dropTrigger.isEmpty())
            QCOMPARE(raw.exec(u"DROP TRIGGER %1"_s.arg(dropTrigger)), QString());
        if (!seqQuery.isEmpty()) {
            seq = raw.scalar(seqQuery).toLongLong();
            QVERIFY(seq > 0);
        }
        if (statement == u"FLIP_CHUNK_BYTE") {
            QByteArray data = raw.scalar(u"SELECT data FROM blob_chunks WHERE blob_id = 1 AND seq = 0"_s).toByteArray();
            QVERIFY(data.size() > 100);
            data[100] = char(data[100] ^ 0x01);
            QCOMPARE(raw.exec(u"UPDATE blob_chunks SET data = ? WHERE blob_id = 1 AND seq = 0"_s, {data}), QString());
        } else if (statement == u"REHASH") {
            // A careful forger: changes entry `seq` and gives it a correct hash of its own.
            QSqlQuery q(raw.db());
            QVERIFY(q.exec(u"SELECT at_ms, action, payload, prev_hash FROM journal WHERE seq = %1"_s.arg(seq)));
            QVERIFY(q.next());
            const QString payload = q.value(2).toString().replace(u"23338"_s, u"99999"_s);
            const QString hash = Journal::computeHash(q.value(3).toString(), seq, q.value(0).toLongLong(),
                                                      q.value(1).toString(), payload);
            q.finish();
            QCOMPARE(raw.exec(u"UPDATE journal SET payload = ?, hash = ? WHERE seq = ?"_s, {payload, hash, seq}),
                     QString());
        } else {
            QCOMPARE(raw.exec(statement.contains(u"%1"_s) ? statement.arg(seq) : statement), QString());
        }
    }

    auto library = openLibrary(path());
    QVERIFY(library);
    const Library::Check check = library->verify();
    QVERIFY(!check.ok);
    QVERIFY(!check.problems.isEmpty());
    const QString problems = check.problems.join(u'\n');
    QVERIFY2(problems.contains(mentions), qPrintable(problems));
    if (firstBad < 0)
        QCOMPARE(check.firstBadEntry, 0);
    else
        QCOMPARE(check.firstBadEntry, seq + firstBad);
    if (statement == u"FLIP_CHUNK_BYTE") {
        // Records and journal still agree; only the re-hash sees it, and reading it out refuses.
        QVERIFY(library->verify(false).ok);
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        const Status read = library->readEvidence(m_sha, out);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(m_sha), qPrintable(read.error()));
    }
}

void TestJournal::rebuiltChainChangesTheHead()
{
    // Someone who rewrites an entry and re-hashes everything after it gets a
    // chain that verifies, but no longer ends in the head printed earlier.
    QString printedHead;
    {
        auto library = openLibrary(path());
        QVERIFY(library);
        printedHead = *library->journalHead();
    }
    {
        RawConnection raw(path());
        QCOMPARE(raw.exec(u"DROP TRIGGER journal_append_only"_s), QString());
        QCOMPARE(raw.exec(u"UPDATE cases SET title = 'forged' WHERE id = 1"_s), QString());
        QSqlQuery q(raw.db());
        QVERIFY(q.exec(u"SELECT seq, at_ms, action, payload FROM journal ORDER BY seq"_s));
        QString prev = Journal::genesisHash();
        QList<QVariantList> rows;
        while (q.next()) {
            QString payload = q.value(3).toString();
            if (q.value(2).toString() == u"case.add")
                payload.replace(u"\"title\":\"Broadband cancellation refused\""_s, u"\"title\":\"forged\""_s);
            const QString hash = Journal::computeHash(prev, q.value(0).toLongLong(), q.value(1).toLongLong(),
                                                      q.value(2).toString(), payload);
            rows.append({payload, prev, hash, q.value(0)});
            prev = hash;
        }
        q.finish();
        for (const QVariantList &row : std::as_const(rows))
            QCOMPARE(raw.exec(u"UPDATE journal SET payload = ?, prev_hash = ?, hash = ? WHERE seq = ?"_s, row), QString());
    }
    auto library = openLibrary(path());
    QVERIFY(library);
    const Library::Check check = library->verify();
    QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));
    QCOMPARE(library->caseById(m_caseId)->title, u"forged"_s);
    QVERIFY(check.journalHead != printedHead);
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
