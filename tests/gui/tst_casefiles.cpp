#include "casefileactions.h"
#include "casetransfer.h"
#include "caselistmodel.h"
#include "library.h"
#include "mainwindow.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint;

// File → Export case and File → Import case, driven through the window's
// actions with the file dialog and the question answered by test hooks.
class TestCaseFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void actionsAreInTheFileMenu();
    void exportThenImportIntoAnotherLibrary();
    void importingTwiceAsksAndCanCopy();
    void tamperedFileIsRefusedWithAMessage();
    void exportOffersTheCaseTitleAsFileName();
    void cancelledDialogDoesNothing();
    void openingAFileDecidesByContent_data();
    void openingAFileDecidesByContent();
    void offeredImportAsksFirst();

private:
    std::unique_ptr<MainWindow> window(const QString &libraryName);
    QString filePath(const QString &name) const { return m_dir->filePath(name); }
    void exportSourceCase();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_answer;
    QStringList m_questions;
    QStringList m_reports;
    bool m_answerYes = false;
};

void TestCaseFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    CaseFileActions::setFileDialogAnswer([this](bool) { return m_answer; });
    CaseFileActions::setQuestionAnswer([this](const QString &question) {
        m_questions << question;
        return m_answerYes;
    });
    CaseFileActions::setReportShown([this](const QString &report) { m_reports << report; });
}

void TestCaseFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_questions.clear();
    m_reports.clear();
    m_answerYes = false;
    auto library = Library::open(filePath(u"source.plaint"_s));
    QVERIFY(library);
    Case c;
    c.title = u"宽带退订被拒"_s;
    c.company = u"Example Telecom"_s;
    const qint64 caseId = *(*library)->addCase(c);
    Event e;
    e.caseId = caseId;
    e.occurred = QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::OffsetFromUTC, 8 * 3600);
    e.channel = Channel::Phone;
    e.summary = u"客服承诺三天内回电"_s;
    e.agentCode = u"4417"_s;
    QVERIFY(QFile(filePath(u"recording.txt"_s)).open(QIODevice::WriteOnly));
    QFile evidence(filePath(u"recording.txt"_s));
    QVERIFY(evidence.open(QIODevice::WriteOnly));
    evidence.write(QByteArray(3 * 1024 * 1024, 'r'));
    evidence.close();
    QVERIFY((*library)->addEvent(e, {filePath(u"recording.txt"_s)}));
}

void TestCaseFiles::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestCaseFiles::window(const QString &libraryName)
{
    auto library = Library::open(filePath(libraryName));
    if (!library)
        return {};
    auto w = std::make_unique<MainWindow>(std::move(library).value());
    w->show();
    return w;
}

void TestCaseFiles::exportSourceCase()
{
    auto source = window(u"source.plaint"_s);
    QVERIFY(source);
    source->selectCase(
        source->caseModel()->data(source->caseModel()->index(0), CaseListModel::CaseIdRole).toLongLong());
    QVERIFY(source->currentCaseId() > 0);
    m_answer = filePath(u"handover"_s); // the extension is added
    QSignalSpy finished(source->caseFiles(), &CaseFileActions::finished);
    source->action(u"exportCase"_s)->trigger();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(QFile::exists(filePath(u"handover.plaint"_s)));
    QVERIFY(source->statusBar()->currentMessage().contains(u"handover.plaint"_s));
    // The sender is shown the head to pass on, whole.
    auto file = Library::open(filePath(u"handover.plaint"_s), Library::OpenMode::ReadOnly);
    QVERIFY(file);
    QCOMPARE(m_reports.size(), 1);
    QVERIFY2(m_reports.last().contains(*(*file)->journalHead()), qPrintable(m_reports.last()));
}

void TestCaseFiles::actionsAreInTheFileMenu()
{
    auto w = window(u"source.plaint"_s);
    QVERIFY(w);
    QMenu *file = w->menuBar()->findChildren<QMenu *>().first();
    QVERIFY(file->actions().contains(w->action(u"exportCase"_s)));
    QVERIFY(file->actions().contains(w->action(u"importCase"_s)));
    QCOMPARE(w->action(u"exportCase"_s)->objectName(), u"exportCase"_s);
    QCOMPARE(w->action(u"importCase"_s)->objectName(), u"importCase"_s);
}

