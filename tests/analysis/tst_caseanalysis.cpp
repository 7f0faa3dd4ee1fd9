// Case analysis on crafted timelines: contacts, time lost, promises, agents,
// and runaround detection, including timelines that are not runarounds.

#include "caseanalysis.h"
#include "referraldetector.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint;

namespace {

Event makeEvent(qint64 id, const QString &at, Channel channel, const QString &summary, const QStringList &quotes = {},
            qint64 seconds = -1, const QString &agent = {})
{
    Event e;
    e.id = id;
    e.caseId = 1;
    e.occurred = QDateTime::fromString(at, Qt::ISODate);
    e.channel = channel;
    e.direction = channel == Channel::Note ? Direction::Note : Direction::Outgoing;
    e.summary = summary;
    e.quotes = quotes;
    e.durationSeconds = seconds;
    e.agentCode = agent;
    return e;
}

} // namespace

class TestCaseAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referralPhrases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("target");
        QTest::newRow("zh_CN store") << u"改套餐只能去营业厅办理"_s << u"store"_s;
        QTest::newRow("zh_CN store, 请") << u"请您携带身份证到就近营业厅办理"_s << u"store"_s;
        QTest::newRow("zh_CN online") << u"这个业务只能在网上办理"_s << u"app"_s;
        QTest::newRow("zh_CN app") << u"请通过中国移动APP办理"_s << u"app"_s;
        QTest::newRow("zh_CN hotline") << u"这个我们办不了，请拨打客服热线10086"_s << u"hotline"_s;
        QTest::newRow("zh_CN department") << u"这个不归我们管，要转给其他部门处理"_s << u"department"_s;
        QTest::newRow("zh_TW store") << u"這個只能到門市辦理"_s << u"store"_s;
        QTest::newRow("zh_TW hotline") << u"這個要請您撥打客服專線辦理"_s << u"hotline"_s;
        QTest::newRow("zh_TW 專線") << u"這部分只能打客服專線處理"_s << u"hotline"_s;
        QTest::newRow("zh_TW 一定要到門市") << u"改資費方案一定要到門市辦理。"_s << u"store"_s;
        QTest::newRow("zh_TW 請洽門市") << u"此業務請洽門市"_s << u"store"_s;
        QTest::newRow("zh_TW 請洽客服") << u"相關問題請洽客服專線"_s << u"hotline"_s;
        QTest::newRow("zh_CN app, 只能在 App 里") << u"这次又说只能在 App 里改"_s << u"app"_s;
        QTest::newRow("en: has to be done at the business hall") << u"Plan changes have to be done at the business hall."_s << u"store"_s;
        QTest::newRow("en: only done online") << u"staff say plan changes are only done online"_s << u"app"_s;
        QTest::newRow("en: can only be made in the app") << u"now told the change can only be made in the app"_s << u"app"_s;
        // Operators' boilerplate points somewhere for questions, not for the request.
        QTest::newRow("none: footer, 10086") << u"如有疑问请拨打10086"_s << QString();
        QTest::newRow("none: footer, 详询") << u"详询10086"_s << QString();
        QTest::newRow("none: look it up in the app") << u"请登录中国移动APP查询"_s << QString();
        QTest::newRow("none: zh_TW look-up") << u"請撥打客服熱線查詢"_s << QString();
        QTest::newRow("none: en footer") << u"If you have any questions, please call the customer service hotline."_s << QString();
        QTest::newRow("zh_TW online") << u"只能在網上辦理喔"_s << u"app"_s;
        QTest::newRow("en shop") << u"Sorry, only the shop can do it"_s << u"store"_s;
        QTest::newRow("en store visit") << u"You'll have to go to a store with your ID"_s << u"store"_s;
        QTest::newRow("en app") << u"Only the app can do it, we can't change plans here"_s << u"app"_s;
        QTest::newRow("en online") << u"That can only be done online"_s << u"app"_s;
        QTest::newRow("en hotline") << u"You need to call the customer service hotline"_s << u"hotline"_s;
        QTest::newRow("en department") << u"That's handled by another department"_s << u"department"_s;
        QTest::newRow("none: visited") << u"我去了营业厅，办好了"_s << QString();
        QTest::newRow("none: English") << u"The agent changed my plan"_s << QString();
    }

    void referralPhrases()
    {
        QFETCH(QString, text);
        QFETCH(QString, target);
        const auto found = ReferralDetector().detect(text);
        QCOMPARE(found ? found->target : QString(), target);
    }

    void backAndForthIsARunaround()
    {
        const QList<Event> events{
            makeEvent(1, u"2021-04-18T10:15:00+08:00"_s, Channel::Phone, u"热线说改套餐只能去营业厅办理"_s, {}, 37 * 60, u"23338"_s),
            makeEvent(2, u"2021-04-19T15:00:00+08:00"_s, Channel::Store, u"营业厅说只能在网上办理"_s, {}, 45 * 60),
            makeEvent(3, u"2021-04-19T20:00:00+08:00"_s, Channel::App, u"APP里没有入口，页面提示请拨打客服热线10086"_s),
            makeEvent(4, u"2021-04-20T09:00:00+08:00"_s, Channel::Phone, u"热线又说"_s, {u"这个还是只能去营业厅办理"_s}, 20 * 60, u"10452"_s),
            makeEvent(5, u"2021-04-21T11:00:00+08:00"_s, Channel::Store, u"营业厅经理同意改套餐，当场办好"_s, {}, 30 * 60),
        };
        const CaseAnalysis a = CaseAnalysis::of(events, QDateTime::fromString(u"2021-04-30T12:00:00+08:00"_s, Qt::ISODate));
        QCOMPARE(a.referrals.size(), 4);
        QCOMPARE(a.runarounds.size(), 1);
        QCOMPARE(a.runaroundReferrals, 4);
        const CaseAnalysis::Runaround &r = a.runarounds.first();
        QCOMPARE(r.eventIds(), (QList<qint64>{1, 2, 3, 4}));
        QVERIFY(r.loopsBack);
        QCOMPARE(r.referrals.at(0).from, u"hotline"_s);
        QCOMPARE(r.referrals.at(0).to, u"store"_s);
        QVERIFY(!r.referrals.at(0).backToTried);
        QVERIFY(!r.referrals.at(1).backToTried); // store → online: new
        QVERIFY(r.referrals.at(2).backToTried);  // app → hotline: tried first
        QVERIFY(r.referrals.at(3).backToTried);  // hotline → store: tried already

        QCOMPARE(a.contacts, 5);
        QCOMPARE(a.contactsByChannel.value(Channel::Phone), 2);
        QCOMPARE(a.contactsByChannel.value(Channel::Store), 2);
        QCOMPARE(a.contactsByChannel.value(Channel::App), 1);
        QCOMPARE(a.calls, 2);
        QCOMPARE(a.callSeconds, qint64(57 * 60));
        QCOMPARE(a.storeVisits, 2);
        QCOMPARE(a.storeVisitSeconds, qint64(75 * 60));
        QCOMPARE(a.daysSinceFirstContact, qint64(12));
        QCOMPARE(a.agents.keys(), (QStringList{u"10452"_s, u"23338"_s}));
        QVERIFY(!a.holdTimeRecorded);
    }

    void englishRunaround()
    {
        const QList<Event> events{
            makeEvent(10, u"2024-03-01T09:00:00+00:00"_s, Channel::Phone, u"Asked to move to the cheaper plan"_s, {u"Only the shop can do it"_s}),
            makeEvent(11, u"2024-03-02T11:00:00+00:00"_s, Channel::Store, u"Shop visit"_s, {u"Only the app can do it"_s}),
            makeEvent(12, u"2024-03-02T18:00:00+00:00"_s, Channel::App, u"The app says: please call the customer service line"_s),
            makeEvent(13, u"2024-03-04T09:00:00+00:00"_s, Channel::Phone, u"Plan finally changed by the retentions team"_s),
        };
        const CaseAnalysis a = CaseAnalysis::of(events, QDateTime::fromString(u"2024-03-05T09:00:00+00:00"_s, Qt::ISODate));
        QCOMPARE(a.runarounds.size(), 1);
        QCOMPARE(a.runaroundReferrals, 3);
        QCOMPARE(a.runarounds.first().eventIds(), (QList<qint64>{10, 11, 12}));
        QVERIFY(a.runarounds.first().loopsBack);
    }

    void oneReferralFollowedAndSolvedIsNotARunaround()
    {
        const QList<Event> events{
            makeEvent(1, u"2021-09-01T10:00:00+08:00"_s, Channel::Phone, u"客服說"_s, {u"這個只能到門市辦理"_s}),
            makeEvent(2, u"2021-09-02T14:00:00+08:00"_s, Channel::Store, u"門市當場辦好了"_s),
        };
        const CaseAnalysis a = CaseAnalysis::of(events, QDateTime::fromString(u"2021-09-03T00:00:00+08:00"_s, Qt::ISODate));
        QCOMPARE(a.referrals.size(), 1);
        QVERIFY(a.runarounds.isEmpty());
        QCOMPARE(a.runaroundReferrals, 0);
    }

    void separateReferralsAreNotARunaround()
    {
        // Two requests months apart, each sent to the shop once and solved there.
        const QList<Event> events{
            makeEvent(1, u"2022-01-10T10:00:00+08:00"_s, Channel::Phone, u"换卡请到营业厅办理"_s),
            makeEvent(2, u"2022-01-11T10:00:00+08:00"_s, Channel::Store, u"换好了"_s),
            makeEvent(3, u"2022-06-10T10:00:00+08:00"_s, Channel::Phone, u"过户只能去营业厅办理"_s),
            makeEvent(4, u"2022-06-12T10:00:00+08:00"_s, Channel::Store, u"过户办好了"_s),
        };
        const CaseAnalysis a = CaseAnalysis::of(events, QDateTime::fromString(u"2022-07-01T00:00:00+08:00"_s, Qt::ISODate));
        QCOMPARE(a.referrals.size(), 2);
        QVERIFY(a.runarounds.isEmpty());
    }

    void userNotesAreNotContactsNorReferrals()
    {
        const QList<Event> events{
            makeEvent(1, u"2022-01-10T10:00:00+08:00"_s, Channel::Note, u"朋友说只能去营业厅办理"_s),
            makeEvent(2, u"2022-01-10T11:00:00+08:00"_s, Channel::Note, u"also: only the app can do it?"_s),
            makeEvent(3, u"2022-01-11T10:00:00+08:00"_s, Channel::Phone, u"热线受理了投诉"_s, {}, 600),
        };
        const CaseAnalysis a = CaseAnalysis::of(events, QDateTime::fromString(u"2022-01-12T00:00:00+08:00"_s, Qt::ISODate));
        QCOMPARE(a.contacts, 1);
        QVERIFY(a.referrals.isEmpty());
        QVERIFY(a.runarounds.isEmpty());
        QCOMPARE(a.firstContact, events.at(2).occurred);
    }

    void departmentPingPong()
    {
        const QList<Event> events{
            makeEvent(1, u"2024-05-01T09:00:00-04:00"_s, Channel::Phone, u"Billing said"_s, {u"That's handled by another department"_s}),
            makeEvent(2, u"2024-05-01T09:20:00-04:00"_s, Channel::Chat, u"Chat agent said"_s, {u"I'll transfer you to the billing department"_s}),
            makeEvent(3, u"2024-05-01T10:00:00-04:00"_s, Channel::Phone, u"Refund agreed"_s),
        };
        const CaseAnalysis a = CaseAnalysis::of(events, QDateTime::fromString(u"2024-05-02T00:00:00-04:00"_s, Qt::ISODate));
        QCOMPARE(a.runarounds.size(), 1);
        QCOMPARE(a.runaroundReferrals, 2);
    }

    void promisesAndOrder()
    {
        Event first = makeEvent(1, u"2021-04-18T10:15:00+08:00"_s, Channel::Phone, u"call"_s);
        Promise overdue;
        overdue.id = 1;
        overdue.due = QDateTime::fromString(u"2021-04-20T10:15:00+08:00"_s, Qt::ISODate);
        Promise kept = overdue;
        kept.id = 2;
        kept.status = PromiseStatus::Kept;
        Promise broken = overdue;
        broken.id = 3;
        broken.status = PromiseStatus::Broken;
        Promise vague;
        vague.id = 4;
        Promise later = overdue;
        later.id = 5;
        later.due = QDateTime::fromString(u"2021-06-01T00:00:00+08:00"_s, Qt::ISODate);
        Promise trashed = overdue;
        trashed.id = 6;
        trashed.trashed = true;
        first.promises = {overdue, kept, broken, vague, later, trashed};
        Event second = makeEvent(2, u"2021-04-17T09:00:00+08:00"_s, Channel::Sms, u"operator SMS"_s);
        second.direction = Direction::Incoming;
        // Given out of order: the earlier SMS is the first contact, the call the first complaint.
        const CaseAnalysis a = CaseAnalysis::of({first, second}, QDateTime::fromString(u"2021-05-01T00:00:00+08:00"_s, Qt::ISODate));
        QCOMPARE(a.promisesMade, 5);
        QCOMPARE(a.promisesKept, 1);
        QCOMPARE(a.promisesBroken, 1);
        QCOMPARE(a.promisesPending, 3);
        QCOMPARE(a.promisesOverdue, 1);
        QCOMPARE(a.promisesWithoutDate, 1);
        QCOMPARE(a.firstContact, second.occurred);
        QCOMPARE(a.firstComplaint, first.occurred);
        QCOMPARE(a.calls, 1);
        QCOMPARE(a.callsWithoutDuration, 1);
    }

    // Three routine SMS from the operator with the usual footers are not a runaround.
    void operatorBoilerplateIsNotAReferral()
    {
        auto sms = [](qint64 id, const QString &at, const QString &text) {
            Event e = makeEvent(id, at, Channel::Sms, text);
            e.direction = Direction::Incoming;
            return e;
        };
        const QList<Event> events{
            sms(1, u"2026-04-01T09:00:00+08:00"_s, u"【中国移动】您本月套餐已使用80%。如有疑问请拨打10086。"_s),
            sms(2, u"2026-04-02T09:00:00+08:00"_s, u"【中国移动】您的账单已出，请登录中国移动APP查询。"_s),
            sms(3, u"2026-04-03T09:00:00+08:00"_s, u"【中国移动】您的投诉已受理，详询10086。"_s),
        };
        const CaseAnalysis a = CaseAnalysis::of(events, QDateTime::fromString(u"2026-04-04T00:00:00+08:00"_s, Qt::ISODate));
        QVERIFY(a.referrals.isEmpty());
        QVERIFY(a.runarounds.isEmpty());
    }

    void messagesTheCompanySentOutNeedFirmWords()
    {
        Event polite = makeEvent(1, u"2026-04-01T09:00:00+08:00"_s, Channel::Sms, u"【光明移动】请您到营业厅办理"_s);
        polite.direction = Direction::Incoming;
        Event firm = makeEvent(2, u"2026-04-02T09:00:00+08:00"_s, Channel::Email, u"Reply: your plan can only be changed in a store."_s);
        firm.direction = Direction::Incoming;
        const CaseAnalysis a = CaseAnalysis::of({polite, firm}, QDateTime::fromString(u"2026-04-04T00:00:00+08:00"_s, Qt::ISODate));
        QCOMPARE(a.referrals.size(), 1);
        QCOMPARE(a.referrals.first().eventId, qint64(2));
        // The same polite words in the user's own contact are what they were told.
        Event told = makeEvent(3, u"2026-04-01T09:00:00+08:00"_s, Channel::Phone, u"客服：请您到营业厅办理"_s);
        QCOMPARE(CaseAnalysis::of({told}, QDateTime::currentDateTimeUtc()).referrals.size(), 1);
    }

    // An acknowledgement SMS between two referrals does not end the runaround;
    // a contact that was answered without sending the user on does.
    void acknowledgementsDoNotBreakTheChain()
    {
        Event ack = makeEvent(2, u"2026-04-02T09:00:00+08:00"_s, Channel::Sms, u"【光明移动】您的投诉已受理"_s);
        ack.direction = Direction::Incoming;
        const QList<Event> events{
            makeEvent(1, u"2026-04-01T09:00:00+08:00"_s, Channel::Phone, u"热线说只能去营业厅办理"_s),
            ack,
            makeEvent(3, u"2026-04-03T09:00:00+08:00"_s, Channel::Store, u"营业厅说只能在网上办理"_s),
        };
        const CaseAnalysis a = CaseAnalysis::of(events, QDateTime::fromString(u"2026-04-04T00:00:00+08:00"_s, Qt::ISODate));
        QCOMPARE(a.runarounds.size(), 1);
        QCOMPARE(a.runarounds.first().eventIds(), (QList<qint64>{1, 3}));
    }

    // Reference numbers say which request an event is about.
    void referralsAreGroupedByRequest()
    {
        auto withRef = [](Event e, const QString &ref) {
            e.reference = ref;
            return e;
        };
        const QList<Event> events{
            // Request A: shop → app, then the hotline gives it a ticket and sends the user to the shop again.
            makeEvent(1, u"2026-04-01T09:00:00+08:00"_s, Channel::App, u"APP提示只能去营业厅办理"_s),
            makeEvent(2, u"2026-04-02T09:00:00+08:00"_s, Channel::Store, u"营业厅说只能在网上办理"_s),
            withRef(makeEvent(3, u"2026-04-03T09:00:00+08:00"_s, Channel::Phone, u"热线说必须到营业厅办理"_s), u"GD-A"_s),
            // Request B, interleaved: a refund, solved at once.
            withRef(makeEvent(4, u"2026-04-04T09:00:00+08:00"_s, Channel::Phone, u"退费已办理"_s), u"GD-B"_s),
            // Back to A: still sent on.
            withRef(makeEvent(5, u"2026-04-05T09:00:00+08:00"_s, Channel::Store, u"营业厅又说只能在网上办理"_s), u"GD-A"_s),
        };
        const CaseAnalysis a = CaseAnalysis::of(events, QDateTime::fromString(u"2026-04-06T00:00:00+08:00"_s, Qt::ISODate));
        QCOMPARE(a.runarounds.size(), 1);
        const CaseAnalysis::Runaround &r = a.runarounds.first();
        // Request B's answer did not break request A's chain.
        QCOMPARE(r.eventIds(), (QList<qint64>{1, 2, 3, 5}));
        QCOMPARE(r.request, u"GD-A"_s);
        for (const auto &ref : r.referrals)
            QCOMPARE(ref.request, u"GD-A"_s);
        QVERIFY(r.loopsBack);

        // Two different tickets, each sent on once: two requests, no runaround.
        const QList<Event> separate{
            withRef(makeEvent(1, u"2026-04-01T09:00:00+08:00"_s, Channel::Phone, u"只能去营业厅办理"_s), u"GD-1"_s),
            withRef(makeEvent(2, u"2026-04-02T09:00:00+08:00"_s, Channel::Store, u"只能在网上办理"_s), u"GD-2"_s),
        };
        QVERIFY(CaseAnalysis::of(separate, QDateTime::currentDateTimeUtc()).runarounds.isEmpty());
    }

    void holdAndTravelNotRecorded()
    {
        const QList<Event> events{
            makeEvent(1, u"2026-04-01T09:00:00+08:00"_s, Channel::Phone, u"call"_s, {}, 600),
            makeEvent(2, u"2026-04-02T09:00:00+08:00"_s, Channel::Store, u"visit"_s, {}, 1800),
        };
        const CaseAnalysis a = CaseAnalysis::of(events, QDateTime::currentDateTimeUtc());
        QVERIFY(!a.holdTimeRecorded);
        QVERIFY(!a.travelTimeRecorded);
        QCOMPARE(a.holdSeconds, qint64(0));
        QCOMPARE(a.callsWithHold, 0);
        QVERIFY(!a.finalAnswer.isValid());
    }

    void holdAndTravelAddUp()
    {
        Event first = makeEvent(1, u"2026-04-01T09:00:00+08:00"_s, Channel::Phone, u"call"_s, {}, 1500);
        first.holdSeconds = 600;
        Event second = makeEvent(2, u"2026-04-02T09:00:00+08:00"_s, Channel::Phone, u"call"_s, {}, 900);
        second.holdSeconds = 0; // recorded: no hold at all
        Event third = makeEvent(3, u"2026-04-03T09:00:00+08:00"_s, Channel::Phone, u"call"_s, {}, 300);
        Event visit = makeEvent(4, u"2026-04-04T09:00:00+08:00"_s, Channel::Store, u"visit"_s, {}, 1800);
        visit.travelSeconds = 2400;
        const CaseAnalysis a = CaseAnalysis::of({first, second, third, visit}, QDateTime::currentDateTimeUtc());
        QVERIFY(a.holdTimeRecorded);
        QCOMPARE(a.callsWithHold, 2);
        QCOMPARE(a.holdSeconds, qint64(600));
        QCOMPARE(a.callSeconds, qint64(2700)); // hold is part of the calls' time
        QVERIFY(a.travelTimeRecorded);
        QCOMPARE(a.eventsWithTravel, 1);
        QCOMPARE(a.travelSeconds, qint64(2400));
        QCOMPARE(a.storeVisitSeconds, qint64(1800)); // the trip is not the visit
    }

    // The company's final answer (deadlock letter) is taken from the event marked so.
    void finalAnswerFromTheEvents()
    {
        Event before = makeEvent(1, u"2026-03-01T09:00:00+00:00"_s, Channel::Letter, u"letter before any complaint"_s);
        before.direction = Direction::Incoming;
        before.finalAnswer = true; // before the first complaint: not an answer to it
        Event complaint = makeEvent(2, u"2026-03-02T09:00:00+00:00"_s, Channel::Phone, u"complaint"_s);
        Event deadlock = makeEvent(3, u"2026-03-20T16:00:00+00:00"_s, Channel::Letter, u"deadlock letter"_s);
        deadlock.direction = Direction::Incoming;
        deadlock.finalAnswer = true;
        Event later = deadlock;
        later.id = 4;
        later.occurred = later.occurred.addDays(5);
        const CaseAnalysis a = CaseAnalysis::of({later, before, deadlock, complaint}, QDateTime::currentDateTimeUtc());
        QCOMPARE(a.finalAnswer, deadlock.occurred);
        QCOMPARE(a.finalAnswerDay(), QDate(2026, 3, 20));
        QCOMPARE(a.complaintDay(), QDate(2026, 3, 2));
        Event trashed = deadlock;
        trashed.trashed = true;
        QVERIFY(!CaseAnalysis::of({complaint, trashed}, QDateTime::currentDateTimeUtc()).finalAnswer.isValid());
    }

    void emptyCase()
    {
        const CaseAnalysis a = CaseAnalysis::of({}, QDateTime::currentDateTimeUtc());
        QCOMPARE(a.contacts, 0);
        QCOMPARE(a.daysSinceFirstContact, qint64(-1));
        QVERIFY(!a.firstComplaint.isValid());
    }
};

QTEST_GUILESS_MAIN(TestCaseAnalysis)
#include "tst_caseanalysis.moc"
