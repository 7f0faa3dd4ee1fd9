// Promises in the window: the panel of open promises across cases, the
// summary of what fell due while Plaint was closed, promise suggestions in
// the editor, the escalation sentence and the calendar export. Real widgets
// on the offscreen platform, real library files.

#include "caseanalysis.h"
#include "caselistmodel.h"
#include "caseoverview.h"
#include "democase.h"
#include "eventeditor.h"
#include "library.h"
#include "mainwindow.h"
#include "promisepanel.h"
#include "language.h"
#include "promisereminder.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "../icscheck.h"

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
        QVERIFY2(text.contains(QLocale().toString(complained.addDays(16), QLocale::LongFormat)), qPrintable(text));
        // The step opened today or yesterday, depending on the hour in Beijing.
        // Today on the case's clock (Beijing), which the dates are counted on.
        if (complained.addDays(16) <= QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date())
            QVERIFY2(text.contains(u"You can take this step now."_s), qPrintable(text));
        else
            QVERIFY2(text.contains(u"That is in 1 day"_s), qPrintable(text)); // "1 day(s)" without the English plural forms loaded

        const QString facts = window.caseOverview()->facts()->text();
        QVERIFY2(facts.contains(u"1 contact(s)"_s), qPrintable(facts));
        QVERIFY2(facts.contains(u"day(s) since the first contact"_s), qPrintable(facts));
        QVERIFY2(facts.contains(u"1 pending"_s), qPrintable(facts));
        QVERIFY2(facts.contains(u"(1 overdue)"_s), qPrintable(facts));
    }

    // What the window says to do next, for a complaint made on 2 March 2026:
    // in China the 12300 appeal after 15 days (and not 12315 first); in the UK
    // ADR after 8 weeks, saying the 6-week rule may open it earlier; in the US
    // the free FCC informal complaint at once, not the formal one that waits on it.
    // The window writes the date of the next step as people read it.
    static QString longDate(int year, int month, int day)
    {
        return QLocale().toString(QDate(year, month, day), QLocale::LongFormat);
    }

    void nextStepByJurisdiction_data()
    {
        QTest::addColumn<int>("jurisdiction");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QStringList>("shown");
        QTest::addColumn<QStringList>("notShown");
        QTest::newRow("CN") << int(Jurisdiction::CN) << 8 * 3600 << u"miit"_s
                            << QStringList{u"12300"_s, u"from "_s + longDate(2026, 3, 18) + u"."_s, u"act by 2026-08-02"_s, u"act by 2028-03-02"_s,
                                           u"第十一条第（四）项"_s, u"You can take this step now."_s}
                            << QStringList{u"12315"_s + u") from"_s};
        QTest::newRow("UK") << int(Jurisdiction::UK) << 0 << u"adr"_s
                            << QStringList{u"ADR scheme"_s, u"from "_s + longDate(2026, 4, 27) + u"."_s, u"2026-04-08"_s, u"2026-04-13"_s}
                            << QStringList{u"small claims track) from"_s};
        QTest::newRow("US") << int(Jurisdiction::US) << -5 * 3600 << u"fcc_informal"_s
                            << QStringList{u"FCC informal complaint"_s, u"from "_s + longDate(2026, 3, 2) + u"."_s, u"You can take this step now."_s,
                                           u"After that: an FCC formal complaint, 31 day"_s}
                            << QStringList{u"from "_s + longDate(2026, 4, 2)};
    }

    void nextStepByJurisdiction()
    {
        QFETCH(int, jurisdiction);
        QFETCH(int, offset);
        QFETCH(QString, step);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, notShown);
        auto library = newLibrary();
        const qint64 c = addCase(*library, u"Complaint"_s, Jurisdiction(jurisdiction));
        Event e;
        e.caseId = c;
        e.channel = Channel::Phone;
        e.direction = Direction::Outgoing;
        e.occurred = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::OffsetFromUTC, offset);
        e.summary = u"First complaint"_s;
        QVERIFY(library->addEvent(e));
        MainWindow window(std::move(library));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectCase(c);
        QTRY_VERIFY(!window.caseOverview()->isLoading());
        QVERIFY(window.caseOverview()->advice().has_value());
        QCOMPARE(window.caseOverview()->advice()->toStep, step);
        QLabel *sentence = window.caseOverview()->escalation();
        QVERIFY(sentence->isVisible());
        // Folded at first, so that the timeline stays in sight; its link unfolds it.
        QVERIFY2(!sentence->text().contains(u"<li>"_s), qPrintable(sentence->text()));
        QVERIFY2(sentence->text().contains(u"href=\"#needs\""_s), qPrintable(sentence->text()));
        Q_EMIT sentence->linkActivated(u"#needs"_s);
        QVERIFY(window.caseOverview()->needsShown());
        const QString text = sentence->text();
        for (const QString &words : shown)
            QVERIFY2(text.contains(words), qPrintable(words + u" not in: "_s + text));
        for (const QString &words : notShown)
            QVERIFY2(!text.contains(words), qPrintable(words + u" in: "_s + text));
        // What is uncertain is one click away.
        window.caseOverview()->showNeeds(true);
        QVERIFY2(sentence->text().contains(u"Not certain: "_s), qPrintable(sentence->text()));
        QVERIFY(sentence->text().contains(u"You will need: "_s));
    }

    // The case in numbers: hold and travel said to be not recorded rather than
    // left out, the agents by name, and the runaround with its events.
    void overviewListsAgentsAndTheRunaround()
    {
        auto library = newLibrary();
        const qint64 c = addCase(*library, u"降档"_s, Jurisdiction::CN);
        auto add = [&](const QString &at, Channel channel, const QString &summary, const QString &agent) {
            Event e;
            e.caseId = c;
            e.channel = channel;
            e.direction = Direction::Outgoing;
            e.occurred = QDateTime::fromString(at, Qt::ISODate);
            e.summary = summary;
            e.agentCode = agent;
            e.durationSeconds = 600;
            return library->addEvent(e).value();
        };
        const qint64 first = add(u"2026-04-01T10:00:00+08:00"_s, Channel::Phone, u"热线说只能去营业厅办理"_s, u"23338"_s);
        const qint64 second = add(u"2026-04-02T10:00:00+08:00"_s, Channel::Store, u"营业厅说只能在网上办理"_s, QString());
        add(u"2026-04-03T10:00:00+08:00"_s, Channel::Phone, u"热线受理了投诉"_s, u"10452"_s);
        MainWindow window(std::move(library));
        window.show();
        window.selectCase(c);
        QTRY_VERIFY(!window.caseOverview()->isLoading());
        const QString facts = window.caseOverview()->facts()->text();
        QVERIFY2(facts.contains(u"time on hold: not recorded"_s), qPrintable(facts));
        QVERIFY2(facts.contains(u"travel time: not recorded"_s), qPrintable(facts));
        QVERIFY2(facts.contains(u"agents: 10452"_s) && facts.contains(u"23338"_s), qPrintable(facts));
        QVERIFY2(facts.contains(u"sent elsewhere 2 time"_s), qPrintable(facts));
        QLabel *runaround = window.caseOverview()->runaround();
        QVERIFY(runaround->isVisible());
        // One line until asked for; its link lists where the user was sent.
        QVERIFY2(!runaround->text().contains(u"<li>"_s), qPrintable(runaround->text()));
        QVERIFY2(runaround->text().contains(u"sent elsewhere 2 time"_s), qPrintable(runaround->text()));
        Q_EMIT runaround->linkActivated(u"#referrals"_s);
        QVERIFY(window.caseOverview()->referralsShown());
        const QString list = runaround->text();
        QVERIFY2(list.contains(u"event #%1: the hotline sent you to the shop"_s.arg(first)), qPrintable(list));
        QVERIFY2(list.contains(u"event #%1: the shop sent you to the app or website"_s.arg(second)), qPrintable(list));
        QVERIFY(list.contains(u"只能去营业厅"_s));
    }

    // Recorded hold and travel time are shown; a deadlock letter opens ADR the day it came.
    void holdTravelAndTheFinalAnswer()
    {
        auto library = newLibrary();
        const qint64 c = addCase(*library, u"Broadband"_s, Jurisdiction::UK);
        Event call;
        call.caseId = c;
        call.channel = Channel::Phone;
        call.direction = Direction::Outgoing;
        call.occurred = QDateTime::fromString(u"2026-05-04T10:00:00+01:00"_s, Qt::ISODate);
        call.durationSeconds = 40 * 60;
        call.holdSeconds = 25 * 60;
        call.summary = u"Complaint about the speed"_s;
        QVERIFY(library->addEvent(call));
        Event visit = call;
        visit.channel = Channel::Store;
        visit.occurred = visit.occurred.addDays(2);
        visit.holdSeconds = -1;
        visit.durationSeconds = 20 * 60;
        visit.travelSeconds = 50 * 60;
        visit.summary = u"Shop visit"_s;
        QVERIFY(library->addEvent(visit));
        Event letter;
        letter.caseId = c;
        letter.channel = Channel::Letter;
        letter.direction = Direction::Incoming;
        letter.occurred = QDateTime::fromString(u"2026-05-12T09:00:00+01:00"_s, Qt::ISODate);
        letter.finalAnswer = true;
        letter.summary = u"Deadlock letter"_s;
        QVERIFY(library->addEvent(letter));
        MainWindow window(std::move(library));
        window.show();
        window.selectCase(c);
        QTRY_VERIFY(!window.caseOverview()->isLoading());
        const QString facts = window.caseOverview()->facts()->text();
        QVERIFY2(facts.contains(u"of it on hold"_s) && facts.contains(u"25"_s), qPrintable(facts));
        QVERIFY2(facts.contains(u"travelling"_s) && facts.contains(u"50"_s), qPrintable(facts));
        QVERIFY(window.caseOverview()->advice().has_value());
        QCOMPARE(window.caseOverview()->advice()->toStep, u"adr"_s);
        QCOMPARE(window.caseOverview()->advice()->earliest, QDate(2026, 5, 12));
        window.caseOverview()->showNeeds(true);
        const QString text = window.caseOverview()->escalation()->text();
        QVERIFY2(text.contains(u"because the company gave its final answer that day"_s), qPrintable(text));
        QVERIFY2(window.caseOverview()->escalation()->text().contains(u"final answer on"_s), qPrintable(window.caseOverview()->escalation()->text()));
    }

    // A long runaround lists its first referrals and says how many more there are.
    void longRunaroundIsListedInPart()
    {
        auto library = newLibrary();
        const qint64 c = addCase(*library, u"降档"_s, Jurisdiction::CN);
        for (int i = 0; i < 10; ++i) {
            Event e;
            e.caseId = c;
            e.channel = i % 2 == 0 ? Channel::Phone : Channel::Store;
            e.direction = Direction::Outgoing;
            e.occurred = QDateTime(QDate(2026, 4, 1 + i), QTime(10, 0), Qt::OffsetFromUTC, 8 * 3600);
            e.summary = i % 2 == 0 ? u"热线说只能去营业厅办理"_s : u"营业厅说只能打客服热线办理"_s;
            QVERIFY(library->addEvent(e));
        }
        MainWindow window(std::move(library));
        window.show();
        window.selectCase(c);
        QTRY_VERIFY(!window.caseOverview()->isLoading());
        QCOMPARE(window.caseOverview()->analysis().runaroundReferrals, 10);
        window.caseOverview()->showReferrals(true);
        const QString list = window.caseOverview()->runaround()->text();
        QCOMPARE(list.count(u"<li>"_s), 8);
        QVERIFY2(list.contains(u"… and 2 more referral"_s), qPrintable(list));
    }

    // A due time counted over China's provisional 2027 stays marked once it is a promise.
    void approximateDueDatesStayMarked()
    {
        auto library = newLibrary();
        const qint64 c = addCase(*library, u"宽带"_s, Jurisdiction::CN);
        Event e;
        e.caseId = c;
        e.channel = Channel::Phone;
        e.direction = Direction::Outgoing;
        e.occurred = QDateTime::fromString(u"2027-01-29T10:00:00+08:00"_s, Qt::ISODate);
        e.summary = u"报修"_s;
        e.quotes = {u"我们会在5个工作日内处理"_s};
        Promise p;
        p.text = u"5个工作日内处理"_s;
        p.due = QDateTime::fromString(u"2027-02-09T23:59:59+08:00"_s, Qt::ISODate);
        QVERIFY(library->addEvent(e, {}, {p}));
        MainWindow window(std::move(library));
        window.show();
        window.selectCase(c);
        QTRY_VERIFY(!window.caseOverview()->isLoading());
        QCOMPARE(window.caseOverview()->approximateDues().size(), 1);
        const QString facts = window.caseOverview()->facts()->text();
        QVERIFY2(facts.contains(u"approximate due dates, counted without final holidays for 2027"_s), qPrintable(facts));
        QVERIFY(facts.contains(u"5个工作日内处理"_s));
    }

    // The demo case tells the same story in every language: the same referrals,
    // the same runaround, the same events.
    void demoCaseGivesTheSameAnalysisInEveryLanguage()
    {
        const QString before = Language::current();
        auto restore = qScopeGuard([&] { Language::apply(before.isEmpty() ? Language::English : before); });
        QList<CaseAnalysis> analyses;
        for (const QString &language : {Language::English, Language::SimplifiedChinese, Language::TraditionalChinese}) {
            Language::apply(language);
            auto library = newLibrary();
            auto demo = DemoCase::load(*library);
            QVERIFY2(demo, qPrintable(demo.error()));
            auto events = library->timeline(*demo, 0, -1, true);
            QVERIFY(events);
            analyses << CaseAnalysis::of(*events, QDateTime::fromString(u"2021-04-30T12:00:00+08:00"_s, Qt::ISODate));
        }
        for (const CaseAnalysis &a : std::as_const(analyses)) {
            QCOMPARE(a.runarounds.size(), 1);
            // app → shop → app, hotline → shop, hotline → app: four in a row, one request (GD20210406-0117).
            QCOMPARE(a.runaroundReferrals, 4);
            QCOMPARE(a.runarounds.first().request, u"GD20210406-0117"_s);
            QVERIFY(a.runarounds.first().loopsBack);
        }
        for (qsizetype i = 1; i < analyses.size(); ++i) {
            QCOMPARE(analyses.at(i).referrals.size(), analyses.first().referrals.size());
            QCOMPARE(analyses.at(i).runarounds.first().eventIds(), analyses.first().runarounds.first().eventIds());
            for (qsizetype r = 0; r < analyses.first().referrals.size(); ++r) {
                QCOMPARE(analyses.at(i).referrals.at(r).from, analyses.first().referrals.at(r).from);
                QCOMPARE(analyses.at(i).referrals.at(r).to, analyses.first().referrals.at(r).to);
            }
            QCOMPARE(analyses.at(i).contacts, analyses.first().contacts);
            QCOMPARE(analyses.at(i).promisesBroken, analyses.first().promisesBroken);
        }
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
        const QByteArray bytes = file.readAll();
        QCOMPARE(test::icsProblem(bytes), QString());
        const QString ics = QString::fromUtf8(bytes).remove(u"\r\n "_s);
        // The promise, the day the 12300 appeal opens, and its two last days.
        QCOMPARE(ics.count(u"BEGIN:VEVENT"_s), 4);
        QVERIFY(ics.contains(u"48小时内回复"_s));
        QVERIFY(ics.contains(u"You may escalate to"_s));
        const QString python = test::pythonWithIcalendar();
        if (!python.isEmpty()) {
            QJsonArray events;
            QCOMPARE(test::parseWithIcalendar(python, path, &events), QString());
            QCOMPARE(events.size(), 4);
            bool escalation = false;
            for (const QJsonValue &v : std::as_const(events)) {
                const QJsonObject o = v.toObject();
                if (o.value(u"uid"_s).toString() == u"escalation-cn-miit-appeal-2016-case-%1@plaint"_s.arg(c)) {
                    escalation = true;
                    // Nine in the morning in Beijing, where the complaint was made, whatever this computer's zone.
                    const QDateTime start = QDateTime::fromString(o.value(u"start"_s).toString(), Qt::ISODate);
                    QCOMPARE(start.toOffsetFromUtc(8 * 3600).time(), QTime(9, 0));
                }
                QCOMPARE(o.value(u"alarms"_s).toInt(), 1);
            }
            QVERIFY(escalation);
        }
        // A folder that does not exist: a message, and nothing written.
        QVERIFY(!window.exportDeadlines(m_dir.filePath(u"missing/folder/deadlines.ics"_s)));
    }
};

QTEST_MAIN(TestPromisesGui)
#include "tst_promisesgui.moc"
