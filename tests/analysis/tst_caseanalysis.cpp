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
        QTest::newRow("zh_TW hotline") << u"請撥打客服熱線查詢"_s << u"hotline"_s;
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