void TestCaseFiles::exportThenImportIntoAnotherLibrary()
{
    exportSourceCase();
    auto lawyer = window(u"lawyer.plaint"_s);
    QVERIFY(lawyer);
    QCOMPARE(lawyer->caseModel()->rowCount(), 0);
    m_answer = filePath(u"handover.plaint"_s);
    QSignalSpy finished(lawyer->caseFiles(), &CaseFileActions::finished);
    lawyer->action(u"importCase"_s)->trigger();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(lawyer->caseModel()->rowCount(), 1);
    // The imported case is shown, with its timeline.
    QVERIFY(lawyer->currentCaseId() > 0);
    QCOMPARE(lawyer->library()->caseById(lawyer->currentCaseId())->title, u"宽带退订被拒"_s);
    QCOMPARE(lawyer->library()->eventCount(lawyer->currentCaseId()).value(), 1);
    QVERIFY(lawyer->library()->verify(true).ok);
    QVERIFY(lawyer->banner()->isHidden());
    // The recipient is shown the head the case file ends in, to compare with the sender's.
    auto file = Library::open(filePath(u"handover.plaint"_s), Library::OpenMode::ReadOnly);
    QVERIFY(file);
    QCOMPARE(m_reports.size(), 2);
    QVERIFY2(m_reports.last().contains(*(*file)->journalHead()), qPrintable(m_reports.last()));
}

void TestCaseFiles::importingTwiceAsksAndCanCopy()
{
    exportSourceCase();
    auto lawyer = window(u"lawyer.plaint"_s);
    QVERIFY(lawyer);
    QSignalSpy finished(lawyer->caseFiles(), &CaseFileActions::finished);
    lawyer->caseFiles()->importFile(filePath(u"handover.plaint"_s));
    QVERIFY(finished.wait(30000));
    const qint64 first = lawyer->currentCaseId();

    m_answerYes = false;
    lawyer->caseFiles()->importFile(filePath(u"handover.plaint"_s));
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_questions.size(), 1);
    QCOMPARE(lawyer->caseModel()->rowCount(), 1);
    QCOMPARE(lawyer->currentCaseId(), first); // the case already there is shown

    m_answerYes = true;
    lawyer->caseFiles()->importFile(filePath(u"handover.plaint"_s));
    QTRY_COMPARE_WITH_TIMEOUT(lawyer->caseModel()->rowCount(), 2, 30000);
    QTRY_VERIFY(!lawyer->caseFiles()->busy());
    QCOMPARE(lawyer->library()->caseById(lawyer->currentCaseId())->title, u"宽带退订被拒 (imported 2)"_s);
}

