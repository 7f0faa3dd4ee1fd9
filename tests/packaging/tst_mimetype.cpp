#include "casetransfer.h"
#include "library.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint;
using namespace plaint::test;

// Plaint's MIME package, compiled by update-mime-database as a distribution
// would, and read back through QMimeDatabase as a file manager would.
class TestMimeType : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void caseFileIsRecognised_data();
    void caseFileIsRecognised();
    void desktopFileOpensCaseFiles();

private:
    QTemporaryDir m_dir;
};

void TestMimeType::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Before the first QMimeDatabase: it reads XDG_DATA_DIRS once.
    const QString share = m_dir.filePath(u"share"_s);
    QVERIFY(QDir().mkpath(share + u"/mime/packages"_s));
    QVERIFY(QFile::copy(QStringLiteral(PLAINT_MIME_XML), share + u"/mime/packages/io.github.plaint.Plaint.xml"_s));
    // One database holding the freedesktop types and Plaint's, as /usr/share/mime
    // is once the package is installed (Qt 6.4 lets a later database's magic
    // win over an earlier one's, whatever the priorities, so two would not do).
    QVERIFY(QFile::copy(
        u"/usr/share/mime/packages/freedesktop.org.xml"_s, share + u"/mime/packages/freedesktop.org.xml"_s));
    QProcess update;
    update.start(QStringLiteral(UPDATE_MIME_DATABASE), {share + u"/mime"_s});
    QVERIFY(update.waitForFinished(60000));
    QCOMPARE(update.exitCode(), 0);
    QVERIFY(QFile::exists(share + u"/mime/mime.cache"_s));
    qputenv("XDG_DATA_DIRS", share.toLocal8Bit());

    // A real case file, and a library; both are SQLite files with Plaint's application id.
    auto library = openLibrary(m_dir.filePath(u"library.plaint"_s));
    QVERIFY(library);
    const qint64 caseId = *library->addCase(sampleCase());
    QVERIFY(library->addEvent(sampleEvent(caseId, u"called"_s)));
    QVERIFY(CaseTransfer::exportCase(*library, caseId, m_dir.filePath(u"handover.plaint"_s)));
    QVERIFY(QFile::copy(m_dir.filePath(u"handover.plaint"_s), m_dir.filePath(u"renamed.db"_s)));
    RawConnection other(m_dir.filePath(u"other.sqlite"_s));
    QCOMPARE(other.exec(u"CREATE TABLE t (x)"_s), QString());
}

void TestMimeType::caseFileIsRecognised_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("by name and content") << u"handover.plaint"_s << u"application/x-plaint-case"_s;
    QTest::newRow("by content alone") << u"renamed.db"_s << u"application/x-plaint-case"_s;
    QTest::newRow("another SQLite file") << u"other.sqlite"_s << u"application/vnd.sqlite3"_s;
}

void TestMimeType::caseFileIsRecognised()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QMimeDatabase mime;
    QCOMPARE(mime.mimeTypeForFile(m_dir.filePath(file), QMimeDatabase::MatchContent).name(), expected);
    if (file.endsWith(u".plaint"_s)) {
        QCOMPARE(mime.mimeTypeForFile(file, QMimeDatabase::MatchExtension).name(), expected);
        QVERIFY(mime.mimeTypeForName(expected).inherits(u"application/vnd.sqlite3"_s));
    }
}

void TestMimeType::desktopFileOpensCaseFiles()
{
    QSettings desktop(QStringLiteral(PLAINT_DESKTOP_FILE), QSettings::IniFormat);
    desktop.beginGroup(u"Desktop Entry"_s);
    QVERIFY(desktop.value(u"MimeType"_s).toString().contains(u"application/x-plaint-case"_s));
    // The file is handed over as an argument, which Plaint offers to import
    // (see cli::fileFrom and CaseFileActions::planOpening).
    QVERIFY(desktop.value(u"Exec"_s).toString().contains(u"%f"_s));
}

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
