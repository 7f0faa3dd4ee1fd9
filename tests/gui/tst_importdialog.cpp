// File → Import messages and calls…, driven as a person would on the
// offscreen platform (without a translator, so counts read "5 message(s)"):
// the real dialog over a real library, the sample
// backup imported, a large import stopped half-way (nothing left behind), a
// chat pasted from the clipboard, a photo dropped and dated when it was taken.

#include "importdialog.h"
#include "library.h"
#include "mainwindow.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace plaint;

namespace {

const QString kData = QStringLiteral(PLAINT_TEST_DATA "/import");

QStringList rowsOf(const QTreeWidgetItem *group)
{
    QStringList out;
    for (int i = 0; i < group->childCount(); ++i)
        out << group->child(i)->text(0) + u" | "_s + group->child(i)->text(1);
    return out;
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    qint64 caseId() const { return m_window->currentCaseId(); }
    int events() const { return *m_window->library()->eventCount(caseId()); }
    QString fingerprint() const
    {
        const Library::Check check = m_window->library()->verify(false);
        return u"%1 events, %2 journal entries, head %3, %4"_s.arg(events())
            .arg(check.journalEntries)
            .arg(check.journalHead, check.ok ? u"ok"_s : check.problems.join(u"; "_s));
    }
    static QTreeWidgetItem *group(ImportDialog *dialog, const QString &startsWith)
    {
        QTreeWidget *tree = dialog->previewTree();
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(0).startsWith(startsWith))
                return tree->topLevelItem(i);
        }
        return nullptr;
    }
    // The import dialog the window has open (closed ones may wait to be deleted).
    ImportDialog *openDialog() const
    {
        for (ImportDialog *d : m_window->findChildren<ImportDialog *>()) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }
    static void click(QPushButton *button)
    {
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto library = Library::open(m_dir.filePath(u"gui.plaint"_s));
        QVERIFY(library);
        m_window = std::make_unique<MainWindow>(std::move(library).value());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        Case c;
        c.title = u"宽带退订"_s;
        c.company = u"中国移动"_s;
        c.jurisdiction = Jurisdiction::CN;
        QVERIFY(m_window->addCase(c));
        QVERIFY(caseId() > 0);
    }

    void cleanup()
    {
        // A failed check leaves its dialog open: close it, so the next test starts clean.
        while (ImportDialog *d = openDialog()) {
            d->reject();
            QTRY_VERIFY_WITH_TIMEOUT(!d->isVisible(), 60000);
        }
    }

    void theMenusOfferIt()
    {
        QAction *import = m_window->action(u"importMessages"_s);
        QVERIFY(import);
        QVERIFY(import->isEnabled());
        QVERIFY(m_window->action(u"pasteAsEvents"_s)->isEnabled());
        bool inFileMenu = false;
        for (QAction *menu : m_window->menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(import))
                inFileMenu = menu->text() == u"&File"_s;
        }
        QVERIFY(inFileMenu);
    }

    void importTheSampleBackup()
    {
        const int before = events();
        ImportDialog *dialog = m_window->importMessages();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->setFiles({kData + u"/sms-sample.xml"_s});
        QVERIFY(dialog->kind() == ImportJob::Kind::Sms); // told from the file
        // The numbers the backup holds, with their counts, most first.
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ImportDialog::State::Editing, 30000);
        QListWidget *numbers = dialog->numberList();
        QCOMPARE(numbers->count(), 2);
        QCOMPARE(numbers->item(0)->text(), u"10086 — 5 message(s)"_s);
        QCOMPARE(numbers->item(1)->text(), u"13800138000 (Friend) — 1 message(s)"_s);
        QVERIFY(!dialog->importButton()->isEnabled()); // no import without a preview

        // Nothing ticked: the dialog asks for the company's numbers.
        click(dialog->previewButton());
        QVERIFY(dialog->statusLabel()->text().contains(u"Tick the company's numbers"_s));
        numbers->item(0)->setCheckState(Qt::Checked);
        click(dialog->previewButton());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ImportDialog::State::Previewed, 30000);
        QCOMPARE(events(), before); // a preview writes nothing
        QTreeWidgetItem *added = group(dialog, u"Will be added"_s);
        QVERIFY(added);
        QCOMPARE(added->text(0), u"Will be added (4)"_s);
        QCOMPARE(added->childCount(), 4);
        QVERIFY(added->child(3)->text(0).contains(u"MMS from 10086: 您的账单截图，工号23338"_s));
        QCOMPARE(added->child(3)->text(1), u"1 piece(s) of evidence"_s);
        QTreeWidgetItem *skipped = group(dialog, u"Skipped"_s);
        QVERIFY(skipped);
        QCOMPARE(skipped->text(0), u"Skipped (2)"_s);
        QVERIFY2(rowsOf(skipped).join(u'\n').contains(u"draft"_s), qPrintable(rowsOf(skipped).join(u'\n')));
        QVERIFY2(rowsOf(skipped).join(u'\n').contains(u"not from or to the numbers asked for"_s),
                 qPrintable(rowsOf(skipped).join(u'\n')));

        // Import: off the window's thread, then a summary, and the timeline shows them.
        QSignalSpy imported(dialog, &ImportDialog::imported);
        click(dialog->importButton());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ImportDialog::State::Done, 30000);
        QCOMPARE(imported.size(), 1);
        QVERIFY2(dialog->statusLabel()->text().startsWith(u"4 event(s) added; 1 piece(s) of evidence; 2 skipped."_s),
                 qPrintable(dialog->statusLabel()->text()));
        QCOMPARE(events(), before + 4);
        QTRY_COMPARE(m_window->timelineModel()->rowCount(), before + 4);
        QVERIFY(m_window->library()->verify().ok);

        // Again: everything is already there, and there is nothing to import.
        click(dialog->previewButton());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ImportDialog::State::Previewed, 30000);
        QCOMPARE(group(dialog, u"Will be added"_s)->text(0), u"Will be added (0)"_s);
        QCOMPARE(group(dialog, u"Already in the case"_s)->text(0), u"Already in the case (4)"_s);
        QVERIFY(!dialog->importButton()->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!dialog->isVisible());
    }

    void stopHalfWayLeavesNoTrace()
    {
        // 40,000 messages: long enough to press Stop while it runs.
        const QString path = m_dir.filePath(u"large.xml"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"40000\">\n");
            for (int i = 0; i < 40000; ++i)
                file.write("  <sms protocol=\"0\" address=\"10010\" date=\"" + QByteArray::number(1600000000000LL + qint64(i) * 60000)
                           + "\" type=\"1\" body=\"尊敬的客户，您的第" + QByteArray::number(i)
                           + "号业务已受理，客服工号10010将在48小时内处理。\" />\n");
            file.write("</smses>\n");
        }
        ImportDialog *dialog = m_window->importMessages();
        QVERIFY(dialog);
        dialog->setFiles({path});
        QTRY_COMPARE_WITH_TIMEOUT(dialog->numberList()->count(), 1, 60000);
        QCOMPARE(dialog->numberList()->item(0)->text(), u"10010 — 40000 message(s)"_s);
        dialog->numberList()->item(0)->setCheckState(Qt::Checked);
        click(dialog->previewButton());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ImportDialog::State::Previewed, 120000);
        QCOMPARE(group(dialog, u"Will be added"_s)->text(0), u"Will be added (40000)"_s);
        QVERIFY(group(dialog, u"Will be added"_s)->child(300)->text(0).contains(u"39700 more"_s));

        const QString before = fingerprint();
        click(dialog->importButton());
        QCOMPARE(dialog->state(), ImportDialog::State::Importing);
        QVERIFY(dialog->cancelButton()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->progressBar()->value() > 0, 60000);
        QVERIFY(dialog->state() == ImportDialog::State::Importing); // still running: Stop lands half-way
        click(dialog->cancelButton());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ImportDialog::State::Previewed, 60000);
        QVERIFY2(dialog->statusLabel()->text().contains(u"nothing was added"_s), qPrintable(dialog->statusLabel()->text()));
        QCOMPARE(fingerprint(), before);
        QVERIFY(m_window->library()->verify().ok);
        dialog->reject();
    }

    void pasteAChat()
    {
        // A WeChat copy: a date and a time inside the words must not split the message.
        const QString chat = u"客服小王 2021-03-18 10:15:23\n"
                             "您好，您的套餐将于2021-05-31 23:59前到期，工号23338为您服务。\n"
                             "10:30前会有专员联系您。\n"
                             "我 2021-03-18 10:16:02\n"
                             "好的，请尽快\n"
                             "昨天 09:00 客服小王: 已为您登记"_s;
        QApplication::clipboard()->setText(chat);
        m_window->timelineView()->setFocus();
        const int before = events();
        m_window->action(u"paste"_s)->trigger();
        ImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog()) != nullptr);
        QVERIFY(dialog->kind() == ImportJob::Kind::Text);
        QCOMPARE(dialog->pastedText()->toPlainText(), chat);
        QCOMPARE(dialog->copiedOn()->date(), QDate::currentDate());
        dialog->copiedOn()->setDate(QDate(2021, 3, 20)); // copied two days later: 昨天 is 19 March
        click(dialog->previewButton());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ImportDialog::State::Previewed, 30000);
        QTreeWidgetItem *added = group(dialog, u"Will be added"_s);
        QCOMPARE(added->text(0), u"Will be added (3)"_s);
        QVERIFY(added->child(0)->text(0).contains(u"客服小王: 您好，您的套餐将于2021-05-31 23:59前到期"_s));
        QVERIFY(added->child(1)->text(0).contains(u"我: 好的，请尽快"_s));
        QVERIFY(added->child(2)->text(0).contains(u"客服小王: 已为您登记"_s));
        click(dialog->importButton());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ImportDialog::State::Done, 30000);
        QCOMPARE(events(), before + 3);
        auto ids = m_window->library()->search(caseId(), u"专员联系"_s);
        QVERIFY(ids && ids->size() == 1);
        const Event first = *m_window->library()->eventById(ids->first());
        QCOMPARE(first.occurred, QDateTime(QDate(2021, 3, 18), QTime(10, 15, 23), Qt::UTC));
        QCOMPARE(first.agentCode, u"23338"_s);
        QVERIFY(first.direction == Direction::Incoming);
        QCOMPARE(first.quotes.value(0), u"您好，您的套餐将于2021-05-31 23:59前到期，工号23338为您服务。\n10:30前会有专员联系您。"_s);
        ids = m_window->library()->search(caseId(), u"已为您登记"_s);
        QVERIFY(ids && ids->size() == 1);
        QCOMPARE(m_window->library()->eventById(ids->first())->occurred, QDateTime(QDate(2021, 3, 19), QTime(9, 0), Qt::UTC));
        dialog->reject();
        QTRY_VERIFY(m_window->findChild<ImportDialog *>() == nullptr); // closed and gone
    }

    void pasteAsEventsFromTheEditMenu()
    {
        QApplication::clipboard()->setText(u"2021-03-19 09:00 10086: 您的工单已办结"_s);
        m_window->action(u"pasteAsEvents"_s)->trigger();
        ImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog()) != nullptr);
        QCOMPARE(dialog->pastedText()->toPlainText(), u"2021-03-19 09:00 10086: 您的工单已办结"_s);
        // Text that cannot be dated is said before anything is written.
        const QString before = fingerprint();
        dialog->pastedText()->setPlainText(u"10:25 客服: 已受理"_s);
        QCOMPARE(dialog->state(), ImportDialog::State::Editing);
        click(dialog->previewButton());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->statusLabel()->text().contains(u"could be dated"_s), 30000);
        QCOMPARE(dialog->state(), ImportDialog::State::Editing);
        QVERIFY(!dialog->importButton()->isEnabled());
        QCOMPARE(fingerprint(), before);
        dialog->reject();
        QTRY_VERIFY(m_window->findChild<ImportDialog *>() == nullptr);
    }

    void droppedPhotoIsDatedWhenTaken_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QString>("source");
        // The sample's EXIF says 2021:03:18 10:15:23 with OffsetTimeOriginal +08:00.
        QTest::newRow("EXIF") << u"photo.jpg"_s << QDateTime(QDate(2021, 3, 18), QTime(10, 15, 23), Qt::OffsetFromUTC, 8 * 3600)
                              << u"time from the picture's EXIF data"_s;
        QTest::newRow("file name") << u"Screenshot_20210319-083000.png"_s
                                   << QDateTime(QDate(2021, 3, 19), QTime(8, 30), Qt::UTC) << u"time from the file's name"_s;
    }

    void droppedPhotoIsDatedWhenTaken()
    {
        QFETCH(QString, name);
        QFETCH(QDateTime, when);
        QFETCH(QString, source);
        const QString path = m_dir.filePath(name);
        if (name.endsWith(u".jpg"_s)) {
            QVERIFY(QFile::copy(kData + u"/IMG_20210318_101523.jpg"_s, path));
        } else {
            QImage image(40, 80, QImage::Format_RGB32);
            image.fill(Qt::darkCyan);
            QVERIFY(image.save(path, "PNG"));
        }
        QSignalSpy stored(m_window.get(), &MainWindow::evidenceStored);
        m_window->attachFilesTo(-1, {path});
        QVERIFY(stored.wait(20000));
        const Event e = *m_window->library()->eventById(stored.first().first().toLongLong());
        QCOMPARE(e.occurred, when);
        QCOMPARE(e.occurred.offsetFromUtc(), when.offsetFromUtc());
        QVERIFY2(e.summary.contains(source), qPrintable(e.summary));
        QVERIFY(e.summary.contains(name));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