void TestCaseFiles::tamperedFileIsRefusedWithAMessage()
{
    exportSourceCase();
    {
        QFile file(filePath(u"handover.plaint"_s));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const qsizetype at = bytes.indexOf(QByteArray(64, 'r'));
        QVERIFY(at > 0);
        bytes[at + 10] = 's';
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    auto lawyer = window(u"lawyer.plaint"_s);
    QVERIFY(lawyer);
    const QString head = *lawyer->library()->journalHead();
    QSignalSpy finished(lawyer->caseFiles(), &CaseFileActions::finished);
    m_answer = filePath(u"handover.plaint"_s);
    lawyer->action(u"importCase"_s)->trigger();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    // The banner sits above the timeline, which an empty library does not show yet.
    QVERIFY(!lawyer->banner()->isHidden());
    QVERIFY2(lawyer->banner()->text().contains(u"does not match its hash"_s), qPrintable(lawyer->banner()->text()));
    QCOMPARE(lawyer->caseModel()->rowCount(), 0);
    QCOMPARE(*lawyer->library()->journalHead(), head);
}

void TestCaseFiles::exportOffersTheCaseTitleAsFileName()
{
    auto w = window(u"source.plaint"_s);
    QVERIFY(w);
    const qint64 caseId = w->caseModel()->data(w->caseModel()->index(0), CaseListModel::CaseIdRole).toLongLong();
    QCOMPARE(w->caseFiles()->suggestedFileName(caseId), u"宽带退订被拒.plaint"_s);
    Case c = *w->library()->caseById(caseId);
    c.title = u"Refund 50/50: \"who pays?\""_s;
    QVERIFY(w->library()->updateCase(c));
    QCOMPARE(w->caseFiles()->suggestedFileName(caseId), u"Refund 50-50- -who pays--.plaint"_s);
}

void TestCaseFiles::cancelledDialogDoesNothing()
{
    auto w = window(u"source.plaint"_s);
    QVERIFY(w);
    m_answer.clear();
    w->action(u"importCase"_s)->trigger();
    w->selectCase(w->caseModel()->data(w->caseModel()->index(0), CaseListModel::CaseIdRole).toLongLong());
    w->action(u"exportCase"_s)->trigger();
    QVERIFY(!w->caseFiles()->busy());
    QCOMPARE(QDir(m_dir->path()).entryList({u"*.plaint"_s}), QStringList {u"source.plaint"_s});
}

// What a double-click on a file does, decided by what the file holds.
void TestCaseFiles::openingAFileDecidesByContent_data()
{
    QTest::addColumn<QString>("file"); // made by the test: see below
    QTest::addColumn<bool>("answer"); // to a question, if one is asked
    QTest::addColumn<QString>("opens"); // "own" or "file": the library the window opens
    QTest::addColumn<bool>("offersImport");
    QTest::addColumn<int>("questions");
    QTest::addColumn<QString>("message"); // part of what the user is told, or empty

    QTest::newRow("case file") << u"handover.plaint"_s << false << u"own"_s << true << 0 << QString();
    QTest::newRow("renamed case file") << u"renamed.db"_s << false << u"own"_s << true << 0 << QString();
    QTest::newRow("case file of an earlier Plaint") << u"v1"_s << false << u"own"_s << true << 0 << QString();
    QTest::newRow("the user's own library") << u"own"_s << true << u"own"_s << false << 0 << QString();
    QTest::newRow("another library, opened") << u"two-cases.plaint"_s << true << u"file"_s << false << 1 << QString();
    QTest::newRow("another library, declined") << u"two-cases.plaint"_s << false << u"own"_s << false << 1 << QString();
    QTest::newRow("an empty library") << u"empty.plaint"_s << true << u"file"_s << false << 1 << QString();
    QTest::newRow("a text file") << u"notes.txt"_s << true << u"own"_s << false << 0 << u"not a Plaint case file"_s;
    QTest::newRow("another program's database")
        << u"other.sqlite"_s << true << u"own"_s << false << 0 << u"not a Plaint case file or library"_s;
}

void TestCaseFiles::openingAFileDecidesByContent()
{
    QFETCH(QString, file);
    QFETCH(bool, answer);
    QFETCH(QString, opens);
    QFETCH(bool, offersImport);
    QFETCH(int, questions);
    QFETCH(QString, message);

    const QString own = filePath(u"library.plaint"_s);
    QVERIFY(Library::open(own));
    QString path = filePath(file);
    if (file == u"handover.plaint" || file == u"renamed.db") {
        auto source = Library::open(filePath(u"source.plaint"_s), Library::OpenMode::ReadOnly);
        QVERIFY(source);
        QVERIFY(CaseTransfer::exportCase(**source, 1, filePath(u"handover.plaint"_s)));
        if (file == u"renamed.db")
            QVERIFY(QFile::rename(filePath(u"handover.plaint"_s), path));
    } else if (file == u"v1") {
        path = filePath(u"old-case.plaint"_s);
        QVERIFY(QFile::copy(QStringLiteral(PLAINT_TEST_DATA "/schema/library-v1.plaint"), path));
    } else if (file == u"own") {
        path = own;
    } else if (file == u"two-cases.plaint" || file == u"empty.plaint") {
        auto other = Library::open(path);
        QVERIFY(other);
        for (int i = file == u"empty.plaint" ? 2 : 0; i < 2; ++i) {
            Case c;
            c.title = u"Case %1"_s.arg(i);
            c.company = u"Example Shop"_s;
            QVERIFY((*other)->addCase(c));
        }
    } else if (file == u"notes.txt") {
        QFile text(path);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a database");
    } else if (file == u"other.sqlite") {
        const QString name = u"other-program"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE notes (text)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_answerYes = answer;
    QByteArray before;
    {
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        before = original.readAll();
    }

    const CaseFileActions::Opening plan = CaseFileActions::planOpening(path, own);
    QCOMPARE(plan.library, opens == u"own" ? own : QFileInfo(path).absoluteFilePath());
    QCOMPARE(!plan.offerImport.isEmpty(), offersImport);
    if (offersImport)
        QVERIFY(!plan.caseTitle.isEmpty());
    QCOMPARE(m_questions.size(), questions);
    if (message.isEmpty())
        QVERIFY2(plan.message.isEmpty(), qPrintable(plan.message));
    else
        QVERIFY2(plan.message.contains(message), qPrintable(plan.message));
    // Deciding reads the file and nothing else: it is as it was.
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

// A case file handed over is offered, not imported behind the user's back.
void TestCaseFiles::offeredImportAsksFirst()
{
    exportSourceCase();
    auto lawyer = window(u"lawyer.plaint"_s);
    QVERIFY(lawyer);
    m_answerYes = false;
    lawyer->caseFiles()->offerImport(filePath(u"handover.plaint"_s), u"宽带退订被拒"_s);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.first().contains(u"宽带退订被拒"_s));
    QVERIFY(!lawyer->caseFiles()->busy());
    QCOMPARE(lawyer->caseModel()->rowCount(), 0);

    m_answerYes = true;
    QSignalSpy finished(lawyer->caseFiles(), &CaseFileActions::finished);
    lawyer->caseFiles()->offerImport(filePath(u"handover.plaint"_s), u"宽带退订被拒"_s);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(lawyer->caseModel()->rowCount(), 1);
}

QTEST_MAIN(TestCaseFiles)
#include "tst_casefiles.moc"
