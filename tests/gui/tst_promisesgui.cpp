// Promises in the window: the panel of open promises across cases, the
// summary of what fell due while Plaint was closed, promise suggestions in
// the editor, the escalation sentence and the calendar export. Real widgets
// on the offscreen platform, real library files.

#include "caselistmodel.h"
#include "caseoverview.h"
#include "eventeditor.h"
#include "library.h"
#include "mainwindow.h"
#include "promisepanel.h"
#include "promisereminder.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace plaint;

class TestPromisesGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_libraries = 0;

    std::unique_ptr<Library> newLibrary()
    {
        auto library = Library::open(m_dir.filePath(u"promises-%1.plaint"_s.arg(++m_libraries)));
        if (!library)
            qFatal("%s", qPrintable(library.error()));
        return std::move(library).value();
    }

    static qint64 addCase(Library &library, const QString &title, Jurisdiction jurisdiction)
    {
        Case c;
        c.title = title;
        c.company = u"中国移动"_s;
        c.jurisdiction = jurisdiction;
        return library.addCase(c).value();
    }

    // A call made `daysAgo` days ago, with promises due at the given offsets from now.
    static qint64 addCall(Library &library, qint64 caseId, qint64 daysAgo, const QList<QPair<QString, qint64>> &promises,
                          const QString &agent = u"23338"_s)
    {
        Event e;
        e.caseId = caseId;
        e.channel = Channel::Phone;
        e.direction = Direction::Outgoing;
        e.occurred = QDateTime::currentDateTimeUtc().addDays(-daysAgo).toOffsetFromUtc(8 * 3600);
        e.agentCode = agent;
        e.summary = u"投诉：套餐降档被拒"_s;
        QList<Promise> list;
        for (const auto &[text, dueInSeconds] : promises) {
            Promise p;
            p.text = text;
            p.due = QDateTime::currentDateTimeUtc().addSecs(dueInSeconds).toOffsetFromUtc(8 * 3600);
            list << p;
        }
        return library.addEvent(e, {}, list).value();
    }

    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar ch : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }

    static int rowWithText(const QTreeWidget *list, const QString &text)
    {
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            if (list->topLevelItem(row)->text(PromisePanel::WhatColumn) == text)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // Settings (the last run) live in the test's own folder.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    }

    void init()
    {
        QSettings().clear();
    }

    void panelListsOpenPromisesOverdueFirst()
    {
        auto library = newLibrary();
        const qint64 first = addCase(*library, u"降档 189 元套餐"_s, Jurisdiction::CN);
        const qint64 second = addCase(*library, u"宽带退费"_s, Jurisdiction::CN);
        addCall(*library, first, 5, {{u"十天后回电"_s, 10 * 86400}});
        const qint64 overdueEvent = addCall(*library, second, 3, {{u"48小时内回复"_s, -86400}});
        addCall(*library, first, 1, {{u"明天处理"_s, 10 * 3600}});

        MainWindow window(std::move(library));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QTreeWidget *list = window.promisePanel()->list();
        QCOMPARE(list->topLevelItemCount(), 3);
        // Overdue first, in red; then due soon; then the rest.
        QCOMPARE(list->topLevelItem(0)->text(PromisePanel::WhatColumn), u"48小时内回复"_s);
        QCOMPARE(list->topLevelItem(0)->text(PromisePanel::CaseColumn), u"宽带退费"_s);
        QVERIFY(list->topLevelItem(0)->text(PromisePanel::DueColumn).startsWith(u"OVERDUE"_s));
        QCOMPARE(list->topLevelItem(0)->foreground(PromisePanel::WhatColumn).color(), QColor(0xc0, 0x39, 0x2b));
        QVERIFY(list->topLevelItem(0)->text(PromisePanel::WhoColumn).contains(u"23338"_s));
        QCOMPARE(list->topLevelItem(1)->text(PromisePanel::WhatColumn), u"明天处理"_s);
        QVERIFY(list->topLevelItem(1)->text(PromisePanel::DueColumn).startsWith(u"due soon"_s));
        QCOMPARE(list->topLevelItem(2)->text(PromisePanel::WhatColumn), u"十天后回电"_s);
        QVERIFY(window.promisePanel()->summary()->text().contains(u"1 overdue"_s));

        // The case list carries the counts too.
        const QModelIndex firstCase = window.caseModel()->index(window.caseModel()->rowOfCase(first));
        QCOMPARE(firstCase.data(CaseListModel::DueSoonCountRole).toInt(), 1);
        QVERIFY(firstCase.data(Qt::DisplayRole).toString().contains(u"1 due soon"_s));

        // Double-click jumps to the event in its case.
        window.selectCase(first);
        QTreeWidgetItem *item = list->topLevelItem(0);
        const QPoint at = list->visualItemRect(item).center();
        // A double-click as the window system delivers it: a press first, then the double-click.
        QTest::mousePress(list->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(window.currentCaseId(), second);
        QCOMPARE(window.timelineView()->currentIndex().data(TimelineModel::EventIdRole).toLongLong(), overdueEvent);
        QCOMPARE(window.editor()->shownEventId(), overdueEvent);

        // Keeping the promise takes it off the panel.
        QVERIFY(window.library()->settlePromise(window.library()->promisesForCase(second)->first().id, PromiseStatus::Kept));
        window.reminder()->check();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(rowWithText(list, u"48小时内回复"_s), -1);
    }

    void reminderSaysOnceWhenAPromiseFallsDue()
    {
        auto library = newLibrary();
        const qint64 c = addCase(*library, u"降档"_s, Jurisdiction::CN);
        addCall(*library, c, 1, {{u"一小时内回电"_s, 3600}});
        MainWindow window(std::move(library));
        QSignalSpy fell(window.reminder(), &PromiseReminder::fellDue);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        window.reminder()->check(now.addSecs(1800));
        QCOMPARE(fell.size(), 0);
        window.reminder()->check(now.addSecs(7200));
        QCOMPARE(fell.size(), 1);
        QCOMPARE(fell.first().first().value<OpenPromise>().promise.text, u"一小时内回电"_s);
        window.reminder()->check(now.addSecs(9000));
        QCOMPARE(fell.size(), 1);
    }

    void startupSummaryListsWhatFellDueWhileClosed()
    {
        auto library = newLibrary();
        const qint64 c = addCase(*library, u"降档"_s, Jurisdiction::CN);
        addCall(*library, c, 10, {{u"五天前就该回电"_s, -5 * 86400}, {u"昨天应退款"_s, -86400}});
        addCall(*library, c, 2, {{u"今天上午处理"_s, -3600}, {u"下周回复"_s, 7 * 86400}});
        PromiseReminder::rememberRun(QDateTime::currentDateTimeUtc().addDays(-3));

        MainWindow window(std::move(library));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QLabel *summary = window.promisePanel()->whileClosed();
        QVERIFY(summary->isVisible());
        const QString text = summary->text();
        QVERIFY2(text.contains(u"While Plaint was closed, 2 promise(s) fell due"_s), qPrintable(text));
        QVERIFY(text.contains(u"昨天应退款"_s));
        QVERIFY(text.contains(u"今天上午处理"_s));
        // Due before Plaint last ran: the user saw it then.
        QVERIFY(!text.contains(u"五天前就该回电"_s));
        QVERIFY(!text.contains(u"下周回复"_s));
        // The run is remembered: the next start has nothing new to say.
        QVERIFY(PromiseReminder::lastRun() > QDateTime::currentDateTimeUtc().addSecs(-60));
    }

    void firstStartHasNoSummary()
    {
        auto library = newLibrary();
        const qint64 c = addCase(*library, u"降档"_s, Jurisdiction::CN);
        addCall(*library, c, 2, {{u"昨天应退款"_s, -86400}});
        MainWindow window(std::move(library));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.promisePanel()->whileClosed()->isVisible());
        QCOMPARE(window.promisePanel()->list()->topLevelItemCount(), 1);
    }

    void suggestionFromTheirWords_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<qint64>("dueAfterSeconds"); // -1: vague, no date
        QTest::newRow("48 hours") << u"我们会在48小时内回复您"_s << qint64(48 * 3600);
        QTest::newRow("vague zh") << u"我们会尽快处理"_s << qint64(-1);
    }

    void suggestionFromTheirWords()
    {
        QFETCH(QString, words);
        QFETCH(qint64, dueAfterSeconds);
        auto library = newLibrary();
        const qint64 c = addCase(*library, u"降档"_s, Jurisdiction::CN);
        MainWindow window(std::move(library));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectCase(c);
        window.action(u"logVisit"_s)->trigger();
        EventEditor *editor = window.editor();
        QVERIFY(editor->mode() == EventEditor::Mode::NewEntry);
        auto *when = editor->findChild<QDateTimeEdit *>(u"when"_s);
        when->setDateTime(QDateTime(QDate(2026, 3, 2), QTime(10, 15)));
        type(editor->findChild<QLineEdit *>(u"summary"_s), u"Store said they would call back"_s);
        type(editor->findChild<QPlainTextEdit *>(u"quotes"_s), words);

        auto *box = editor->findChild<QWidget *>(u"suggestionBox"_s);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(editor->suggestion().has_value());
        const QString shown = editor->findChild<QLabel *>(u"suggestion"_s)->text();
        if (dueAfterSeconds < 0)
            QVERIFY2(shown.contains(u"without a date"_s), qPrintable(shown));
        else
            QVERIFY2(shown.contains(u"2026"_s), qPrintable(shown));

        QTest::mouseClick(editor->findChild<QPushButton *>(u"useSuggestion"_s), Qt::LeftButton);
        QVERIFY(!box->isVisible());
        QCOMPARE(editor->findChild<QCheckBox *>(u"promiseHasDue"_s)->isChecked(), dueAfterSeconds >= 0);
        QTest::mouseClick(editor->findChild<QPushButton *>(u"save"_s), Qt::LeftButton);

        auto promises = window.library()->promisesForCase(c);
        QVERIFY(promises);
        QCOMPARE(promises->size(), 1);
        const Promise &p = promises->first();
        QVERIFY(p.text.contains(words.left(4)));
        const QDateTime said = window.library()->eventById(p.eventId)->occurred;
        QCOMPARE(said.date(), QDate(2026, 3, 2));
        if (dueAfterSeconds < 0) {
            QVERIFY(!p.due.isValid());
        } else {
            QCOMPARE(said.secsTo(p.due), dueAfterSeconds);
            QCOMPARE(p.due.offsetFromUtc(), said.offsetFromUtc());
        }
    }

    void escalationSentenceForAnUnansweredComplaint()
    {
        auto library = newLibrary();
        const qint64 c = addCase(*library, u"降档"_s, Jurisdiction::CN);
        const qint64 complaint = addCall(*library, c, 16, {{u"48小时内回复"_s, -14 * 86400}});
        const QDate complained = library->eventById(complaint)->occurred.date();
        MainWindow window(std::move(library));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectCase(c);
        // Worked out off the UI thread.
        QTRY_VERIFY(!window.caseOverview()->isLoading());
        const QLabel *sentence = window.caseOverview()->escalation();
        QVERIFY(sentence->isVisible());
        QVERIFY(window.caseOverview()->advice().has_value());
        QCOMPARE(window.caseOverview()->advice()->toStep, u"miit"_s);
        const QString text = sentence->text();
        QVERIFY2(text.contains(u"You may escalate to"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"You will need"_s), qPrintable(text));
        window.caseOverview()->showNeeds(true);
        QVERIFY2(sentence->text().contains(u"You will need: A written appeal"_s), qPrintable(sentence->text()));
        QVERIFY2(text.contains(u"12300"_s), qPrintable(text));
        // Civil Code art. 201: the day of the complaint is not counted; 15 days, then the 16th day.
        QVERIFY2(text.contains(complained.addDays(16).toString(u"yyyy-MM-dd"_s)), qPrintable(text));
        // The step opened today or yesterday, depending on the hour in Beijing.
        if (complained.addDays(16) <= QDate::currentDate())
            QVERIFY2(text.contains(u"You can take this step now."_s), qPrintable(text));
        else
            QVERIFY2(text.contains(u"That is in 1 day"_s), qPrintable(text)); // "1 day(s)" without the English plural forms loaded

        const QString facts = window.caseOverview()->facts()->text();
        QVERIFY2(facts.contains(u"1 contact(s)"_s), qPrintable(facts));
        QVERIFY2(facts.contains(u"day(s) since the first contact"_s), qPrintable(facts));
        QVERIFY2(facts.contains(u"1 pending"_s), qPrintable(facts));
        QVERIFY2(facts.contains(u"(1 overdue)"_s), qPrintable(facts));
    }

    void noSentenceWithoutAComplaint()
    {
        auto library = newLibrary();
        const qint64 c = addCase(*library, u"降档"_s, Jurisdiction::CN);
        MainWindow window(std::move(library));
        window.show();
        window.selectCase(c);
        QTRY_VERIFY(!window.caseOverview()->isLoading());
        QVERIFY(!window.caseOverview()->escalation()->isVisible());
        QVERIFY(!window.caseOverview()->advice().has_value());
    }

    void deadlinesExportedToACalendarFile()
    {
        auto library = newLibrary();
        const qint64 c = addCase(*library, u"降档"_s, Jurisdiction::CN);
        addCall(*library, c, 2, {{u"48小时内回复"_s, 86400}});
        MainWindow window(std::move(library));
        window.show();
        window.selectCase(c);
        QTRY_VERIFY(!window.caseOverview()->isLoading());
        QVERIFY(window.action(u"exportDeadlines"_s)->isEnabled());
        const QString path = m_dir.filePath(u"deadlines.ics"_s);
        QVERIFY(window.exportDeadlines(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString ics = QString::fromUtf8(file.readAll()).remove(u"\r\n "_s);
        QCOMPARE(ics.count(u"BEGIN:VEVENT"_s), 2);
        QVERIFY(ics.contains(u"48小时内回复"_s));
        QVERIFY(ics.contains(u"You may escalate to"_s));
        // A folder that does not exist: a message, and nothing written.
        QVERIFY(!window.exportDeadlines(m_dir.filePath(u"missing/folder/deadlines.ics"_s)));
    }
};

QTEST_MAIN(TestPromisesGui)
#include "tst_promisesgui.moc"
