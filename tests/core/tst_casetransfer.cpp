#include "casetransfer.h"
#include "library.h"
#include "testsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint;
using namespace plaint::test;

// A case file carries one case from one library to another: the person who
// receives it must get exactly what was sent, checked, or nothing at all.
class TestCaseTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void exportHoldsOnlyTheCaseAndVerifies();
    void roundTripKeepsEverything();
    void sharedAgentsAndEvidenceAreStoredOnce();
    void tamperedFileIsRefused_data();
    void tamperedFileIsRefused();
    void importingTwiceIsRefusedOrCopied();
    void failedExportLeavesNoFile();
    void cancelledImportChangesNothing();
    void importedHistoryIsJournaled();
    void earlierSchemaIsUpgradedOnACopy_data();
    void earlierSchemaIsUpgradedOnACopy();
    void inspectTellsCaseFilesFromLibraries();

private:
    QString sourcePath() const { return m_dir->filePath(u"source.plaint"_s); }
    QString casePath() const { return m_dir->filePath(u"handover.plaint"_s); }
    QString destinationPath() const { return m_dir->filePath(u"destination.plaint"_s); }
    void populate();
    void exportCase();

    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_caseId = 0;
    qint64 m_otherCaseId = 0;
    QByteArray m_bigEvidence; // more than one chunk
    QByteArray m_smallEvidence; // also attached in the other case
};

void TestCaseTransfer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCaseTransfer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    populate();
}

void TestCaseTransfer::populate()
{
    auto library = openLibrary(sourcePath());
    QVERIFY(library);
    m_otherCaseId = *library->addCase(sampleCase(u"Other Shop"_s));
    m_caseId = *library->addCase(sampleCase());

    m_bigEvidence.resize(EvidenceStore::kChunkSize * 2 + 12345);
    for (qsizetype i = 0; i < m_bigEvidence.size(); ++i)
        m_bigEvidence[i] = char((i * 7919) % 251);
    m_bigEvidence.replace(1000, 24, "BIG-EVIDENCE-MARKER-0001");
    m_smallEvidence = "SMALL-EVIDENCE-MARKER: the 10086 bill, page 2";
    QVERIFY(writeFile(m_dir->filePath(u"recording.m4a"_s), m_bigEvidence));
    QVERIFY(writeFile(m_dir->filePath(u"bill.txt"_s), m_smallEvidence));

    Event first = sampleEvent(m_caseId, u"Called 10086; 客服 promised a refund"_s);
    first.agentCode = u"23338"_s;
    first.agentName = u"王女士"_s;
    first.quotes = {u"三个工作日内退款"_s};
    first.reference = u"REF-2024-0301"_s;
    Promise refund;
    refund.text = u"refund within three working days"_s;
    refund.due = QDateTime(QDate(2024, 3, 6), QTime(18, 0), Qt::OffsetFromUTC, 8 * 3600);
    QVERIFY(library->addEvent(first, {m_dir->filePath(u"recording.m4a"_s), m_dir->filePath(u"bill.txt"_s)}, {refund}));
    Event second = sampleEvent(m_caseId, u"No refund; called again"_s, 60 * 24 * 6);
    second.agentCode = u"23338"_s;
    const qint64 secondId = *library->addEvent(second);
    Event edited = *library->eventById(secondId);
    edited.summary = u"No refund arrived; called again and was told to wait"_s;
    QVERIFY(library->updateEvent(edited));
    const qint64 promiseId = library->promisesForCase(m_caseId)->first().id;
    QVERIFY(library->settlePromise(promiseId, PromiseStatus::Broken, secondId));
    const qint64 trashedId = *library->addEvent(sampleEvent(m_caseId, u"typed by mistake"_s, 5));
    QVERIFY(library->trashEvent(trashedId));

    // The other case shares the bill and the company's agent code space, not the case.
    Event other = sampleEvent(m_otherCaseId, u"Bought a router"_s);
    other.agentCode = u"777"_s;
    QVERIFY(library->addEvent(other, {m_dir->filePath(u"bill.txt"_s)}));
}

void TestCaseTransfer::exportCase()
{
    auto library = openLibrary(sourcePath(), Library::OpenMode::ReadOnly);
    QVERIFY(library);
    auto exported = CaseTransfer::exportCase(*library, m_caseId, casePath());
    QVERIFY2(exported, qPrintable(exported.error()));
    QCOMPARE(exported->events, 3);
    QCOMPARE(exported->promises, 1);
    QCOMPARE(exported->attachments, 2);
    QCOMPARE(exported->evidenceBytes, m_bigEvidence.size() + m_smallEvidence.size());
}

