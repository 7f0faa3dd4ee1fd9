// The desktop window driven as a person would: real widgets on the offscreen
// platform, a real library file, real files dropped and pasted.

#include "caselistmodel.h"
#include "eventeditor.h"
#include "evidenceviewer.h"
#include "library.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace plaint;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    template <typename T>
    T *editorField(const QString &name) const
    {
        return m_window->editor()->findChild<T *>(name);
    }

    // Answers the next modal dialog with `answer`, once it is shown.
    void whenDialogOpens(std::function<void(QDialog *)> answer)
    {
        QTimer::singleShot(0, this, [answer] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            answer(dialog);
            // A failed check inside `answer` returns early: never leave the test waiting on the dialog.
            if (dialog->isVisible())
                dialog->reject();
        });
    }

    QString writePng(const QString &name, int width, int height, QColor colour)
    {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(colour);
        const QString path = m_dir.filePath(name);
        return image.save(path, "PNG") ? path : QString();
    }

    void dropUrls(const QList<QUrl> &urls, QPoint at)
    {
        QMimeData mime;
        mime.setUrls(urls);
        QWidget *viewport = m_window->timelineView()->viewport();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        QVERIFY(drop.isAccepted());
    }

    // Types like a keyboard would, Chinese included (QTest::keyClicks knows only ASCII).
    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar ch : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }

    int rows() const { return m_window->timelineModel()->rowCount(); }
    qint64 caseId() const { return m_window->currentCaseId(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // No question is expected here: one asked is answered "keep editing" and named.
        MessageBox::setAnswer([](const QString &text, QMessageBox::StandardButtons) {
            qWarning("Unexpected question: %s", qPrintable(text));
            return QMessageBox::Cancel;
        });
        auto library = Library::open(m_dir.filePath(u"gui.plaint"_s));
        QVERIFY(library);
        m_window = std::make_unique<MainWindow>(std::move(library).value());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void firstStartShowsWhatToDo()
    {
        QCOMPARE(m_window->caseModel()->rowCount(), 0);
        QVERIFY(!m_window->action(u"startCall"_s)->isEnabled());
        const bool buttonShown = [this] {
            for (const QPushButton *b : m_window->findChildren<QPushButton *>()) {
                if (b->isVisible() && b->text().contains(u"Start a case"_s))
                    return true;
            }
            return false;
        }();
        QVERIFY(buttonShown);
    }

    void createCase()
    {
        whenDialogOpens([](QDialog *dialog) {
            auto edits = dialog->findChildren<QLineEdit *>();
            QVERIFY(edits.size() >= 2);
            // An empty title is refused with a message, and the dialog stays.
            dialog->accept();
            QVERIFY(dialog->isVisible());
            QVERIFY(!dialog->findChild<QLabel *>(u"problem"_s)->text().isEmpty());
            type(edits.at(0), u"降档 189 元套餐到 129 元"_s);
            type(edits.at(1), u"中国移动"_s);
            dialog->accept();
        });
        m_window->action(u"newCase"_s)->trigger();
        QCOMPARE(m_window->caseModel()->rowCount(), 1);
        QVERIFY(caseId() > 0);
        auto c = m_window->library()->caseById(caseId());
        QVERIFY(c);
        QCOMPARE(c->company, u"中国移动"_s);
        QVERIFY(m_window->action(u"startCall"_s)->isEnabled());
    }

    void logCallWithTimer()
    {
        m_window->action(u"startCall"_s)->trigger();
        QCOMPARE(m_window->editor()->mode(), EventEditor::Mode::Call);
        type(editorField<QLineEdit>(u"agentCode"_s), u"23338"_s);
        type(editorField<QLineEdit>(u"reference"_s), u"GD20210418-0001"_s);
        type(editorField<QLineEdit>(u"summary"_s), u"热线说代金券已延期到5月31日"_s);
        editorField<QPlainTextEdit>(u"quotes"_s)->setPlainText(u"已经给您延期到5月31日了"_s);
        type(editorField<QLineEdit>(u"promiseText"_s), u"代金券延期到5月31日"_s);
        editorField<QCheckBox>(u"promiseHasDue"_s)->setChecked(true);
        const QDateTime due(QDate(2021, 5, 31), QTime(23, 59));
        editorField<QDateTimeEdit>(u"promiseDue"_s)->setDateTime(due);
        // On hold: the timer runs while the user waits.
        QTest::qWait(2100);
        QVERIFY(m_window->editor()->callSeconds() >= 2);
        QVERIFY(editorField<QLabel>(u"callTimer"_s)->text().startsWith(u"0:0"_s));
        QTest::mouseClick(editorField<QPushButton>(u"save"_s), Qt::LeftButton);

        QCOMPARE(rows(), 1);
        auto events = m_window->library()->timeline(caseId(), 0, -1, true);
        QVERIFY(events);
        const Event e = events->first();
        QVERIFY(e.channel == Channel::Phone);
        QCOMPARE(e.agentCode, u"23338"_s);
        QCOMPARE(e.reference, u"GD20210418-0001"_s);
        QCOMPARE(e.quotes, QStringList{u"已经给您延期到5月31日了"_s});
        QVERIFY2(e.durationSeconds >= 2 && e.durationSeconds < 30, qPrintable(QString::number(e.durationSeconds)));
        QCOMPARE(e.promises.size(), 1);
        QCOMPARE(e.promises.first().text, u"代金券延期到5月31日"_s);
        QCOMPARE(e.promises.first().due.toLocalTime(), due);
        // The saved call is shown, ready to be looked at again.
        QCOMPARE(m_window->editor()->mode(), EventEditor::Mode::Existing);
        QCOMPARE(m_window->editor()->shownEventId(), e.id);
    }

    void quickEntryForAStoreVisit()
    {
        m_window->action(u"logVisit"_s)->trigger();
        QCOMPARE(m_window->editor()->mode(), EventEditor::Mode::NewEntry);
        // Saving without a summary says what is missing and saves nothing.
        QTest::mouseClick(editorField<QPushButton>(u"save"_s), Qt::LeftButton);
        QCOMPARE(rows(), 1);
        type(editorField<QLineEdit>(u"summary"_s), u"Shop says the plan change can only be done in the app"_s);
        QTest::mouseClick(editorField<QPushButton>(u"save"_s), Qt::LeftButton);
        QCOMPARE(rows(), 2);
    }

    void dropFilesOnEmptySpaceStartsAnEvent()
    {
        const QStringList files{writePng(u"shot-1.png"_s, 1080, 2400, Qt::red), writePng(u"shot-2.png"_s, 1080, 2400, Qt::green),
                                writePng(u"shot-3.png"_s, 1080, 2400, Qt::blue)};
        QFile bill(m_dir.filePath(u"bill-2021-04.pdf"_s));
        QVERIFY(bill.open(QIODevice::WriteOnly));
        bill.write("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        bill.close();
        QList<QUrl> urls;
        for (const QString &f : files)
            urls << QUrl::fromLocalFile(f);
        urls << QUrl::fromLocalFile(bill.fileName());

        QSignalSpy stored(m_window.get(), &MainWindow::evidenceStored);
        const int before = rows();
        const QWidget *viewport = m_window->timelineView()->viewport();
        dropUrls(urls, QPoint(viewport->width() / 2, viewport->height() - 5));
        QVERIFY(stored.wait(20000));
        QCOMPARE(rows(), before + 1);
        const qint64 eventId = stored.first().first().toLongLong();
        auto attached = m_window->library()->attachments(eventId);
        QVERIFY(attached);
        QCOMPARE(attached->size(), 4);
        QCOMPARE(attached->at(3).mimeType, u"application/pdf"_s);
        QCOMPARE(attached->at(0).mimeType, u"image/png"_s);

        // Thumbnails of the three screenshots arrive from the worker threads; the PDF has none.
        const QModelIndex row = m_window->timelineModel()->index(m_window->timelineModel()->rowOfEvent(eventId));
        QCOMPARE(row.data(TimelineModel::ThumbnailCountRole).toInt(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(row.data(TimelineModel::ThumbnailsRole).value<QList<QImage>>().size(), 3, 20000);
        const QImage thumb = row.data(TimelineModel::ThumbnailsRole).value<QList<QImage>>().first();
        QCOMPARE(thumb.height(), 96);
        QCOMPARE(thumb.pixelColor(10, 10), QColor(Qt::red));
    }

    // Storing and thumbnailing happen off the UI thread: the event loop keeps
    // turning while large screenshots are dropped. (The 50 ms target for 100
    // screenshots is measured by the benchmark, not asserted here.)
    void droppingLargeScreenshotsKeepsTheWindowResponsive()
    {
        QList<QUrl> urls;
        for (int i = 0; i < 12; ++i) {
            QImage image(1080, 2400, QImage::Format_RGB32);
            for (int y = 0; y < image.height(); ++y) {
                auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
                for (int x = 0; x < image.width(); ++x)
                    line[x] = qRgb((x * 7 + i * 13) & 0xff, (y * 3) & 0xff, ((x ^ y) + i) & 0xff);
            }
            const QString path = m_dir.filePath(u"large-%1.png"_s.arg(i));
            QVERIFY(image.save(path, "PNG"));
            urls << QUrl::fromLocalFile(path);
        }
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longest = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            longest = qMax(longest, now - last);
            last = now;
        });
        QSignalSpy stored(m_window.get(), &MainWindow::evidenceStored);
        clock.start();
        ticker.start();
        const QWidget *viewport = m_window->timelineView()->viewport();
        dropUrls(urls, QPoint(viewport->width() / 2, viewport->height() - 5));
        QVERIFY(stored.wait(60000));
        const int row = m_window->timelineModel()->rowOfEvent(stored.first().first().toLongLong());
        m_window->timelineView()->scrollTo(m_window->timelineModel()->index(row));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->timelineModel()->index(row).data(TimelineModel::ThumbnailsRole).value<QList<QImage>>().size() >= 6,
            60000);
        ticker.stop();
        qInfo("Longest stall of the event loop while 12 large screenshots were stored and thumbnailed: %lld ms", longest);
        QVERIFY2(longest < 2000, qPrintable(QString::number(longest)));
        // Leave the timeline as the later tests expect it: that event goes away again.
        m_window->action(u"undo"_s)->trigger();
    }

    void dropFileOnAnEventAttachesToIt()
    {
        const QString photo = writePng(u"receipt.png"_s, 800, 600, Qt::yellow);
        QSignalSpy stored(m_window.get(), &MainWindow::evidenceStored);
        const QModelIndex first = m_window->timelineModel()->index(0);
        const qint64 firstId = first.data(TimelineModel::EventIdRole).toLongLong();
        const int before = rows();
        const QRect rect = m_window->timelineView()->visualRect(first);
        dropUrls({QUrl::fromLocalFile(photo)}, rect.center());
        QVERIFY(stored.wait(20000));
        QCOMPARE(stored.first().first().toLongLong(), firstId);
        QCOMPARE(rows(), before);
        auto attached = m_window->library()->attachments(firstId);
        QVERIFY(attached);
        QCOMPARE(attached->size(), 1);
        QCOMPARE(attached->first().fileName, u"receipt.png"_s);
    }

    void evidenceViewerShowsTheImageAndItsHash()
    {
        const qint64 firstId = m_window->timelineModel()->index(0).data(TimelineModel::EventIdRole).toLongLong();
        m_window->selectEvent(firstId);
        auto *list = editorField<QListWidget>(u"attachments"_s);
        QCOMPARE(list->count(), 1);
        const Attachment receipt = m_window->library()->attachments(firstId)->first();
        whenDialogOpens([receipt](QDialog *dialog) {
            auto *viewer = qobject_cast<EvidenceViewer *>(dialog);
            QVERIFY(viewer);
            // Read out of the library off the window's thread.
            QTRY_VERIFY(!viewer->isLoading());
            QVERIFY(viewer->showsImage());
            QCOMPARE(viewer->findChild<QLabel *>(u"sha256"_s)->text(), receipt.sha256);
            const double fitted = viewer->zoom();
            QVERIFY(fitted > 0 && fitted <= 1.0);
            viewer->findChild<QPushButton *>(u"zoomIn"_s)->click();
            QVERIFY(qAbs(viewer->zoom() - fitted * 1.25) < 1e-9);
            viewer->findChild<QPushButton *>(u"actualSize"_s)->click();
            QCOMPARE(viewer->findChild<QLabel *>(u"picture"_s)->size(), QSize(800, 600));
            dialog->reject();
        });
        Q_EMIT list->itemActivated(list->item(0));
    }

    void pasteScreenshot()
    {
        QImage shot(400, 300, QImage::Format_RGB32);
        shot.fill(QColor(0x33, 0x66, 0x99));
        QApplication::clipboard()->setImage(shot);
        if (!QApplication::clipboard()->mimeData() || !QApplication::clipboard()->mimeData()->hasImage())
            QSKIP("This platform has no clipboard to paste from.");
        m_window->editor()->showEmpty();
        QSignalSpy stored(m_window.get(), &MainWindow::evidenceStored);
        const int before = rows();
        m_window->action(u"paste"_s)->trigger();
        QVERIFY(stored.wait(20000));
        QCOMPARE(rows(), before + 1);
        auto attached = m_window->library()->attachments(stored.first().first().toLongLong());
        QVERIFY(attached);
        QCOMPARE(attached->size(), 1);
        QCOMPARE(attached->first().mimeType, u"image/png"_s);
        QVERIFY(attached->first().fileName.startsWith(u"screenshot-"_s));
    }

    void undoAndRedo()
    {
        const int before = rows();
        QUndoStack *undo = m_window->undoStack();
        QVERIFY(undo->canUndo());
        // The last action was the pasted screenshot: undo moves its event to the trash.
        m_window->action(u"undo"_s)->trigger();
        QCOMPARE(rows(), before - 1);
        m_window->action(u"redo"_s)->trigger();
        QCOMPARE(rows(), before);

        // An edit is undone by a new version holding the old words; both versions are kept.
        const QModelIndex first = m_window->timelineModel()->index(0);
        m_window->timelineView()->setCurrentIndex(first);
        QCOMPARE(m_window->editor()->mode(), EventEditor::Mode::Existing);
        QLineEdit *summary = editorField<QLineEdit>(u"summary"_s);
        const QString original = summary->text();
        summary->setText(u"A mistake typed in a hurry"_s);
        QTest::mouseClick(editorField<QPushButton>(u"save"_s), Qt::LeftButton);
        const qint64 id = first.data(TimelineModel::EventIdRole).toLongLong();
        QCOMPARE(m_window->library()->eventById(id)->summary, u"A mistake typed in a hurry"_s);
        m_window->action(u"undo"_s)->trigger();
        QCOMPARE(m_window->library()->eventById(id)->summary, original);
        QCOMPARE(m_window->library()->revisions(u"event"_s, id)->size(), 2);

        // The editor says the event was edited, and shows every version on request.
        m_window->selectEvent(id);
        auto *edited = editorField<QLabel>(u"edited"_s);
        QVERIFY(edited->isVisible());
        QVERIFY(edited->text().contains(u"version 3"_s));
        whenDialogOpens([&original](QDialog *dialog) {
            auto *versions = dialog->findChild<QTreeWidget *>();
            QVERIFY(versions);
            QCOMPARE(versions->topLevelItemCount(), 3);
            QCOMPARE(versions->topLevelItem(0)->text(3), original);
            QCOMPARE(versions->topLevelItem(1)->text(3), u"A mistake typed in a hurry"_s);
            QCOMPARE(versions->topLevelItem(2)->text(3), original);
            dialog->reject();
        });
        Q_EMIT edited->linkActivated(u"#history"_s);
    }

    void searchAsYouType()
    {
        QLineEdit *search = m_window->searchField();
        type(search, u"延期"_s);
        QTRY_COMPARE(rows(), 1);
        search->clear();
        type(search, u"app"_s);
        QTRY_COMPARE(rows(), 1);
        search->clear();
        type(search, u"0418"_s);
        QTRY_COMPARE(rows(), 1);
        search->clear();
        QTRY_VERIFY(rows() >= 4);
    }

    void filterByChannelAgentAndPromise()
    {
        const int all = rows();
        QComboBox *channel = m_window->channelFilter();
        channel->setCurrentIndex(channel->findData(int(Channel::Phone)));
        QCOMPARE(rows(), 1);
        channel->setCurrentIndex(channel->findData(int(Channel::Store)));
        QCOMPARE(rows(), 1);
        channel->setCurrentIndex(0);
        QCOMPARE(rows(), all);
        QComboBox *agent = m_window->agentFilter();
        QVERIFY(agent->findData(u"23338"_s) > 0);
        agent->setCurrentIndex(agent->findData(u"23338"_s));
        QCOMPARE(rows(), 1);
        agent->setCurrentIndex(0);
        m_window->promiseFilter()->setChecked(true);
        QCOMPARE(rows(), 1);
        m_window->promiseFilter()->setChecked(false);
        QCOMPARE(rows(), all);
    }

    void trashAndRestore()
    {
        const int before = rows();
        const QModelIndex first = m_window->timelineModel()->index(0);
        const qint64 id = first.data(TimelineModel::EventIdRole).toLongLong();
        m_window->timelineView()->setCurrentIndex(first);
        QTest::mouseClick(editorField<QPushButton>(u"trash"_s), Qt::LeftButton);
        QCOMPARE(rows(), before - 1);
        QVERIFY(m_window->library()->eventById(id)->trashed);

        whenDialogOpens([id](QDialog *dialog) {
            auto *list = dialog->findChild<QListWidget *>(u"trashedEvents"_s);
            QVERIFY(list);
            // The large screenshots' event, undone earlier, waits here too.
            QCOMPARE(list->count(), 2);
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->data(Qt::UserRole).toLongLong() == id)
                    list->setCurrentRow(i);
            }
            QCOMPARE(list->currentItem()->data(Qt::UserRole).toLongLong(), id);
            for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
                if (b->text().contains(u"Restore"_s))
                    b->click();
            }
            dialog->reject();
        });
        m_window->action(u"showTrash"_s)->trigger();
        QCOMPARE(rows(), before);
        QVERIFY(!m_window->library()->eventById(id)->trashed);
    }

    void promiseSettledFromTheEditor()
    {
        m_window->selectEvent(m_window->library()->timeline(caseId(), 0, 1)->first().id);
        auto *promises = editorField<QListWidget>(u"promises"_s);
        QCOMPARE(promises->count(), 1);
        promises->setCurrentRow(0);
        QTest::mouseClick(editorField<QPushButton>(u"broken"_s), Qt::LeftButton);
        auto list = m_window->library()->promisesForCase(caseId());
        QVERIFY(list->first().status == PromiseStatus::Broken);
        m_window->action(u"undo"_s)->trigger();
        QVERIFY(m_window->library()->promisesForCase(caseId())->first().status == PromiseStatus::Pending);
    }

    void demoCaseTellsAWholeStory()
    {
        const int casesBefore = m_window->caseModel()->rowCount();
        m_window->action(u"openDemo"_s)->trigger();
        QCOMPARE(m_window->caseModel()->rowCount(), casesBefore + 1);
        const qint64 demo = caseId();
        auto c = m_window->library()->caseById(demo);
        QVERIFY(c);
        QVERIFY(c->title.contains(u"Demo"_s));
        auto events = m_window->library()->timeline(demo, 0, -1, true);
        QVERIFY(events);
        QCOMPARE(rows(), int(events->size()));
        QSet<Channel> channels;
        int broken = 0, overdue = 0, screenshots = 0;
        QStringList agents, references;
        for (const Event &e : *events) {
            channels.insert(e.channel);
            if (!e.agentCode.isEmpty())
                agents << e.agentCode;
            if (!e.reference.isEmpty())
                references << e.reference;
            for (const Promise &p : e.promises) {
                broken += p.status == PromiseStatus::Broken;
                overdue += p.isOverdue(QDateTime::currentDateTimeUtc());
            }
            for (const Attachment &a : e.attachments)
                screenshots += a.mimeType == u"image/png";
        }
        // Bounced between the app, the shop and the hotline.
        QVERIFY(channels.contains(Channel::App) && channels.contains(Channel::Store) && channels.contains(Channel::Phone));
        QVERIFY(agents.contains(u"23338"_s));
        QVERIFY(references.contains(u"GD20210406-0117"_s));
        QCOMPARE(broken, 1);
        QCOMPARE(overdue, 1);
        QCOMPARE(screenshots, 1);
        QVERIFY(m_window->caseModel()->index(m_window->caseModel()->rowOfCase(demo)).data().toString().contains(u"overdue"_s));
        // Undo takes the demo away again (to the trash).
        m_window->action(u"undo"_s)->trigger();
        QCOMPARE(m_window->caseModel()->rowCount(), casesBefore);
        m_window->action(u"redo"_s)->trigger();
        QCOMPARE(m_window->caseModel()->rowCount(), casesBefore + 1);
    }

    // Editing keeps the clock the user was on: a Beijing call stays at 10:05 +08:00
    // whatever this computer's time zone.
    void editingKeepsTheEventsOwnClock()
    {
        const qint64 demo = caseId();
        auto events = m_window->library()->timeline(demo, 0, -1, false);
        QVERIFY(events);
        const Event call = *std::find_if(events->cbegin(), events->cend(),
                                         [](const Event &e) { return e.agentCode == u"23338"; });
        m_window->selectEvent(call.id);
        QCOMPARE(m_window->editor()->shownEventId(), call.id);
        QCOMPARE(editorField<QDateTimeEdit>(u"when"_s)->dateTime().time(), QTime(10, 5));
        editorField<QLineEdit>(u"outcome"_s)->setText(u"Complaint logged; no answer"_s);
        QTest::mouseClick(editorField<QPushButton>(u"save"_s), Qt::LeftButton);
        auto edited = m_window->library()->eventById(call.id, false);
        QVERIFY(edited);
        QCOMPARE(edited->outcome, u"Complaint logged; no answer"_s);
        QCOMPARE(edited->occurred, call.occurred);
        QCOMPARE(edited->occurred.offsetFromUtc(), 8 * 3600);
        QCOMPARE(edited->durationSeconds, call.durationSeconds);
    }

    void everythingIsInTheJournal()
    {
        const Library::Check check = m_window->library()->verify(true);
        QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
