#include "casefileactions.h"
#include "caselistmodel.h"
#include "library.h"
#include "mainwindow.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
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

private:
    std::unique_ptr<MainWindow> window(const QString &libraryName);
    QString filePath(const QString &name) const { return m_dir->filePath(name); }
    void exportSourceCase();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_answer;
    QStringList m_questions;
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
}

void TestCaseFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_questions.clear();
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

QTEST_MAIN(TestCaseFiles)
#include "tst_casefiles.moc"
