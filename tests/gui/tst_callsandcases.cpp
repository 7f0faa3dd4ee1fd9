// The call timer with its "on hold" toggle, hold and travel times, the
// company's final answer, editing and trashing a case, what each edit of an
// event changed, and promises added to and edited on an existing event
// (as an operator's SMS confirms them later): real widgets, a real library.

#include "casedialog.h"
#include "caselistmodel.h"
#include "eventeditor.h"
#include "historydialog.h"
#include "library.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "promisedialog.h"
#include "recordjson.h"
#include "suggestionbox.h"
#include "timelinedelegate.h"
#include "timelinemodel.h"
#include "timelineview.h"
#include "trashdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace plaint;

class TestCallsAndCases : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_case = 0;

    template <typename T>
    T *field(const QString &name) const
    {
        return m_window->editor()->findChild<T *>(name);
    }
    EventEditor *editor() const { return m_window->editor(); }
    Library *library() const { return m_window->library(); }

    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar ch : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }

    // Answers the next modal dialog with `answer`, once it is shown.
    void whenDialogOpens(std::function<void(QDialog *)> answer)
    {
        QTimer::singleShot(0, this, [answer] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            answer(dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
    }

    bool rowVisible(QWidget *fieldWidget) const
    {
        auto *form = m_window->editor()->findChild<QFormLayout *>();
        return form && form->isRowVisible(fieldWidget);
    }

    qint64 addEvent(Channel channel, const QString &summary, const QStringList &quotes = {}, qint64 minutes = -1)
    {
        Event e;
        e.caseId = m_case;
        e.channel = channel;
        e.occurred = QDateTime(QDate(2026, 3, 2), QTime(10, 15), Qt::OffsetFromUTC, 8 * 3600);
        e.summary = summary;
        e.quotes = quotes;
        e.durationSeconds = minutes < 0 ? -1 : minutes * 60;
        const qint64 id = library()->addEvent(e).value();
        m_window->timelineModel()->refresh();
        return id;
    }

    // How many pixels of `colour` the row of `eventId` shows.
    int pixelsOf(qint64 eventId, const QColor &colour)
    {
        TimelineView *view = m_window->timelineView();
        const QModelIndex index = m_window->timelineModel()->index(m_window->timelineModel()->rowOfEvent(eventId));
        view->scrollTo(index);
        QTest::qWait(50);
        const QImage image = view->viewport()->grab(view->visualRect(index)).toImage();
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += image.pixelColor(x, y) == colour;
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        MessageBox::setAnswer([](const QString &text, QMessageBox::StandardButtons) {
            qWarning("Unexpected question: %s", qPrintable(text));
            return QMessageBox::Cancel;
        });
        auto opened = Library::open(m_dir.filePath(u"calls.plaint"_s));
        QVERIFY(opened);
        Case c;
        c.title = u"Broadband refund"_s;
        c.company = u"China Telecom"_s;
        c.jurisdiction = Jurisdiction::CN;
        m_case = opened.value()->addCase(c).value();
        m_window = std::make_unique<MainWindow>(std::move(opened).value());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->selectCase(m_case);
    }

    void holdTimeAddsUpWhileTheCallRuns()
    {
        m_window->action(u"startCall"_s)->trigger();
        auto *toggle = field<QPushButton>(u"holdToggle"_s);
        auto *timer = field<QLabel>(u"callTimer"_s);
        QVERIFY(toggle->isVisible());
        QVERIFY(!toggle->isChecked());
        QCOMPARE(editor()->holdSeconds(), qint64(-1)); // not recorded until the toggle is used
        QVERIFY2(!timer->text().contains(u"hold"_s), qPrintable(timer->text()));

        QTest::mouseClick(toggle, Qt::LeftButton); // put on hold
        QVERIFY(editor()->isOnHold());
        QVERIFY(m_window->action(u"holdCall"_s)->isChecked());
        QTest::qWait(1300);
        QTRY_VERIFY2(timer->text().contains(u"on hold 0:01"_s), qPrintable(timer->text()));
        QTest::mouseClick(toggle, Qt::LeftButton); // a person answers
        QVERIFY(!editor()->isOnHold());
        const qint64 firstSpell = editor()->holdSeconds();
        QVERIFY(firstSpell >= 1);
        QTest::qWait(1100);
        QCOMPARE(editor()->holdSeconds(), firstSpell); // talking is not holding
        QVERIFY(editor()->callSeconds() >= 2);
        m_window->action(u"holdCall"_s)->trigger(); // on hold again, from the menu
        QTest::qWait(1100);
        m_window->action(u"holdCall"_s)->trigger();
        QVERIFY(editor()->holdSeconds() >= firstSpell + 1);

        type(field<QLineEdit>(u"agentCode"_s), u"10000"_s);
        QTest::mouseClick(field<QPushButton>(u"save"_s), Qt::LeftButton);
        const Event call = *library()->eventById(editor()->shownEventId());
        QVERIFY(call.holdSeconds >= 2);
        QVERIFY(call.holdSeconds < call.durationSeconds);
        QCOMPARE(call.agentCode, u"10000"_s);
        // Shown with the event: the hold time in its own field.
        QCOMPARE(field<QSpinBox>(u"hold"_s)->value(), int((call.holdSeconds + 30) / 60));
        QVERIFY(rowVisible(field<QSpinBox>(u"hold"_s)));
    }

    void holdTravelAndFinalAnswerAreEditableAndUndoable()
    {
        const qint64 callId = addEvent(Channel::Phone, u"Hotline: refund refused"_s, {}, 37);
        const qint64 visitId = addEvent(Channel::Store, u"Shop visit"_s, {}, 25);
        m_window->selectEvent(callId);
        QVERIFY(rowVisible(field<QSpinBox>(u"hold"_s)));
        QVERIFY(!rowVisible(field<QSpinBox>(u"travel"_s)));
        field<QSpinBox>(u"hold"_s)->setValue(21);
        field<QCheckBox>(u"finalAnswer"_s)->click();
        QTest::mouseClick(field<QPushButton>(u"save"_s), Qt::LeftButton);
        Event call = *library()->eventById(callId);
        QCOMPARE(call.holdSeconds, qint64(21 * 60));
        QVERIFY(call.finalAnswer);
        QCOMPARE(TimelineDelegate::durationText(call.durationSeconds, call.holdSeconds), u"37 min, 21 on hold"_s);
        // The row marks the final answer (the mark's colour shows on it, and on no other row).
        QVERIFY(pixelsOf(callId, TimelineDelegate::finalAnswerColor()) > 50);
        QCOMPARE(pixelsOf(visitId, TimelineDelegate::finalAnswerColor()), 0);

        m_window->action(u"undo"_s)->trigger();
        call = *library()->eventById(callId);
        QCOMPARE(call.holdSeconds, qint64(-1));
        QVERIFY(!call.finalAnswer);
        QCOMPARE(pixelsOf(callId, TimelineDelegate::finalAnswerColor()), 0);
        m_window->action(u"redo"_s)->trigger();
        call = *library()->eventById(callId);
        QCOMPARE(call.holdSeconds, qint64(21 * 60));
        QVERIFY(call.finalAnswer);

        m_window->selectEvent(visitId);
        QVERIFY(rowVisible(field<QSpinBox>(u"travel"_s)));
        QVERIFY(!rowVisible(field<QSpinBox>(u"hold"_s)));
        field<QSpinBox>(u"travel"_s)->setValue(40);
        QTest::mouseClick(field<QPushButton>(u"save"_s), Qt::LeftButton);
        QCOMPARE(library()->eventById(visitId)->travelSeconds, qint64(40 * 60));
        QCOMPARE(TimelineDelegate::travelText(40 * 60), u"40 min travelling"_s);
        m_window->action(u"undo"_s)->trigger();
        QCOMPARE(library()->eventById(visitId)->travelSeconds, qint64(-1));

        // More time on hold than the whole call is refused with a message, and nothing changes.
        m_window->selectEvent(callId);
        field<QSpinBox>(u"hold"_s)->setValue(50);
        QTest::mouseClick(field<QPushButton>(u"save"_s), Qt::LeftButton);
        QVERIFY(m_window->banner()->isVisible());
        QVERIFY2(m_window->banner()->text().contains(u"hold"_s), qPrintable(m_window->banner()->text()));
        QCOMPARE(library()->eventById(callId)->holdSeconds, qint64(21 * 60));
        field<QSpinBox>(u"hold"_s)->setValue(21);
    }

    void everyEditLeavesAVisibleTrace()
    {
        const qint64 id = addEvent(Channel::Phone, u"Hotline promised a call back"_s, {}, 12);
        m_window->selectEvent(id);
        type(field<QLineEdit>(u"agentCode"_s), u"23338"_s);
        type(field<QLineEdit>(u"reference"_s), u"GD0001"_s);
        QTest::mouseClick(field<QPushButton>(u"save"_s), Qt::LeftButton);
        auto *agent = field<QLineEdit>(u"agentCode"_s);
        agent->selectAll();
        type(agent, u"10492"_s);
        auto *reference = field<QLineEdit>(u"reference"_s);
        reference->selectAll();
        type(reference, u"GD0002"_s);
        field<QSpinBox>(u"hold"_s)->setValue(5);
        QTest::mouseClick(field<QPushButton>(u"save"_s), Qt::LeftButton);
        QCOMPARE(library()->eventById(id)->agentCode, u"10492"_s);

        auto *edited = field<QLabel>(u"edited"_s);
        QVERIFY(edited->isVisible());
        whenDialogOpens([](QDialog *dialog) {
            auto *versions = dialog->findChild<QTreeWidget *>();
            QVERIFY(versions);
            QCOMPARE(versions->topLevelItemCount(), 3);
            QCOMPARE(versions->topLevelItem(0)->childCount(), 0); // the first version
            QStringList second, third;
            for (int i = 0; i < versions->topLevelItem(1)->childCount(); ++i)
                second << versions->topLevelItem(1)->child(i)->text(0);
            for (int i = 0; i < versions->topLevelItem(2)->childCount(); ++i)
                third << versions->topLevelItem(2)->child(i)->text(0);
            QVERIFY2(second.contains(u"Agent ID: (empty) → 23338"_s), qPrintable(second.join(u" | "_s)));
            QVERIFY2(second.contains(u"Reference: (empty) → GD0001"_s), qPrintable(second.join(u" | "_s)));
            QCOMPARE(second.size(), 2);
            QVERIFY2(third.contains(u"Agent ID: 23338 → 10492"_s), qPrintable(third.join(u" | "_s)));
            QVERIFY2(third.contains(u"Reference: GD0001 → GD0002"_s), qPrintable(third.join(u" | "_s)));
            QVERIFY2(third.contains(u"On hold: not recorded → 5:00 min"_s), qPrintable(third.join(u" | "_s)));
            QCOMPARE(third.size(), 3);
            dialog->reject();
        });
        Q_EMIT edited->linkActivated(u"#history"_s);

        // The same, field by field, for every kind of field.
        Event before = *library()->eventById(id, false);
        Event after = before;
        after.finalAnswer = true;
        after.channel = Channel::Chat;
        after.quotes = {u"已经给您延期到5月31日了"_s};
        after.occurred = before.occurred.addSecs(3600);
        const QStringList lines = HistoryDialog::changes(json::toJson(before), json::toJson(after));
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.contains(u"Channel: Phone call → Online chat"_s));
        QVERIFY(lines.contains(u"Their final answer: no → yes"_s));
        QVERIFY(lines.contains(u"Their words: (empty) → “已经给您延期到5月31日了”"_s));
        QVERIFY(lines.filter(u"When it happened"_s).size() == 1);
        QVERIFY(HistoryDialog::changes(json::toJson(before), json::toJson(before)).isEmpty());
    }

    void aPromiseIsAddedToAnEventLater()
    {
        const qint64 id = addEvent(Channel::Phone, u"Hotline: they will sort it out"_s, {}, 9);
        m_window->selectEvent(id);
        auto *text = field<QLineEdit>(u"promiseText"_s);
        // The promise box opens when asked for.
        QVERIFY(!text->isVisible());
        QTest::mouseClick(field<QPushButton>(u"openPromiseBox"_s), Qt::LeftButton);
        QVERIFY(text->isVisible());
        QVERIFY(!field<QListWidget>(u"promises"_s)->isVisible());
        QVERIFY(!field<QLabel>(u"edited"_s)->text().contains(u"version"_s));
        type(text, u"Refund of 180 yuan within 3 working days"_s);
        field<QCheckBox>(u"promiseHasDue"_s)->setChecked(true);
        field<QDateTimeEdit>(u"promiseDue"_s)->setDateTime(QDateTime(QDate(2026, 3, 5), QTime(23, 59)));
        QTest::mouseClick(field<QPushButton>(u"addPromise"_s), Qt::LeftButton);
        auto promises = library()->eventById(id)->promises;
        QCOMPARE(promises.size(), 1);
        QCOMPARE(promises.first().text, u"Refund of 180 yuan within 3 working days"_s);
        QCOMPARE(promises.first().due, QDateTime(QDate(2026, 3, 5), QTime(23, 59), Qt::OffsetFromUTC, 8 * 3600));
        QCOMPARE(text->text(), QString());
        QVERIFY(!text->isVisible());
        QCOMPARE(field<QListWidget>(u"promises"_s)->count(), 1);
        QVERIFY(field<QListWidget>(u"promises"_s)->isVisible());
        QCOMPARE(m_window->timelineModel()->index(m_window->timelineModel()->rowOfEvent(id)).data(TimelineModel::PromiseStateRole).toString(),
                 u"overdue"_s);
        // Undo takes it away again (to the trash), redo brings it back.
        m_window->action(u"undo"_s)->trigger();
        QCOMPARE(library()->eventById(id)->promises.size(), 0);
        m_window->action(u"redo"_s)->trigger();
        QCOMPARE(library()->eventById(id)->promises.size(), 1);

        // Their SMS later gives another deadline: the promise is edited, the earlier wording kept.
        m_window->selectEvent(id);
        auto *list = field<QListWidget>(u"promises"_s);
        list->setCurrentRow(0);
        const Promise before = library()->eventById(id)->promises.first();
        whenDialogOpens([](QDialog *dialog) {
            auto *edit = qobject_cast<PromiseDialog *>(dialog);
            QVERIFY(edit);
            edit->textEdit()->setText(u"Refund of 180 yuan by 10 March (SMS of 4 March)"_s);
            edit->dueEdit()->setDateTime(QDateTime(QDate(2026, 3, 10), QTime(18, 0)));
            edit->accept();
        });
        QTest::mouseClick(field<QPushButton>(u"editPromise"_s), Qt::LeftButton);
        Promise after = library()->promiseById(before.id).value();
        QCOMPARE(after.text, u"Refund of 180 yuan by 10 March (SMS of 4 March)"_s);
        QCOMPARE(after.due, QDateTime(QDate(2026, 3, 10), QTime(18, 0), Qt::OffsetFromUTC, 8 * 3600));
        QCOMPARE(library()->revisions(u"promise"_s, before.id)->size(), 1);
        m_window->action(u"undo"_s)->trigger();
        after = library()->promiseById(before.id).value();
        QCOMPARE(after.text, before.text);
        QCOMPARE(after.due, before.due);
        m_window->action(u"redo"_s)->trigger();
        QCOMPARE(library()->promiseById(before.id)->text, u"Refund of 180 yuan by 10 March (SMS of 4 March)"_s);
    }

    // One SMS, two promises: each is offered, each can be taken.
    void everyPromiseInTheirWordsIsOffered()
    {
        m_window->action(u"logSms"_s)->trigger();
        auto *when = field<QDateTimeEdit>(u"when"_s);
        when->setDateTime(QDateTime(QDate(2026, 3, 2), QTime(10, 0)));
        type(field<QLineEdit>(u"summary"_s), u"SMS about the refund"_s);
        type(field<QPlainTextEdit>(u"quotes"_s), u"我们会在24小时内给您回电，退款将在3个工作日内到账"_s);
        editor()->updateSuggestion();
        QCOMPARE(editor()->suggestions().size(), 2);
        auto *box = editor()->findChild<SuggestionBox *>();
        QVERIFY(box->isVisible());
        QTRY_COMPARE(box->findChildren<QPushButton *>(u"useSuggestion"_s).size(), 2);
        QVERIFY(box->findChildren<QLabel *>(u"suggestion"_s).first()->text().contains(u"24小时内"_s));
        QVERIFY(box->findChildren<QLabel *>(u"suggestion"_s).last()->text().contains(u"3个工作日内"_s));

        QTest::mouseClick(box->findChildren<QPushButton *>(u"useSuggestion"_s).first(), Qt::LeftButton);
        QCOMPARE(editor()->suggestions().size(), 1);
        QTRY_COMPARE(box->findChildren<QPushButton *>(u"useSuggestion"_s).size(), 1);
        QTest::mouseClick(box->findChildren<QPushButton *>(u"useSuggestion"_s).first(), Qt::LeftButton);
        QVERIFY(!box->isVisible());
        // The first one waits in the list, the second is in the box.
        QCOMPARE(field<QListWidget>(u"promises"_s)->count(), 1);
        QCOMPARE(editor()->currentPromises().size(), 2);
        QTest::mouseClick(field<QPushButton>(u"save"_s), Qt::LeftButton);
        const Event sms = *library()->eventById(editor()->shownEventId());
        QCOMPARE(sms.promises.size(), 2);
        const QDateTime said(QDate(2026, 3, 2), QTime(10, 0), Qt::OffsetFromUTC, sms.occurred.offsetFromUtc());
        QList<QDateTime> dues{sms.promises.at(0).due, sms.promises.at(1).due};
        std::sort(dues.begin(), dues.end());
        QCOMPARE(dues.first(), said.addSecs(24 * 3600));
        QCOMPARE(dues.last().date(), QDate(2026, 3, 5));
    }

    // An event logged without its promise: shown again, Plaint offers the promise in their words.
    void anExistingEventOffersItsPromise()
    {
        const qint64 id = addEvent(Channel::Sms, u"SMS from 10000"_s, {u"您反映的问题我们将在48小时内回复"_s});
        m_window->selectEvent(id);
        QCOMPARE(editor()->suggestions().size(), 1);
        QTest::mouseClick(editor()->findChild<QPushButton *>(u"useSuggestion"_s), Qt::LeftButton);
        QVERIFY(field<QLineEdit>(u"promiseText"_s)->isVisible());
        QVERIFY(!field<QLineEdit>(u"promiseText"_s)->text().isEmpty());
        QTest::mouseClick(field<QPushButton>(u"addPromise"_s), Qt::LeftButton);
        const Event sms = *library()->eventById(id);
        QCOMPARE(sms.promises.size(), 1);
        QCOMPARE(sms.occurred.secsTo(sms.promises.first().due), qint64(48 * 3600));
        // Recorded now: not offered again.
        m_window->selectEvent(addEvent(Channel::Note, u"A note"_s));
        m_window->selectEvent(id);
        QCOMPARE(editor()->suggestions().size(), 0);
    }

    void aCaseIsEditedAndUndone()
    {
        const Case before = library()->caseById(m_case).value();
        whenDialogOpens([](QDialog *dialog) {
            auto *edit = qobject_cast<CaseDialog *>(dialog);
            QVERIFY(edit);
            QCOMPARE(edit->titleEdit()->text(), u"Broadband refund"_s);
            QCOMPARE(edit->companyEdit()->text(), u"China Telecom"_s);
            edit->titleEdit()->setText(u"Broadband refund — 180 yuan"_s);
            edit->accountEdit()->setText(u"0755-1234567"_s);
            edit->statusBox()->setCurrentIndex(edit->statusBox()->findData(u"escalated"_s));
            dialog->accept();
        });
        m_window->action(u"editCase"_s)->trigger();
        Case after = library()->caseById(m_case).value();
        QCOMPARE(after.title, u"Broadband refund — 180 yuan"_s);
        QCOMPARE(after.account, u"0755-1234567"_s);
        QVERIFY(after.status == CaseStatus::Escalated);
        QCOMPARE(after.company, before.company);
        QVERIFY(m_window->caseModel()->index(m_window->caseModel()->rowOfCase(m_case)).data().toString()
                    .startsWith(u"Broadband refund — 180 yuan"_s));
        QCOMPARE(library()->revisions(u"case"_s, m_case)->size(), 1);
        m_window->action(u"undo"_s)->trigger();
        after = library()->caseById(m_case).value();
        QCOMPARE(after.title, before.title);
        QVERIFY(after.status == CaseStatus::Open);
        m_window->action(u"redo"_s)->trigger();
        QCOMPARE(library()->caseById(m_case)->title, u"Broadband refund — 180 yuan"_s);
    }

    void aCaseGoesToTheTrashAndComesBack()
    {
        Case other;
        other.title = u"Gym membership"_s;
        other.company = u"FitCo"_s;
        QVERIFY(m_window->addCase(other));
        const qint64 gym = m_window->currentCaseId();
        QCOMPARE(m_window->caseModel()->rowCount(), 2);

        m_window->action(u"trashCase"_s)->trigger();
        QCOMPARE(m_window->caseModel()->rowCount(), 1);
        QCOMPARE(m_window->caseModel()->rowOfCase(gym), -1);
        QVERIFY(library()->caseById(gym)->trashed);
        m_window->action(u"undo"_s)->trigger();
        QCOMPARE(m_window->caseModel()->rowCount(), 2);
        m_window->action(u"redo"_s)->trigger();
        QCOMPARE(m_window->caseModel()->rowCount(), 1);

        // View → Show trash lists the case; Restore brings it back, and that can be undone too.
        whenDialogOpens([gym](QDialog *dialog) {
            auto *trash = qobject_cast<TrashDialog *>(dialog);
            QVERIFY(trash);
            QCOMPARE(trash->caseList()->count(), 1);
            QCOMPARE(trash->caseList()->item(0)->data(Qt::UserRole).toLongLong(), gym);
            QVERIFY(trash->caseList()->item(0)->text().contains(u"FitCo"_s));
            trash->tabs()->setCurrentIndex(trash->tabs()->count() - 1);
            for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
                if (b->text().contains(u"case"_s))
                    b->click();
            }
            QCOMPARE(trash->caseList()->count(), 0);
            dialog->reject();
        });
        m_window->action(u"showTrash"_s)->trigger();
        QCOMPARE(m_window->caseModel()->rowCount(), 2);
        QCOMPARE(m_window->currentCaseId(), gym);
        QVERIFY(!library()->caseById(gym)->trashed);
        m_window->action(u"undo"_s)->trigger();
        QVERIFY(library()->caseById(gym)->trashed);

        // The last case in the trash: the window says what to do, and the trash still opens.
        m_window->selectCase(m_case);
        m_window->trashCase(m_case);
        QCOMPARE(m_window->caseModel()->rowCount(), 0);
        QVERIFY(m_window->action(u"showTrash"_s)->isEnabled());
        QVERIFY(!m_window->action(u"trashCase"_s)->isEnabled());
        whenDialogOpens([](QDialog *dialog) {
            auto *trash = qobject_cast<TrashDialog *>(dialog);
            QVERIFY(trash);
            QCOMPARE(trash->caseList()->count(), 2);
            dialog->reject();
        });
        m_window->action(u"showTrash"_s)->trigger();
        m_window->action(u"undo"_s)->trigger();
        QCOMPARE(m_window->caseModel()->rowCount(), 1);
        QCOMPARE(m_window->currentCaseId(), m_case);
    }

    void theWordsAreTrue()
    {
        // "You can change all of this later" and "move it to the trash" now say where.
        CaseDialog dialog;
        bool mentionsEdit = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            mentionsEdit |= label->text().contains(u"Edit case"_s);
        QVERIFY(mentionsEdit);
        QVERIFY(m_window->action(u"editCase"_s)->text().remove(u'&').contains(u"Edit case"_s));
        QVERIFY(m_window->action(u"trashCase"_s)->text().contains(u"trash"_s));
    }

    void everythingIsInTheJournal()
    {
        const Library::Check check = library()->verify(true);
        QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));
    }

    void cleanupTestCase()
    {
        MessageBox::setAnswer({});
        m_window.reset();
    }
};

QTEST_MAIN(TestCallsAndCases)
#include "tst_callsandcases.moc"
