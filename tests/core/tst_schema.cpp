#include "library.h"
#include "schema.h"
#include "testsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint;
using namespace plaint::test;

namespace {

const QString kFixtureFolder = QStringLiteral(PLAINT_TEST_DATA "/schema");

// What every fixture holds, so a test can read it back after migrating.
const QString kFixtureCaseTitle = u"宽带退订 — fixture case"_s;
const QStringList kFixtureSummaries{u"Called 10086 to cancel broadband"_s, u"客服工号23338答应三个工作日内退款"_s,
                                    u"Sent the bill by e-mail"_s};
const QString kFixturePromise = u"三个工作日内退款 189 元"_s;

QByteArray fixtureAttachment()
{
    QByteArray bytes(2048, Qt::Uninitialized);
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 7) % 251);
    return bytes;
}

QStringList sideFiles(const QString &path)
{
    QStringList found;
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFileInfo::exists(path + suffix))
            found << path + suffix;
    }
    return found;
}

} // namespace

// Plaint opens files the user points it at. A file that is not a Plaint
// library, or is from a newer Plaint, must be refused with a clear reason and
// left exactly as it was; libraries from every earlier version must open.
class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void foreignFilesAreLeftUntouched_data();
    void foreignFilesAreLeftUntouched();
    void badPaths_data();
    void badPaths();
    void newLibraryHeader();
    void reopeningChangesNothing();

    void regenerateFixture();
    void everyVersionHasAFixture();
    void fixturesOpenVerifyAndRead_data();
    void fixturesOpenVerifyAndRead();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSchema::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSchema::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSchema::foreignFilesAreLeftUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<QString>("mentions");
    for (const bool readOnly : {false, true}) {
        const char *mode = readOnly ? "read-only" : "read-write";
        QTest::addRow("text file, %s", mode) << u"text"_s << readOnly << u"not an SQLite database"_s;
        QTest::addRow("random bytes, %s", mode) << u"random"_s << readOnly << u"not an SQLite database"_s;
        QTest::addRow("another application's SQLite file, %s", mode)
            << u"foreign"_s << readOnly << u"not a Plaint library"_s;
        QTest::addRow("SQLite file with another application id, %s", mode)
            << u"other-id"_s << readOnly << u"not a Plaint library"_s;
        QTest::addRow("library from a newer Plaint, %s", mode) << u"newer"_s << readOnly << u"newer version"_s;
    }
}

void TestSchema::foreignFilesAreLeftUntouched()
{
    QFETCH(QString, kind);
    QFETCH(bool, readOnly);
    QFETCH(QString, mentions);

    const QString path = m_dir->filePath(u"complaint.plaint"_s);
    if (kind == u"text") {
        QByteArray text;
        for (int i = 0; i < 200; ++i)
            text += "Dear China Mobile, I am writing about my broadband contract. 我要投诉。\n";
        QVERIFY(writeFile(path, text));
    } else if (kind == u"random") {
        QByteArray bytes(8192, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (auto &b : bytes)
            b = char(generator.bounded(256));
        QVERIFY(writeFile(path, bytes));
    } else {
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s), QString());
        QCOMPARE(raw.exec(u"INSERT INTO notes (body) VALUES ('shopping list')"_s), QString());
        if (kind == u"other-id")
            QCOMPARE(raw.exec(u"PRAGMA application_id = 1234"_s), QString());
        if (kind == u"newer") {
            QCOMPARE(raw.exec(u"PRAGMA application_id = %1"_s.arg(Schema::kApplicationId)), QString());
            QCOMPARE(raw.exec(u"PRAGMA user_version = %1"_s.arg(Schema::kCurrentVersion + 1)), QString());
        }
    }
    QVERIFY(sideFiles(path).isEmpty());
    const QByteArray before = fileBytes(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    QVERIFY(!before.isEmpty());

    auto opened = Library::open(path, readOnly ? Library::OpenMode::ReadOnly : Library::OpenMode::ReadWrite);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(mentions), qPrintable(opened.error()));
    if (kind == u"newer")
        QVERIFY2(opened.error().contains(QString::number(Schema::kCurrentVersion + 1)), qPrintable(opened.error()));

    QVERIFY(fileBytes(path) == before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QCOMPARE(sideFiles(path), QStringList());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"complaint.plaint"_s});
}

