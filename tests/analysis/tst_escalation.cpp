// Escalation ladders: the dates a user may go to the regulator, the
// ombudsman or the FCC, under the rule in force when they complained.

#include "escalationladder.h"

#include <QRegularExpression>
#include <QTest>

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
