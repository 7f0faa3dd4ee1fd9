// Nothing typed is lost: a call being logged, or any new entry, survives a
// click on another event or case, a drop, a paste, Ctrl+T, Cancel and
// closing the window, which ask Save / Discard / Keep editing; evidence
// dropped or pasted meanwhile is stored with the entry; closing waits for
// evidence still being stored. Real widgets, a real library, real files.

#include "caselistmodel.h"
#include "eventeditor.h"
#include "library.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint;

class TestEntrySafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_caseA = 0;
    qint64 m_caseB = 0;
    QStringList m_asked;                                 // every question the window asked
    QMessageBox::StandardButton m_answer = QMessageBox::Cancel; // and what the user answers

    template <typename T>
    T *editorField(const QString &name) const
    {
        return m_window->editor()->findChild<T *>(name);
    }

    EventEditor *editor() const { return m_window->editor(); }
    int rows() const { return m_window->timelineModel()->rowCount(); }
    int stored(qint64 caseId) const { return int(m_window->library()->timeline(caseId)->size()); }

    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar ch : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }

    // A click on a timeline row, as a person makes it.
    void clickRow(int row)
    {
        TimelineView *view = m_window->timelineView();
        const QModelIndex index = m_window->timelineModel()->index(row);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    void clickCase(qint64 caseId)
    {
        QListView *view = m_window->caseView();
        const QModelIndex index = m_window->caseModel()->index(m_window->caseModel()->rowOfCase(caseId));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    QString writePng(const QString &name, int width, int height, QColor colour)
    {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(colour);
        const QString path = m_dir.filePath(name);
        return image.save(path, "PNG") ? path : QString();
    }

    // A phone screenshot of real size: noise compresses badly, as photos and text do.
    QString writeLargePng(const QString &name, int seed)
    {
        QImage image(1080, 2400, QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x)
                line[x] = qRgb((x * 7 + seed * 13) & 0xff, (y * 3 + x) & 0xff, ((x ^ y) * seed) & 0xff);
        }
        const QString path = m_dir.filePath(name);
        return image.save(path, "PNG") ? path : QString();
    }

    void dropOn(const QList<QUrl> &urls, QPoint at)
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

    QPoint onRow(int row) const
    {
        return m_window->timelineView()->visualRect(m_window->timelineModel()->index(row)).center();
    }

    void openWindow()
    {
        auto library = Library::open(m_dir.filePath(u"safety.plaint"_s));
        QVERIFY(library);
        m_window = std::make_unique<MainWindow>(std::move(library).value());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        MessageBox::setAnswer([this](const QString &text, QMessageBox::StandardButtons) {
            m_asked << text;
            return m_answer;
        });
        {
            auto library = Library::open(m_dir.filePath(u"safety.plaint"_s));
            QVERIFY(library);
            for (const QString &company : {u"中国移动"_s, u"Example Bank"_s}) {
                Case c;
                c.title = company + u" dispute"_s;
                c.company = company;
                const qint64 id = library.value()->addCase(c).value();
                (m_caseA ? m_caseB : m_caseA) = id;
                for (int i = 0; i < 3; ++i) {
                    Event e;
                    e.caseId = id;
                    e.occurred = QDateTime(QDate(2026, 3, 2 + i), QTime(10, 0), Qt::OffsetFromUTC, 8 * 3600);
                    e.channel = Channel::Phone;
                    e.summary = u"Earlier call %1"_s.arg(i + 1);
                    QVERIFY(library.value()->addEvent(e));
                }
            }
        }
        openWindow();
    }

    void init()
    {
        m_asked.clear();
        m_answer = QMessageBox::Cancel;
        m_window->selectCase(m_caseA);
        QCOMPARE(m_window->currentCaseId(), m_caseA);
        m_window->timelineView()->setCurrentIndex(QModelIndex());
        QCOMPARE(editor()->mode(), EventEditor::Mode::Empty);
    }

    void clickingAnotherEventDuringACallKeepsIt()
    {
        m_window->action(u"startCall"_s)->trigger();
        QCOMPARE(editor()->mode(), EventEditor::Mode::Call);
        type(editorField<QLineEdit>(u"agentCode"_s), u"23338"_s);
        QTest::qWait(1100);

        // Keep editing: the call, what was typed and the running clock all stay.
        m_answer = QMessageBox::Cancel;
        clickRow(1);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.first().contains(u"logging a call"_s), qPrintable(m_asked.first()));
        QCOMPARE(editor()->mode(), EventEditor::Mode::Call);
        QCOMPARE(editorField<QLineEdit>(u"agentCode"_s)->text(), u"23338"_s);
        QVERIFY(!m_window->timelineView()->currentIndex().isValid());
        const qint64 before = editor()->callSeconds();
        QVERIFY(before >= 1);
        QTRY_VERIFY(editor()->callSeconds() > before);

        // Save: the call is stored with its length, then the event clicked is shown.
        m_answer = QMessageBox::Save;
        const int storedBefore = stored(m_caseA);
        const qint64 clicked = m_window->timelineModel()->index(1).data(TimelineModel::EventIdRole).toLongLong();
        clickRow(1);
        QCOMPARE(m_asked.size(), 2);
        QCOMPARE(stored(m_caseA), storedBefore + 1);
        QCOMPARE(editor()->mode(), EventEditor::Mode::Existing);
        QCOMPARE(editor()->shownEventId(), clicked);
        const auto calls = m_window->library()->timeline(m_caseA);
        const Event call = *std::find_if(calls->cbegin(), calls->cend(), [](const Event &e) { return e.agentCode == u"23338"; });
        QVERIFY(call.durationSeconds >= 2);
        QVERIFY(call.channel == Channel::Phone);
    }

    void discardedCallIsNotStored()
    {
        m_window->action(u"startCall"_s)->trigger();
        type(editorField<QLineEdit>(u"summary"_s), u"Hung up on"_s);
        m_answer = QMessageBox::Discard;
        const int before = stored(m_caseA);
        clickRow(0);
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(stored(m_caseA), before);
        QCOMPARE(editor()->mode(), EventEditor::Mode::Existing);
    }

    void untouchedNewEntryGoesQuietly()
    {
        m_window->action(u"logVisit"_s)->trigger();
        QCOMPARE(editor()->mode(), EventEditor::Mode::NewEntry);
        clickRow(0);
        QVERIFY(m_asked.isEmpty());
        QCOMPARE(editor()->mode(), EventEditor::Mode::Existing);
        // Nor does one stay behind when another case is chosen: it belonged to this case.
        m_window->action(u"logNote"_s)->trigger();
        clickCase(m_caseB);
        QVERIFY(m_asked.isEmpty());
        QCOMPARE(m_window->currentCaseId(), m_caseB);
        QCOMPARE(editor()->mode(), EventEditor::Mode::Empty);
    }

    void editsOfAnEventAreNotLostEither()
    {
        clickRow(0);
        const qint64 id = editor()->shownEventId();
        auto *summary = editorField<QLineEdit>(u"summary"_s);
        summary->selectAll();
        type(summary, u"Earlier call, and they said no"_s);
        m_answer = QMessageBox::Cancel;
        clickRow(2);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.first().contains(u"changes"_s), qPrintable(m_asked.first()));
        QCOMPARE(editor()->shownEventId(), id);
        QCOMPARE(summary->text(), u"Earlier call, and they said no"_s);
        m_answer = QMessageBox::Save;
        clickRow(2);
        QCOMPARE(m_window->library()->eventById(id)->summary, u"Earlier call, and they said no"_s);
        QVERIFY(editor()->shownEventId() != id);
    }

    void switchingCaseDuringACallAsks()
    {
        m_window->action(u"startCall"_s)->trigger();
        type(editorField<QLineEdit>(u"agentCode"_s), u"10492"_s);
        m_answer = QMessageBox::Cancel;
        clickCase(m_caseB);
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_window->currentCaseId(), m_caseA);
        QCOMPARE(editor()->mode(), EventEditor::Mode::Call);
        QCOMPARE(editorField<QLineEdit>(u"agentCode"_s)->text(), u"10492"_s);

        m_answer = QMessageBox::Discard;
        clickCase(m_caseB);
        QCOMPARE(m_asked.size(), 2);
        QCOMPARE(m_window->currentCaseId(), m_caseB);
        QCOMPARE(m_window->timelineModel()->caseId(), m_caseB);
        QCOMPARE(editor()->mode(), EventEditor::Mode::Empty);
    }

    void startingAnotherCallOrCancellingAsks()
    {
        m_window->action(u"startCall"_s)->trigger();
        type(editorField<QLineEdit>(u"agentCode"_s), u"4471"_s);
        QTest::qWait(1100);
        m_answer = QMessageBox::Cancel;
        m_window->action(u"startCall"_s)->trigger();
        QCOMPARE(m_asked.size(), 1);
        // The same call: its clock was not started again.
        QVERIFY(editor()->callSeconds() >= 1);
        QCOMPARE(editorField<QLineEdit>(u"agentCode"_s)->text(), u"4471"_s);

        m_window->action(u"logNote"_s)->trigger();
        QCOMPARE(m_asked.size(), 2);
        QCOMPARE(editor()->mode(), EventEditor::Mode::Call);

        QTest::mouseClick(editorField<QPushButton>(u"cancel"_s), Qt::LeftButton);
        QCOMPARE(m_asked.size(), 3);
        QCOMPARE(editor()->mode(), EventEditor::Mode::Call);
        m_answer = QMessageBox::Discard;
        const int before = stored(m_caseA);
        QTest::mouseClick(editorField<QPushButton>(u"cancel"_s), Qt::LeftButton);
        QCOMPARE(editor()->mode(), EventEditor::Mode::Empty);
        QCOMPARE(stored(m_caseA), before);
    }

    // Dropped and pasted during the call, onto the timeline (even onto another
    // event): kept with the call, stored with it in one transaction.
    void evidenceDuringACallGoesWithTheCall()
    {
        m_window->action(u"startCall"_s)->trigger();
        type(editorField<QLineEdit>(u"agentCode"_s), u"23338"_s);
        const int rowsBefore = rows();
        const int storedBefore = stored(m_caseA);
        const QString shot = writePng(u"app-error.png"_s, 640, 1280, Qt::red);
        const QString bill = writePng(u"bill-photo.png"_s, 800, 600, Qt::blue);
        dropOn({QUrl::fromLocalFile(shot)}, onRow(1));
        dropOn({QUrl::fromLocalFile(bill)}, QPoint(10, m_window->timelineView()->viewport()->height() - 3));
        QCOMPARE(editor()->mode(), EventEditor::Mode::Call);
        QCOMPARE(editorField<QLineEdit>(u"agentCode"_s)->text(), u"23338"_s);
        QCOMPARE(editor()->pendingFiles().size(), 2);
        auto *list = editorField<QListWidget>(u"attachments"_s);
        QVERIFY(list->isVisible());
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().contains(u"app-error.png"_s));

        // A screenshot pasted (Ctrl+V with the cursor in a field): a private copy, kept with the call.
        QImage pasted(300, 200, QImage::Format_RGB32);
        pasted.fill(QColor(0x33, 0x66, 0x99));
        QApplication::clipboard()->setImage(pasted);
        if (QApplication::clipboard()->mimeData() && QApplication::clipboard()->mimeData()->hasImage()) {
            auto *quotes = editorField<QPlainTextEdit>(u"quotes"_s);
            quotes->setFocus();
            QTest::keyClick(quotes, Qt::Key_V, Qt::ControlModifier);
            QTRY_COMPARE(editor()->pendingFiles().size(), 3);
            QVERIFY(editor()->pendingFiles().last().temporary);
            const QString copy = editor()->pendingFiles().last().path;
            QVERIFY(copy.startsWith(m_window->pendingFolder()));
            QTRY_VERIFY(QFileInfo(copy).size() > 0);
            QCOMPARE(quotes->toPlainText(), QString());
        }
        QCOMPARE(stored(m_caseA), storedBefore);
        QCOMPARE(rows(), rowsBefore);

        const int files = int(editor()->pendingFiles().size());
        QSignalSpy storedSpy(m_window.get(), &MainWindow::evidenceStored);
        QTest::mouseClick(editorField<QPushButton>(u"save"_s), Qt::LeftButton);
        QVERIFY(storedSpy.wait(20000));
        const qint64 callId = storedSpy.first().first().toLongLong();
        const Event call = *m_window->library()->eventById(callId, true);
        QCOMPARE(call.agentCode, u"23338"_s);
        QVERIFY(call.channel == Channel::Phone);
        QCOMPARE(int(call.attachments.size()), files);
        QCOMPARE(call.attachments.first().fileName, u"app-error.png"_s);
        QCOMPARE(stored(m_caseA), storedBefore + 1);
        // The private copy is in the library now, and gone from the folder.
        QVERIFY(QDir(m_window->pendingFolder()).entryList(QDir::Files).isEmpty());
        // And the call is shown, as stored.
        QTRY_COMPARE(editor()->shownEventId(), callId);
    }

    void keyboardSavesAndEndsTheCall()
    {
        // Ctrl+S with the cursor in a field saves the entry.
        m_window->action(u"logNote"_s)->trigger();
        auto *summary = editorField<QLineEdit>(u"summary"_s);
        type(summary, u"Wrote down the shop's opening hours"_s);
        const int before = stored(m_caseA);
        QTest::keyClick(summary, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(stored(m_caseA), before + 1);
        QCOMPARE(editor()->mode(), EventEditor::Mode::Existing);

        // Ctrl+Return in the quotes box, too.
        m_window->action(u"logSms"_s)->trigger();
        type(editorField<QLineEdit>(u"summary"_s), u"SMS: refund approved"_s);
        auto *quotes = editorField<QPlainTextEdit>(u"quotes"_s);
        quotes->setFocus();
        type(quotes, u"您的退款已审核通过"_s);
        QTest::keyClick(quotes, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(stored(m_caseA), before + 2);
        QCOMPARE(m_window->library()->eventById(editor()->shownEventId())->quotes, QStringList{u"您的退款已审核通过"_s});

        // Ctrl+H puts the call on hold and back from any field; Ctrl+Shift+E ends it.
        m_window->action(u"startCall"_s)->trigger();
        QVERIFY(m_window->action(u"endCall"_s)->isEnabled());
        auto *agent = editorField<QLineEdit>(u"agentCode"_s);
        QTest::keyClick(agent, Qt::Key_H, Qt::ControlModifier);
        QVERIFY(editor()->isOnHold());
        QVERIFY(m_window->action(u"holdCall"_s)->isChecked());
        QCOMPARE(agent->text(), QString());
        QTest::qWait(1100);
        QTest::keyClick(agent, Qt::Key_H, Qt::ControlModifier);
        QVERIFY(!editor()->isOnHold());
        QTest::keyClick(agent, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(m_caseA), before + 3);
        const Event call = *m_window->library()->eventById(editor()->shownEventId());
        QVERIFY(call.channel == Channel::Phone);
        QVERIFY(call.holdSeconds >= 1);
        QVERIFY(!m_window->action(u"endCall"_s)->isEnabled());
        QVERIFY(m_asked.isEmpty());
    }

    void closingWithAnEntryAsks()
    {
        m_window->action(u"logLetter"_s)->trigger();
        type(editorField<QLineEdit>(u"summary"_s), u"Letter from the ombudsman"_s);
        m_answer = QMessageBox::Cancel;
        QVERIFY(!m_window->close());
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(m_window->isVisible());
        QCOMPARE(editorField<QLineEdit>(u"summary"_s)->text(), u"Letter from the ombudsman"_s);
        // Saved, then closed.
        m_answer = QMessageBox::Save;
        const int before = stored(m_caseA);
        QVERIFY(m_window->close());
        QCOMPARE(stored(m_caseA), before + 1);
        m_window.reset();
        openWindow();
    }

    // Closing at once after dropping large screenshots: the window waits, says
    // so, and everything dropped is in the library after it closed.
    void closingWaitsForEvidenceBeingStored()
    {
        QStringList paths;
        for (int i = 0; i < 6; ++i)
            paths << writeLargePng(u"large-%1.png"_s.arg(i), i + 1);
        const qint64 target = m_window->timelineModel()->index(0).data(TimelineModel::EventIdRole).toLongLong();
        const int before = int(m_window->library()->attachments(target)->size());
        // Three drops onto an event, three onto empty space, one after the other.
        for (int i = 0; i < 6; i += 2) {
            dropOn({QUrl::fromLocalFile(paths.at(i))}, onRow(0));
            dropOn({QUrl::fromLocalFile(paths.at(i + 1))}, QPoint(10, m_window->timelineView()->viewport()->height() - 3));
        }
        QVERIFY(m_window->pendingEvidence() > 0);
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        QVERIFY(m_window->closingNote());
        QVERIFY(m_window->closingNote()->isVisible());
        QVERIFY2(m_window->closingNote()->labelText().contains(u"stored"_s), qPrintable(m_window->closingNote()->labelText()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 60000);
        QCOMPARE(m_window->pendingEvidence(), 0);
        m_window.reset();

        {
            auto library = Library::open(m_dir.filePath(u"safety.plaint"_s));
            QVERIFY(library);
            QCOMPARE(int(library.value()->attachments(target)->size()), before + 3);
            QStringList names;
            const QList<Event> events = library.value()->timeline(m_caseA, 0, -1, true).value();
            for (const Event &e : events) {
                for (const Attachment &a : e.attachments)
                    names << a.fileName;
            }
            for (int i = 0; i < 6; ++i)
                QVERIFY2(names.contains(u"large-%1.png"_s.arg(i)), qPrintable(names.join(u", "_s)));
            QVERIFY(library.value()->verify(true).ok);
        }
        openWindow();
    }

    void closingCanBeCalledOff()
    {
        QStringList paths;
        for (int i = 0; i < 3; ++i)
            paths << writeLargePng(u"more-%1.png"_s.arg(i), i + 7);
        for (const QString &p : paths)
            dropOn({QUrl::fromLocalFile(p)}, QPoint(10, m_window->timelineView()->viewport()->height() - 3));
        QVERIFY(!m_window->close());
        QVERIFY(m_window->closingNote()->isVisible());
        // "Keep Plaint open"
        QPushButton *keepOpen = m_window->closingNote()->findChild<QPushButton *>();
        QVERIFY(keepOpen);
        QVERIFY(keepOpen->text().contains(u"open"_s));
        keepOpen->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->pendingEvidence(), 0, 60000);
        QTest::qWait(100);
        QVERIFY(m_window->isVisible());
    }

    void cleanupTestCase()
    {
        MessageBox::setAnswer({});
        m_window.reset();
    }
};

QTEST_MAIN(TestEntrySafety)
#include "tst_entrysafety.moc"