void TestCaseTransfer::exportHoldsOnlyTheCaseAndVerifies()
{
    exportCase();
    // One file: no write-ahead log or temporary file beside it.
    QCOMPARE(QDir(m_dir->path()).entryList({u"handover.plaint*"_s}), QStringList {u"handover.plaint"_s});
    {
        RawConnection raw(casePath());
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"delete"_s);
        QCOMPARE(raw.count(u"cases"_s), 1);
        QCOMPARE(raw.scalar(u"SELECT id FROM cases"_s).toLongLong(), m_caseId);
        QCOMPARE(raw.count(u"events"_s), 3);
        QCOMPARE(raw.count(u"agents"_s), 1); // 777 belongs to the other case
        QCOMPARE(raw.count(u"blobs"_s), 2);
        QCOMPARE(raw.count(u"revisions"_s), 2); // the edited event and the settled promise
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM journal WHERE payload LIKE '%Bought a router%'"_s).toLongLong(), 0);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM journal WHERE payload LIKE '%Other Shop%'"_s).toLongLong(), 0);
    }
    auto file = openLibrary(casePath(), Library::OpenMode::ReadOnly);
    QVERIFY(file);
    const Library::Check check = file->verify(true);
    QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));
    QCOMPARE(check.evidenceChecked, 2);
    // A case's search works in the file as in the library.
    QCOMPARE(file->search(m_caseId, u"退款"_s)->size(), 1);
}

void TestCaseTransfer::roundTripKeepsEverything()
{
    exportCase();
    auto destination = openLibrary(destinationPath());
    QVERIFY(destination);
    const qint64 existing = *destination->addCase(sampleCase(u"A third company"_s));
    auto imported = CaseTransfer::importCase(*destination, casePath());
    QVERIFY2(imported, qPrintable(imported.error()));
    QVERIFY(imported->caseId != existing);
    QCOMPARE(imported->events, 3);

    const Library::Check check = destination->verify(true);
    QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));
    {
        // The destination's journal names the case file's journal head.
        RawConnection raw(destinationPath());
        const QJsonObject entry = QJsonDocument::fromJson(
            raw.scalar(u"SELECT payload FROM journal WHERE action = 'case.import'"_s).toString().toUtf8())
                                      .object();
        const QJsonObject caseFile = entry.value(u"case_file"_s).toObject();
        QCOMPARE(caseFile.value(u"journal_head"_s).toString(), imported->journalHead);
        QCOMPARE(caseFile.value(u"journal_entries"_s).toInteger(), imported->journalEntries);
        QCOMPARE(caseFile.value(u"file_name"_s).toString(), u"handover.plaint"_s);
        QCOMPARE(entry.value(u"id"_s).toInteger(), imported->caseId);
    }

    auto source = openLibrary(sourcePath(), Library::OpenMode::ReadOnly);
    QVERIFY(source);
    const Case before = *source->caseById(m_caseId);
    const Case after = *destination->caseById(imported->caseId);
    QCOMPARE(after.title, before.title);
    QCOMPARE(after.company, before.company);
    QCOMPARE(after.desiredOutcome, before.desiredOutcome);
    QCOMPARE(after.amount.amountText(), before.amount.amountText());
    QCOMPARE(after.created, before.created);

    const QList<Event> was = *source->timeline(m_caseId, 0, -1, true);
    const QList<Event> is = *destination->timeline(imported->caseId, 0, -1, true);
    QCOMPARE(is.size(), was.size());
    for (qsizetype i = 0; i < was.size(); ++i) {
        QCOMPARE(is[i].summary, was[i].summary);
        QCOMPARE(is[i].occurred, was[i].occurred);
        QCOMPARE(is[i].occurred.offsetFromUtc(), was[i].occurred.offsetFromUtc());
        QCOMPARE(is[i].quotes, was[i].quotes);
        QCOMPARE(is[i].agentCode, was[i].agentCode);
        QCOMPARE(is[i].agentName, was[i].agentName);
        QCOMPARE(is[i].reference, was[i].reference);
        QCOMPARE(is[i].revision, was[i].revision);
        QCOMPARE(is[i].attachments.size(), was[i].attachments.size());
        for (qsizetype a = 0; a < was[i].attachments.size(); ++a) {
            QCOMPARE(is[i].attachments[a].sha256, was[i].attachments[a].sha256);
            QCOMPARE(is[i].attachments[a].fileName, was[i].attachments[a].fileName);
        }
    }
    // Evidence bytes arrive exactly.
    for (const QByteArray &expected : {m_bigEvidence, m_smallEvidence}) {
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex());
        QVERIFY(destination->readEvidence(sha, sink));
        QVERIFY(sink.data() == expected);
    }
    // The promise is settled by the imported copy of the later event.
    const QList<Promise> promises = *destination->promisesForCase(imported->caseId);
    QCOMPARE(promises.size(), 1);
    QVERIFY(promises.first().status == PromiseStatus::Broken);
    QCOMPARE(promises.first().settledByEventId, is[1].id);
    // Earlier versions follow, pointing at the new ids; the trash comes along too.
    const QList<Revision> revisions = *destination->revisions(u"event"_s, is[1].id);
    QCOMPARE(revisions.size(), 1);
    const QJsonObject old = QJsonDocument::fromJson(revisions.first().data.toUtf8()).object();
    QCOMPARE(old.value(u"id"_s).toInteger(), is[1].id);
    QCOMPARE(old.value(u"case_id"_s).toInteger(), imported->caseId);
    QCOMPARE(old.value(u"summary"_s).toString(), u"No refund; called again"_s);
    QCOMPARE(destination->trashedEvents(imported->caseId)->size(), 1);
    QCOMPARE(destination->search(imported->caseId, u"退款"_s)->size(), 1);
    QCOMPARE(destination->search(imported->caseId, u"REF-2024"_s)->size(), 1);
}