void TestSchema::badPaths_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("missing file, read-only") << u"missing.plaint"_s << true << u"no library"_s;
    QTest::newRow("a folder") << u"folder"_s << false << u"folder"_s;
    QTest::newRow("a folder, read-only") << u"folder"_s << true << u"folder"_s;
    QTest::newRow("missing parent folder") << u"nowhere/new.plaint"_s << false << u"does not exist"_s;
    QTest::newRow("empty path") << QString() << false << u"No library"_s;
}

void TestSchema::badPaths()
{
    QFETCH(QString, relative);
    QFETCH(bool, readOnly);
    QFETCH(QString, mentions);
    QVERIFY(QDir(m_dir->path()).mkdir(u"folder"_s));
    const QString path = relative.isEmpty() ? QString() : m_dir->filePath(relative);
    auto opened = Library::open(path, readOnly ? Library::OpenMode::ReadOnly : Library::OpenMode::ReadWrite);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(mentions), qPrintable(opened.error()));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{u"folder"_s});
    QVERIFY(QDir(m_dir->filePath(u"folder"_s)).isEmpty());
}

void TestSchema::newLibraryHeader()
{
    const QString path = m_dir->filePath(u"new.plaint"_s);
    {
        auto library = openLibrary(path);
        QVERIFY(library);
        QCOMPARE(library->path(), QFileInfo(path).absoluteFilePath());
    }
    RawConnection raw(path);
    QCOMPARE(raw.scalar(u"PRAGMA application_id"_s).toInt(), Schema::kApplicationId);
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), Schema::kCurrentVersion);
    QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(raw.scalar(u"PRAGMA page_size"_s).toInt(), 8192);
    QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    // The header says "Plnt" at byte 68, so `file` and other tools can tell.
    QCOMPARE(fileBytes(path).mid(68, 4), QByteArray("Plnt"));
}

void TestSchema::reopeningChangesNothing()
{
    const QString path = m_dir->filePath(u"again.plaint"_s);
    {
        auto library = openLibrary(path);
        QVERIFY(library);
        QVERIFY(library->addCase(sampleCase()).ok());
    }
    const QByteArray before = fileBytes(path);
    for (int i = 0; i < 3; ++i) {
        auto library = openLibrary(path);
        QVERIFY(library);
        QCOMPARE(library->caseSummaries()->size(), 1);
    }
    auto readOnly = openLibrary(path, Library::OpenMode::ReadOnly);
    QVERIFY(readOnly);
    readOnly.reset();
    QVERIFY(fileBytes(path) == before);
}

// Writes tests/data/schema/library-v<current>.plaint with today's code.
// Run once per schema version: PLAINT_REGENERATE_FIXTURES=1 tst_schema regenerateFixture
void TestSchema::regenerateFixture()
{
    if (!qEnvironmentVariableIsSet("PLAINT_REGENERATE_FIXTURES"))
        QSKIP("set PLAINT_REGENERATE_FIXTURES=1 to write the fixture for the current schema version");
    const QString built = m_dir->filePath(u"fixture.plaint"_s);
    {
        auto library = openLibrary(built);
        QVERIFY(library);
        Case c = sampleCase();
        c.title = kFixtureCaseTitle;
        const qint64 caseId = *library->addCase(c);
        QList<qint64> events;
        for (int i = 0; i < kFixtureSummaries.size(); ++i) {
            Event e = sampleEvent(caseId, kFixtureSummaries.at(i), i * 60 * 24);
            if (i == 1) {
                e.agentCode = u"23338"_s;
                e.quotes = {u"三个工作日内退款"_s};
                e.durationSeconds = 754;
                e.holdSeconds = 320; // schema 3 and later
            }
            auto id = library->addEvent(e);
            QVERIFY2(id.ok(), qPrintable(id.error()));
            events << *id;
        }
        Promise p;
        p.eventId = events.at(1);
        p.text = kFixturePromise;
        p.due = QDateTime(QDate(2024, 3, 6), QTime(18, 0), Qt::OffsetFromUTC, 8 * 3600);
        QVERIFY(library->addPromise(p).ok());
        QBuffer data;
        data.setData(fixtureAttachment());
        QVERIFY(data.open(QIODevice::ReadOnly));
        QVERIFY(library->attachData(events.at(2), data, u"bill.bin"_s).ok());
        QVERIFY(library->verify().ok);
    }
    {
        // One self-contained file: no write-ahead log beside it.
        RawConnection raw(built);
        QCOMPARE(raw.exec(u"PRAGMA journal_mode = DELETE"_s), QString());
        QCOMPARE(raw.exec(u"VACUUM"_s), QString());
    }
    QVERIFY(sideFiles(built).isEmpty());
    QVERIFY(QDir().mkpath(kFixtureFolder));
    const QString target = kFixtureFolder + u"/library-v%1.plaint"_s.arg(Schema::kCurrentVersion);
    QFile::remove(target);
    QVERIFY(QFile::copy(built, target));
    qInfo("wrote %s", qPrintable(target));
}

