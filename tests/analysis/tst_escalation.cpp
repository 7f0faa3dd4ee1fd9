// Escalation ladders: the dates a user may go to the regulator, the
// ombudsman or the FCC, under the rule in force when they complained.

#include "escalationladder.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>

#include <optional>

using namespace Qt::StringLiterals;
using namespace plaint;

namespace {

EscalationLadder ladderFor(Jurisdiction j, const QString &language = u"en"_s)
{
    auto ladder = EscalationLadder::forJurisdiction(j, language);
    if (!ladder)
        qFatal("%s", qPrintable(ladder.error()));
    return *ladder;
}

QDate date(const QString &iso)
{
    return QDate::fromString(iso, Qt::ISODate);
}

// A copy, so a check may be made on the advice of a temporary ladder.
std::optional<EscalationLadder::Advice> step(const QList<EscalationLadder::Advice> &advice, const QString &to)
{
    for (const auto &a : advice) {
        if (a.toStep == to)
            return a;
    }
    return std::nullopt;
}

} // namespace

class TestEscalation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFileLoadsWithSources()
    {
        for (Jurisdiction j : {Jurisdiction::CN, Jurisdiction::UK, Jurisdiction::US, Jurisdiction::EU}) {
            const EscalationLadder ladder = ladderFor(j);
            QVERIFY(!ladder.name().isEmpty());
            QVERIFY(ladder.steps().size() >= 3);
            const auto advice = ladder.advise(date(u"2024-05-01"_s));
            QVERIFY(!advice.isEmpty());
            for (const auto &a : advice) {
                QVERIFY2(!a.source.isEmpty(), qPrintable(a.routeId));
                QVERIFY2(!a.needs.isEmpty(), qPrintable(a.routeId));
                QVERIFY(a.earliest >= date(u"2024-05-01"_s));
            }
        }
    }

    void noLadderForOther()
    {
        const auto ladder = EscalationLadder::forJurisdiction(Jurisdiction::Other);
        QVERIFY(!ladder);
        QVERIFY(ladder.error().contains(u"other"_s));
    }

    void chinaTelecomAppeal_data()
    {
        QTest::addColumn<QString>("complained");
        QTest::addColumn<QString>("finalAnswer");
        QTest::addColumn<QString>("miit");
        // Not answered within 15 days: the appeal opens on the 16th day after the complaint.
        QTest::newRow("unanswered") << u"2021-04-18"_s << QString() << u"2021-05-04"_s;
        QTest::newRow("over a month end") << u"2024-02-20"_s << QString() << u"2024-03-07"_s;
        QTest::newRow("answered, not satisfied") << u"2021-04-18"_s << u"2021-04-20"_s << u"2021-04-20"_s;
        QTest::newRow("answer after the 15 days") << u"2021-04-18"_s << u"2021-05-10"_s << u"2021-05-04"_s;
    }

    void chinaTelecomAppeal()
    {
        QFETCH(QString, complained);
        QFETCH(QString, finalAnswer);
        QFETCH(QString, miit);
        const auto advice = ladderFor(Jurisdiction::CN).advise(date(complained), date(finalAnswer));
        const auto appeal = step(advice, u"miit"_s);
        QVERIFY(appeal);
        QCOMPARE(appeal->earliest, date(miit));
        QVERIFY(appeal->source.contains(u"电信用户申诉处理办法"_s));
        QVERIFY(appeal->timeLimit.contains(u"5 months"_s));
        QCOMPARE(appeal->inForceFrom, date(u"2016-07-30"_s));
        // 12315 and the courts ask for no waiting period.
        QCOMPARE(step(advice, u"samr"_s)->earliest, date(complained));
        QVERIFY(!step(advice, u"court"_s)->dependsOnEarlierStep);
        QCOMPARE(step(advice, u"court"_s)->earliest, date(complained));
    }

    void chinaInChinese()
    {
        const auto advice = ladderFor(Jurisdiction::CN, u"zh_CN"_s).advise(date(u"2021-04-18"_s));
        const auto appeal = step(advice, u"miit"_s);
        QVERIFY(appeal);
        QVERIFY(appeal->toName.contains(u"电信用户申诉受理中心"_s));
        QVERIFY(appeal->needs.contains(u"工单号"_s));
    }

    // Every jurisdiction's advice reads in both Chinese scripts; the language
    // comes from the default locale when none is given.
    void everyLadderInChinese_data()
    {
        QTest::addColumn<int>("jurisdiction");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected"); // a word only that script writes so
        for (Jurisdiction j : {Jurisdiction::CN, Jurisdiction::US, Jurisdiction::UK, Jurisdiction::EU}) {
            const QString code = toString(j);
            QTest::addRow("%s zh_CN", qPrintable(code)) << int(j) << u"zh_CN"_s << u"zh_CN"_s << u"诉"_s;
            QTest::addRow("%s zh_TW", qPrintable(code)) << int(j) << u"zh_TW"_s << u"zh_TW"_s << u"訴"_s;
            QTest::addRow("%s from zh_HK", qPrintable(code)) << int(j) << QString() << u"zh_HK"_s << u"訴"_s;
            QTest::addRow("%s from zh_SG", qPrintable(code)) << int(j) << QString() << u"zh_SG"_s << u"诉"_s;
        }
    }

    void everyLadderInChinese()
    {
        QFETCH(int, jurisdiction);
        QFETCH(QString, language);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        auto ladder = EscalationLadder::forJurisdiction(Jurisdiction(jurisdiction), language);
        QLocale::setDefault(before);
        QVERIFY2(ladder, qPrintable(ladder.error()));
        QString all = ladder->name() + ladder->countingNote();
        for (const auto &s : ladder->steps())
            all += s.name;
        QVERIFY2(all.contains(expected), qPrintable(all.left(200)));
        // No English sentence left over where a translation was expected.
        for (const auto &s : ladder->steps())
            QVERIFY2(s.name.contains(QRegularExpression(u"[\\x{4e00}-\\x{9fff}]"_s)), qPrintable(s.name));
        // Whatever the English advice says, the Chinese says too, in Chinese.
        const auto english = ladderFor(Jurisdiction(jurisdiction)).advise(date(u"2024-04-18"_s));
        const auto chinese = ladder->advise(date(u"2024-04-18"_s));
        QCOMPARE(chinese.size(), english.size());
        static const QRegularExpression han(u"[\\x{4e00}-\\x{9fff}]"_s);
        int unsure = 0; // every ladder says somewhere what it is unsure of
        for (qsizetype i = 0; i < english.size(); ++i) {
            unsure += english[i].uncertain.isEmpty() ? 0 : 1;
            for (const auto &[en, zh] : {std::pair{english[i].needs, chinese[i].needs},
                                         std::pair{english[i].timeLimit, chinese[i].timeLimit},
                                         std::pair{english[i].uncertain, chinese[i].uncertain}})
                QVERIFY2(en.isEmpty() || zh.contains(han), qPrintable(en + u" → "_s + zh));
        }
        QVERIFY(unsure > 0);
    }

    void chinaBeforeTheRules()
    {
        // The 2016 rules are the oldest encoded: earlier complaints get no dates rather than wrong ones.
        QVERIFY(!step(ladderFor(Jurisdiction::CN).advise(date(u"2015-06-01"_s)), u"miit"_s));
    }

    void ukOfcomAdr_data()
    {
        QTest::addColumn<QString>("complained");
        QTest::addColumn<QString>("finalAnswer");
        QTest::addColumn<QString>("adr");
        QTest::addColumn<QString>("route");
        QTest::addColumn<bool>("ruleChangeNoted");
        QTest::newRow("8 weeks, well before the change") << u"2026-01-05"_s << QString() << u"2026-03-02"_s
                                                         << u"uk-ofcom-adr-8-weeks"_s << false;
        QTest::newRow("8 weeks in 2021") << u"2021-04-18"_s << QString() << u"2021-06-13"_s << u"uk-ofcom-adr-8-weeks"_s << false;
        QTest::newRow("8 weeks, the change comes first") << u"2026-03-01"_s << QString() << u"2026-04-26"_s
                                                         << u"uk-ofcom-adr-8-weeks"_s << true;
        QTest::newRow("last day of the 8 weeks rule") << u"2026-04-07"_s << QString() << u"2026-06-02"_s
                                                      << u"uk-ofcom-adr-8-weeks"_s << true;
        QTest::newRow("6 weeks from 8 April 2026") << u"2026-04-08"_s << QString() << u"2026-05-20"_s
                                                   << u"uk-ofcom-adr-6-weeks"_s << false;
        QTest::newRow("6 weeks later in 2026") << u"2026-11-02"_s << QString() << u"2026-12-14"_s << u"uk-ofcom-adr-6-weeks"_s << false;
        QTest::newRow("deadlock letter") << u"2026-01-05"_s << u"2026-01-20"_s << u"2026-01-20"_s << u"uk-ofcom-adr-8-weeks"_s << false;
    }

    void ukOfcomAdr()
    {
        QFETCH(QString, complained);
        QFETCH(QString, finalAnswer);
        QFETCH(QString, adr);
        QFETCH(QString, route);
        QFETCH(bool, ruleChangeNoted);
        const auto advice = ladderFor(Jurisdiction::UK).advise(date(complained), date(finalAnswer));
        const auto a = step(advice, u"adr"_s);
        QVERIFY(a);
        QCOMPARE(a->earliest, date(adr));
        QCOMPARE(a->routeId, route);
        QCOMPARE(!a->ruleChange.isEmpty(), ruleChangeNoted);
        QVERIFY(a->source.contains(u"Ofcom"_s));
        QVERIFY(step(advice, u"court"_s));
    }

    void ukRuleChangeSaysWhatTheNewRuleWouldGive()
    {
        const auto a = step(ladderFor(Jurisdiction::UK).advise(date(u"2026-03-01"_s)), u"adr"_s);
        QVERIFY(a);
        QVERIFY2(a->ruleChange.contains(u"2026-04-08"_s) && a->ruleChange.contains(u"2026-04-12"_s), qPrintable(a->ruleChange));
    }

    void ukFinancialOmbudsmanStaysEightWeeks()
    {
        const auto fos = step(ladderFor(Jurisdiction::UK).advise(date(u"2026-05-01"_s)), u"fos"_s);
        QVERIFY(fos);
        QCOMPARE(fos->earliest, date(u"2026-06-26"_s));
        QVERIFY(fos->source.contains(u"DISP"_s));
    }

    void usFcc()
    {
        const auto advice = ladderFor(Jurisdiction::US).advise(date(u"2025-03-03"_s));
        QCOMPARE(step(advice, u"fcc_informal"_s)->earliest, date(u"2025-03-03"_s));
        const auto formal = step(advice, u"fcc_formal"_s);
        QVERIFY(formal);
        // The carrier has 30 days to answer the informal complaint.
        QCOMPARE(formal->earliest, date(u"2025-04-03"_s));
        QVERIFY(formal->dependsOnEarlierStep);
        QVERIFY(formal->source.contains(u"1.718"_s));
        QVERIFY(formal->timeLimit.contains(u"6 months"_s));
    }

    void euOdrPlatformClosed()
    {
        QVERIFY(step(ladderFor(Jurisdiction::EU).advise(date(u"2024-05-01"_s)), u"odr"_s));
        QVERIFY(!step(ladderFor(Jurisdiction::EU).advise(date(u"2025-08-01"_s)), u"odr"_s));
        QVERIFY(step(ladderFor(Jurisdiction::EU).advise(date(u"2025-08-01"_s)), u"adr"_s));
    }

    void sentenceForTheCaseView()
    {
        const auto a = step(ladderFor(Jurisdiction::UK).advise(date(u"2026-04-08"_s)), u"adr"_s);
        QVERIFY(a);
        const QString sentence = a->sentence();
        QVERIFY2(sentence.startsWith(u"You may escalate to an Ofcom-approved ADR scheme"_s), qPrintable(sentence));
        QVERIFY(sentence.contains(u"from 2026-05-20; you will need: "_s));
    }

    // The step to take next: the lowest step beyond the company that waits on
    // no other step. For the US, the free FCC informal complaint today, not
    // the formal one that waits 30 days on it.
    void nextStep_data()
    {
        QTest::addColumn<int>("jurisdiction");
        QTest::addColumn<QString>("complained");
        QTest::addColumn<QString>("next");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QStringList>("afterNext");
        QTest::newRow("CN: the 12300 appeal after 15 days") << int(Jurisdiction::CN) << u"2026-03-02"_s << u"miit"_s << u"2026-03-18"_s
                                                            << QStringList{};
        QTest::newRow("UK: ADR after 8 weeks") << int(Jurisdiction::UK) << u"2026-03-02"_s << u"adr"_s << u"2026-04-27"_s << QStringList{};
        QTest::newRow("UK: ADR after 6 weeks") << int(Jurisdiction::UK) << u"2026-11-02"_s << u"adr"_s << u"2026-12-14"_s << QStringList{};
        QTest::newRow("US: the informal complaint today") << int(Jurisdiction::US) << u"2026-03-02"_s << u"fcc_informal"_s
                                                          << u"2026-03-02"_s << QStringList{u"fcc_formal"_s};
        QTest::newRow("EU: ADR") << int(Jurisdiction::EU) << u"2026-03-02"_s << u"adr"_s << u"2026-03-02"_s << QStringList{};
    }

    void nextStep()
    {
        QFETCH(int, jurisdiction);
        QFETCH(QString, complained);
        QFETCH(QString, next);
        QFETCH(QString, from);
        QFETCH(QStringList, afterNext);
        const auto plan = EscalationLadder::plan(ladderFor(Jurisdiction(jurisdiction)).advise(date(complained)));
        QVERIFY(plan.next);
        QCOMPARE(plan.next->toStep, next);
        QCOMPARE(plan.next->earliest, date(from));
        QVERIFY(!plan.next->dependsOnEarlierStep);
        QStringList after;
        for (const auto &a : plan.afterNext) {
            after << a.toStep;
            QVERIFY(a.dependsOnEarlierStep);
            QCOMPARE(a.fromStep, next);
        }
        QCOMPARE(after, afterNext);
        for (const auto &a : plan.alsoOpen) {
            QVERIFY(!a.dependsOnEarlierStep);
            QVERIFY(a.routeId != plan.next->routeId);
        }
    }

    void usFormalComplaintWaitsOnTheInformalOne()
    {
        const auto plan = EscalationLadder::plan(ladderFor(Jurisdiction::US).advise(date(u"2026-03-02"_s)));
        QCOMPARE(plan.afterNext.size(), 1);
        QCOMPARE(plan.afterNext.first().waitDays, 30);
        QVERIFY(plan.afterNext.first().dayAfter);
        // Its dates count from a step not taken yet: no "appeal by" of its own.
        QVERIFY(plan.afterNext.first().timeLimitDates.isEmpty());
        QVERIFY(std::any_of(plan.alsoOpen.cbegin(), plan.alsoOpen.cend(), [](const auto &a) { return a.toStep == u"court"; }));
    }

    void ukRuleChangeInPlainWords()
    {
        // A complaint on 2 March 2026: 8 weeks give 27 April; the 6-week rule, in force from 8 April, gives 13 April.
        const auto plan = EscalationLadder::plan(ladderFor(Jurisdiction::UK).advise(date(u"2026-03-02"_s)));
        QVERIFY(plan.next);
        QCOMPARE(plan.next->earliest, date(u"2026-04-27"_s));
        QCOMPARE(plan.next->ruleChangeFrom, date(u"2026-04-08"_s));
        QCOMPARE(plan.next->ruleChangeEarliest, date(u"2026-04-13"_s));
        const QString notes = plan.next->notes().join(u'\n');
        QVERIFY2(notes.contains(u"2026-04-08"_s) && notes.contains(u"2026-04-13"_s), qPrintable(notes));
        QVERIFY(!plan.next->uncertain.isEmpty());
    }

    void ukFinalAnswerOpensTheOmbudsmanAndStartsItsSixMonths()
    {
        const auto advice = ladderFor(Jurisdiction::UK).advise(date(u"2026-05-01"_s), date(u"2026-05-20"_s));
        const auto fos = step(advice, u"fos"_s);
        QVERIFY(fos);
        QCOMPARE(fos->earliest, date(u"2026-05-20"_s));
        QVERIFY(fos->openedByFinalAnswer);
        QCOMPARE(fos->timeLimitDates.size(), 1);
        QCOMPARE(fos->timeLimitDates.first().by, date(u"2026-11-20"_s));
        QVERIFY(fos->notes().join(u' ').contains(u"final answer"_s));
        // Without a final answer, no six months to count.
        QVERIFY(step(ladderFor(Jurisdiction::UK).advise(date(u"2026-05-01"_s)), u"fos"_s)->timeLimitDates.isEmpty());
    }

    void chinaAppealBy_data()
    {
        QTest::addColumn<QString>("complained");
        QTest::addColumn<QString>("billing");
        QTest::addColumn<QString>("other");
        QTest::newRow("plain") << u"2026-03-02"_s << u"2026-08-02"_s << u"2028-03-02"_s;
        // Civil Code art. 202: no such day in the last month, its last day.
        QTest::newRow("31 January") << u"2026-01-31"_s << u"2026-06-30"_s << u"2028-01-31"_s;
        QTest::newRow("a leap day") << u"2024-02-29"_s << u"2024-07-29"_s << u"2026-02-28"_s;
    }

    void chinaAppealBy()
    {
        QFETCH(QString, complained);
        QFETCH(QString, billing);
        QFETCH(QString, other);
        const auto appeal = step(ladderFor(Jurisdiction::CN).advise(date(complained)), u"miit"_s);
        QVERIFY(appeal);
        QCOMPARE(appeal->timeLimitDates.size(), 2);
        QCOMPARE(appeal->timeLimitDates.at(0).by, date(billing));
        QVERIFY(appeal->timeLimitDates.at(0).what.contains(u"billing"_s));
        QCOMPARE(appeal->timeLimitDates.at(1).by, date(other));
        const QString notes = appeal->notes().join(u'\n');
        QVERIFY2(notes.contains(u"act by %1"_s.arg(billing)), qPrintable(notes));
        QVERIFY2(notes.contains(u"happened earlier"_s), qPrintable(notes));
    }

    // 第十一条（四）: once 12315 (or a court, a consumer association, another
    // authority) has accepted the matter, the appeal centre will not. The
    // ladder offers both; it must say so.
    void chinaSays12315Closes12300()
    {
        const auto advice = ladderFor(Jurisdiction::CN).advise(date(u"2026-03-02"_s));
        for (const QString &to : {u"miit"_s, u"samr"_s, u"court"_s}) {
            const auto a = step(advice, to);
            QVERIFY(a);
            QVERIFY2(a->warning.contains(u"第十一条第（四）项"_s), qPrintable(to + u": "_s + a->warning));
            QVERIFY(a->notes().contains(a->warning));
        }
        QVERIFY(step(advice, u"samr"_s)->warning.contains(u"12300"_s));
        QVERIFY(step(advice, u"samr"_s)->source.contains(u"第十一条第（四）项"_s));
        const auto zh = step(ladderFor(Jurisdiction::CN, u"zh_CN"_s).advise(date(u"2026-03-02"_s)), u"samr"_s);
        QVERIFY2(zh->warning.contains(u"不予受理"_s), qPrintable(zh->warning));
    }

    // Civil Code art. 203 is not applied silently: when the 15th day is a day
    // off, the advice keeps the 16th day and says what art. 203 would give.
    void chinaLastDayOffIsSaidNotApplied_data()
    {
        QTest::addColumn<QString>("complained");
        QTest::addColumn<QString>("earliest");
        QTest::addColumn<QString>("underArt203"); // empty: the 15th day is a working day
        QTest::newRow("15th day in the National Day holiday") << u"2026-09-16"_s << u"2026-10-02"_s << u"2026-10-09"_s;
        QTest::newRow("15th day on a Saturday") << u"2026-03-06"_s << u"2026-03-22"_s << u"2026-03-24"_s;
        QTest::newRow("15th day on a 调休 working Saturday") << u"2026-09-25"_s << u"2026-10-11"_s << QString();
        QTest::newRow("15th day a working day") << u"2024-02-20"_s << u"2024-03-07"_s << QString();
        QTest::newRow("15th day without holiday data") << u"2028-12-10"_s << u"2028-12-26"_s << QString();
    }

    void chinaLastDayOffIsSaidNotApplied()
    {
        QFETCH(QString, complained);
        QFETCH(QString, earliest);
        QFETCH(QString, underArt203);
        const auto appeal = step(ladderFor(Jurisdiction::CN).advise(date(complained)), u"miit"_s);
        QVERIFY(appeal);
        QCOMPARE(appeal->earliest, date(earliest));
        QCOMPARE(appeal->lastDayOffEarliest, date(underArt203));
        const QString notes = appeal->notes().join(u'\n');
        QCOMPARE(notes.contains(u"第二百零三条"_s), !underArt203.isEmpty());
        if (!underArt203.isEmpty())
            QVERIFY2(notes.contains(underArt203) && notes.contains(u"uncertain"_s), qPrintable(notes));
        // The data file says so whatever the day.
        QVERIFY(appeal->uncertain.contains(u"art. 203"_s));
    }

    void damagedRulesAreRefused()
    {
        QVERIFY(!EscalationLadder::fromJson("[]", u"test"_s));
        QVERIFY(!EscalationLadder::fromJson(R"({"steps": [{"id": "company"}], "routes": [{"id": "r", "after": "company", "to": "nowhere", "wait_days": 1, "source": "s"}]})",
                                            u"test"_s));
        QVERIFY(!EscalationLadder::fromJson(R"({"steps": [{"id": "company", "name": "c"}, {"id": "x", "name": "x"}], "routes": [{"id": "r", "after": "company", "to": "x", "wait_days": 1}]})",
                                            u"test"_s));
    }
};

QTEST_GUILESS_MAIN(TestEscalation)
#include "tst_escalation.moc"