void TestCaseTransfer::sharedAgentsAndEvidenceAreStoredOnce()
{
    exportCase();
    // The destination already knows the agent and holds the bill.
    auto destination = openLibrary(destinationPath());
    QVERIFY(destination);
    const qint64 own = *destination->addCase(sampleCase());
    Event e = sampleEvent(own, u"my own call"_s);
    e.agentCode = u"23338"_s;
    QVERIFY(destination->addEvent(e, {m_dir->filePath(u"bill.txt"_s)}));
    auto imported = CaseTransfer::importCase(*destination, casePath());
    QVERIFY2(imported, qPrintable(imported.error()));
    QVERIFY(destination->verify(true).ok);
    destination.reset();
    RawConnection raw(destinationPath());
    QCOMPARE(raw.count(u"agents"_s), 1);
    QCOMPARE(raw.count(u"blobs"_s), 2);
    QCOMPARE(raw.count(u"attachments"_s), 3);
}

void TestCaseTransfer::tamperedFileIsRefused_data()
{
    QTest::addColumn<QString>("tamper"); // SQL run on the case file, or "byte:MARKER" to flip a byte
    QTest::addColumn<QString>("expected"); // part of the error

    QTest::newRow("evidence byte") << u"byte:BIG-EVIDENCE-MARKER-0001"_s << u"does not match its hash"_s;
    QTest::newRow("small evidence byte") << u"byte:SMALL-EVIDENCE-MARKER"_s << u"does not match its hash"_s;
    QTest::newRow("record")
        << u"UPDATE events SET summary = 'Called, no promise was made' WHERE summary LIKE 'Called 10086%'"_s
        << u"differs from what the journal last recorded"_s;
    QTest::newRow("added record") << u"INSERT INTO promises (event_id, text, status, revision, created_ms, updated_ms) "
                                     "SELECT id, 'a promise nobody made', 'pending', 1, 0, 0 FROM events LIMIT 1"_s
                                  << u"not in the journal"_s;
    QTest::newRow("journal payload") << u"DROP TRIGGER journal_append_only; "
                                        "UPDATE journal SET payload = replace(payload, '退款', '道歉') WHERE seq = 3"_s
                                     << u"does not match its hash"_s;
    QTest::newRow("journal entry removed")
        << u"DROP TRIGGER journal_kept; DELETE FROM journal WHERE seq = 2"_s << u"is missing"_s;
    QTest::newRow("second case")
        << u"INSERT INTO cases (title, company, created_ms, updated_ms) VALUES ('x', 'y', 0, 0)"_s
        << u"not in the journal"_s;
    QTest::newRow("evidence size")
        << u"DROP TRIGGER blobs_immutable; UPDATE blobs SET size = size - 1 WHERE size < 100"_s
        << u"differs from what the journal last recorded"_s;
    QTest::newRow("evidence chunk removed")
        << u"DROP TRIGGER blob_chunks_kept; DELETE FROM blob_chunks WHERE seq = 1 AND blob_id = (SELECT id FROM blobs WHERE size > 1000000)"_s
        << u"does not match its hash"_s;
    // What `event history` shows the recipient must be what the sender's journal recorded.
    QTest::newRow("earlier version rewritten")
        << u"DROP TRIGGER revisions_immutable; UPDATE revisions SET data = replace(data, 'No refund', "
           "'Refund promised again by the same agent') WHERE entity = 'event'"_s
        << u"earlier version 1 of the event with id"_s;
    QTest::newRow("earlier promise rewritten")
        << u"DROP TRIGGER revisions_immutable; UPDATE revisions SET data = replace(data, 'refund within', "
           "'apology within') WHERE entity = 'promise'"_s
        << u"differs from what the journal recorded of it"_s;
    QTest::newRow("earlier version added")
        << u"INSERT INTO revisions (entity, entity_id, revision, data, replaced_ms) "
           "SELECT 'event', id, 7, json_object('id', id, 'summary', 'a version nobody wrote', 'revision', 7), 0 "
           "FROM events LIMIT 1"_s
        << u"is not in the journal"_s;
    QTest::newRow("earlier version removed")
        << u"DROP TRIGGER revisions_kept; DELETE FROM revisions WHERE entity = 'event'"_s
        << u"recorded in the journal no longer exist"_s;
    QTest::newRow("whole library") << u"library"_s << u"holds 2 cases"_s;
    QTest::newRow("not a case file") << u"garbage"_s << u"not a Plaint case file"_s;
}