void TestSchema::everyVersionHasAFixture()
{
    for (int version = 1; version <= Schema::kCurrentVersion; ++version) {
        const QString fixture = kFixtureFolder + u"/library-v%1.plaint"_s.arg(version);
        QVERIFY2(QFileInfo::exists(fixture), qPrintable(u"no fixture for schema %1: %2"_s.arg(version).arg(fixture)));
    }
}

void TestSchema::fixturesOpenVerifyAndRead_data()
{
    QTest::addColumn<QString>("fixture");
    const QStringList files = QDir(kFixtureFolder).entryList({u"*.plaint"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        QTest::newRow("no fixtures") << QString();
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << QDir(kFixtureFolder).filePath(file);
}

void TestSchema::fixturesOpenVerifyAndRead()
{
    QFETCH(QString, fixture);
    QVERIFY2(!fixture.isEmpty(), "tests/data/schema holds no fixtures");
    const QByteArray original = fileBytes(fixture);
    const QString path = m_dir->filePath(QFileInfo(fixture).fileName());
    QVERIFY(QFile::copy(fixture, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));

    {
        auto library = openLibrary(path); // migrates when older
        QVERIFY(library);
        const Library::Check check = library->verify();
        QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));
        QVERIFY(check.journalEntries > 0);
        QCOMPARE(check.evidenceChecked, 1);

        auto cases = library->caseSummaries();
        QVERIFY(cases.ok());
        QCOMPARE(cases->size(), 1);
        const CaseSummary summary = cases->first();
        QCOMPARE(summary.info.title, kFixtureCaseTitle);
        QCOMPARE(summary.info.amount, (Money{18900, u"CNY"_s}));
        QCOMPARE(summary.eventCount, 3);
        QCOMPARE(summary.promiseCount, 1);

        auto timeline = library->timeline(summary.info.id, 0, -1, true);
        QVERIFY(timeline.ok());
        QCOMPARE(timeline->size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(timeline->at(i).summary, kFixtureSummaries.at(i));
            QCOMPARE(timeline->at(i).occurred.offsetFromUtc(), 8 * 3600);
        }
        QCOMPARE(timeline->at(1).agentCode, u"23338"_s);
        QCOMPARE(timeline->at(1).durationSeconds, 754);
        QCOMPARE(timeline->at(1).quotes, QStringList{u"三个工作日内退款"_s});
        QCOMPARE(timeline->at(1).promises.size(), 1);
        QCOMPARE(timeline->at(1).promises.first().text, kFixturePromise);
        QCOMPARE(timeline->at(2).attachments.size(), 1);

        const Attachment a = timeline->at(2).attachments.first();
        const QByteArray expected = fixtureAttachment();
        QCOMPARE(a.size, expected.size());
        QCOMPARE(a.sha256, QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(library->readEvidence(a.sha256, out).ok());
        QVERIFY(out.data() == expected);
        QCOMPARE(*library->search(summary.info.id, u"工号"_s), QList<qint64>{timeline->at(1).id});

        // And it takes new writes after the upgrade.
        QVERIFY(library->addEvent(sampleEvent(summary.info.id, u"after upgrade"_s, 99999)).ok());
        QVERIFY(library->verify().ok);
    }
    RawConnection raw(path);
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), Schema::kCurrentVersion);
    QVERIFY(fileBytes(fixture) == original); // the fixture itself was only copied
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