void TestCaseTransfer::tamperedFileIsRefused()
{
    QFETCH(QString, tamper);
    QFETCH(QString, expected);
    exportCase();
    if (tamper == u"library") {
        QVERIFY(QFile::remove(casePath()));
        QVERIFY(QFile::copy(sourcePath(), casePath()));
    } else if (tamper == u"garbage") {
        QVERIFY(writeFile(casePath(), QByteArray("SQLite format 3\0", 16) + QByteArray(5000, 'x')));
    } else if (tamper.startsWith(u"byte:")) {
        QByteArray bytes = fileBytes(casePath());
        const qsizetype at = bytes.indexOf(tamper.mid(5).toUtf8());
        QVERIFY(at > 0);
        QCOMPARE(bytes.indexOf(tamper.mid(5).toUtf8(), at + 1), -1); // the content is in the file once
        bytes[at + 3] = char(bytes[at + 3] ^ 0x01);
        QVERIFY(writeFile(casePath(), bytes));
    } else {
        RawConnection raw(casePath());
        for (const QString &statement : tamper.split(u"; "_s))
            QCOMPARE(raw.exec(statement), QString());
    }

    auto destination = openLibrary(destinationPath());
    QVERIFY(destination);
    QVERIFY(destination->addCase(sampleCase(u"Somebody else"_s)));
    const QString headBefore = *destination->journalHead();
    auto imported = CaseTransfer::importCase(*destination, casePath());
    QVERIFY(!imported);
    QVERIFY2(imported.error().contains(expected), qPrintable(imported.error()));
    // Nothing changed.
    QCOMPARE(*destination->journalHead(), headBefore);
    QCOMPARE(destination->caseSummaries()->size(), 1);
    destination.reset();
    RawConnection raw(destinationPath());
    QCOMPARE(raw.count(u"events"_s), 0);
    QCOMPARE(raw.count(u"blobs"_s), 0);
    QCOMPARE(raw.count(u"blob_chunks"_s), 0);
    QCOMPARE(raw.count(u"agents"_s), 0);
}

void TestCaseTransfer::importingTwiceIsRefusedOrCopied()
{
    exportCase();
    auto destination = openLibrary(destinationPath());
    QVERIFY(destination);
    auto first = CaseTransfer::importCase(*destination, casePath());
    QVERIFY(first);
    const QString head = *destination->journalHead();
    auto again = CaseTransfer::importCase(*destination, casePath());
    QVERIFY(!again);
    QVERIFY2(
        again.error().contains(u"already in the library as case %1"_s.arg(first->caseId)), qPrintable(again.error()));
    QCOMPARE(*destination->journalHead(), head);

    auto copy = CaseTransfer::importCase(*destination, casePath(), CaseTransfer::Duplicate::ImportAsCopy);
    QVERIFY2(copy, qPrintable(copy.error()));
    QCOMPARE(copy->title, u"Broadband cancellation refused (imported 2)"_s);
    QCOMPARE(destination->caseById(copy->caseId)->title, copy->title);
    QCOMPARE(destination->eventCount(copy->caseId).value(), 2);
    QVERIFY(destination->verify(true).ok);

    // Back into the library it came from: the same case is recognised there too.
    auto source = openLibrary(sourcePath());
    auto home = CaseTransfer::importCase(*source, casePath());
    QVERIFY(!home);
    QVERIFY(home.error().contains(u"already in the library"_s));
}

void TestCaseTransfer::failedExportLeavesNoFile()
{
    auto library = openLibrary(sourcePath(), Library::OpenMode::ReadOnly);
    QVERIFY(library);
    auto missing = CaseTransfer::exportCase(*library, 999, casePath());
    QVERIFY(!missing);
    QVERIFY(missing.error().contains(u"999"_s));
    QVERIFY(!QFile::exists(casePath()));

    // A file already there is replaced only by a complete export; a cancelled one leaves it as it was.
    QVERIFY(writeFile(casePath(), "an earlier export"));
    auto cancelled = CaseTransfer::exportCase(
        *library, m_caseId, casePath(), [](qint64 done, qint64) { return done < EvidenceStore::kChunkSize; });
    QVERIFY(!cancelled);
    QVERIFY(cancelled.error().contains(u"Cancelled"_s));
    QCOMPARE(fileBytes(casePath()), QByteArray("an earlier export"));
    QCOMPARE(QDir(m_dir->path()).entryList({u"handover.plaint*"_s}), QStringList {u"handover.plaint"_s});

    qint64 calls = 0;
    auto done = CaseTransfer::exportCase(*library, m_caseId, casePath(), [&](qint64 copied, qint64 total) {
        ++calls;
        return copied <= total;
    });
    QVERIFY2(done, qPrintable(done.error()));
    QVERIFY(calls >= 4); // three chunks of the recording and the bill
    QVERIFY(fileBytes(casePath()).startsWith("SQLite format 3"));

    auto intoDir = CaseTransfer::exportCase(*library, m_caseId, m_dir->filePath(u"no/such/folder/x.plaint"_s));
    QVERIFY(!intoDir);
    QVERIFY(intoDir.error().contains(u"does not exist"_s));
}

void TestCaseTransfer::cancelledImportChangesNothing()
{
    exportCase();
    auto destination = openLibrary(destinationPath());
    QVERIFY(destination);
    const QString head = *destination->journalHead();
    auto cancelled = CaseTransfer::importCase(*destination, casePath(), CaseTransfer::Duplicate::Refuse,
        [](qint64 done, qint64) { return done < EvidenceStore::kChunkSize; });
    QVERIFY(!cancelled);
    QCOMPARE(*destination->journalHead(), head);
    QCOMPARE(destination->caseSummaries()->size(), 0);
}

// The earlier versions arrive in the destination's journal too: its verify
// checks them there as the case file's did, and a forgery after import shows.
void TestCaseTransfer::importedHistoryIsJournaled()
{
    exportCase();
    auto destination = openLibrary(destinationPath());
    QVERIFY(destination);
    auto imported = CaseTransfer::importCase(*destination, casePath());
    QVERIFY2(imported, qPrintable(imported.error()));
    {
        RawConnection raw(destinationPath());
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM journal WHERE action LIKE '%.import.earlier'"_s).toLongLong(), 2);
        // Each earlier version comes before the record's own entry, as in the sender's journal.
        QVERIFY(raw.scalar(u"SELECT min(seq) FROM journal WHERE action = 'event.import.earlier'"_s).toLongLong()
            < raw.scalar(u"SELECT max(seq) FROM journal WHERE action = 'event.import'"_s).toLongLong());
    }
    const Library::Check clean = destination->verify(false);
    QVERIFY2(clean.ok, qPrintable(clean.problems.join(u'\n')));
    destination.reset();
    {
        RawConnection raw(destinationPath());
        QCOMPARE(raw.exec(u"DROP TRIGGER revisions_immutable"_s), QString());
        QCOMPARE(raw.exec(u"UPDATE revisions SET data = replace(data, 'No refund; called again', 'Refunded') "
                          "WHERE entity = 'event'"_s),
            QString());
    }
    destination = openLibrary(destinationPath());
    const Library::Check forged = destination->verify(false);
    QVERIFY(!forged.ok);
    QVERIFY2(forged.problems.join(u' ').contains(u"earlier version 1 of the event"_s), qPrintable(forged.problems.join(u' ')));
}

void TestCaseTransfer::earlierSchemaIsUpgradedOnACopy_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("version");
    QTest::newRow("schema 1") << u"library-v1.plaint"_s << 1;
    QTest::newRow("schema 2") << u"library-v2.plaint"_s << 2;
    QTest::newRow("schema 3, the current one") << u"library-v3.plaint"_s << 3;
}

// A case file written by an earlier Plaint imports: the upgrade happens on a
// copy beside the library, and the sender's file is not touched.
void TestCaseTransfer::earlierSchemaIsUpgradedOnACopy()
{
    QFETCH(QString, fixture);
    QFETCH(int, version);
    const QString original = QStringLiteral(PLAINT_TEST_DATA "/schema/") + fixture;
    const QString received = m_dir->filePath(u"received.plaint"_s);
    QVERIFY(QFile::copy(original, received));
    QVERIFY(QFile::setPermissions(received, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray before = fileBytes(received);

    QTemporaryDir home;
    const QString library = home.filePath(u"library.plaint"_s);
    auto destination = openLibrary(library);
    QVERIFY(destination);
    auto imported = CaseTransfer::importCase(*destination, received);
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported->events, 3);
    QVERIFY(destination->eventCount(imported->caseId).value() >= 1);
    const Library::Check check = destination->verify(true);
    QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));

    // The sender's file is exactly as it came, at its own schema, and no copy is left behind.
    QCOMPARE(fileBytes(received), before);
    QVERIFY(!QFile::exists(received + u"-wal"_s));
    {
        RawConnection raw(received);
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), version);
    }
    QCOMPARE(QDir(home.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).filter(u"upgrade"_s),
        QStringList());
}

void TestCaseTransfer::inspectTellsCaseFilesFromLibraries()
{
    exportCase();
    using Kind = CaseTransfer::Contents::Kind;
    auto caseFile = CaseTransfer::inspect(casePath(), sourcePath());
    QVERIFY2(caseFile, qPrintable(caseFile.error()));
    QVERIFY(caseFile->kind == Kind::CaseFile);
    QCOMPARE(caseFile->cases, 1);
    QCOMPARE(caseFile->title, u"Broadband cancellation refused"_s);

    auto library = CaseTransfer::inspect(sourcePath(), destinationPath());
    QVERIFY(library);
    QVERIFY(library->kind == Kind::Library);
    QCOMPARE(library->cases, 2);
    auto own = CaseTransfer::inspect(sourcePath(), sourcePath());
    QVERIFY(own);
    QVERIFY(own->kind == Kind::OwnLibrary);

    const QString renamed = m_dir->filePath(u"handover.db"_s);
    QVERIFY(QFile::copy(casePath(), renamed));
    auto byContent = CaseTransfer::inspect(renamed);
    QVERIFY(byContent);
    QVERIFY(byContent->kind == Kind::CaseFile);

    auto old = CaseTransfer::inspect(QStringLiteral(PLAINT_TEST_DATA "/schema/library-v1.plaint"));
    QVERIFY2(old, qPrintable(old.error()));
    QCOMPARE(old->schemaVersion, 1);
    QVERIFY(old->kind == Kind::CaseFile);

    QVERIFY(writeFile(m_dir->filePath(u"notes.txt"_s), "not a database"));
    auto text = CaseTransfer::inspect(m_dir->filePath(u"notes.txt"_s));
    QVERIFY(!text);
    QVERIFY2(text.error().contains(u"not a Plaint case file"_s), qPrintable(text.error()));
    {
        RawConnection other(m_dir->filePath(u"other.sqlite"_s));
        QCOMPARE(other.exec(u"CREATE TABLE t (x)"_s), QString());
    }
    auto foreign = CaseTransfer::inspect(m_dir->filePath(u"other.sqlite"_s));
    QVERIFY(!foreign);
    QVERIFY2(foreign.error().contains(u"not a Plaint case file or library"_s), qPrintable(foreign.error()));
    QVERIFY(!CaseTransfer::inspect(m_dir->filePath(u"missing.plaint"_s)));
}

QTEST_GUILESS_MAIN(TestCaseTransfer)
#include "tst_casetransfer.moc"
