// The analysis verbs end to end: promises, deadlines, analyse and suggest,
// run as the real `plaint` binary on a real library, as a user's script would.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "plaintrunner.h"

#include "../icscheck.h"

using namespace Qt::StringLiterals;
using plaint::test::PlaintRunner;
using plaint::test::Run;

class TestCliAnalysis : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;

    Run plaint(const QStringList &args, const QString &library = {})
    {
        return PlaintRunner(m_dir.path(), m_library).run(args, library);
    }

    qint64 added(const QStringList &args)
    {
        return PlaintRunner(m_dir.path(), m_library).addedId(args);
    }

    QJsonObject json(const QStringList &args)
    {
        const Run r = plaint(args);
        if (r.exitCode != 0)
            qWarning() << "plaint" << args << "failed:" << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    static QJsonObject byId(const QJsonArray &list, qint64 id)
    {
        for (const QJsonValue &v : list) {
            if (v.toObject().value(u"id"_s).toInteger() == id)
                return v.toObject();
        }
        return {};
    }

    static QJsonObject step(const QJsonObject &analysis, const QString &to)
    {
        for (const QJsonValue &v : analysis.value(u"escalation"_s).toObject().value(u"steps"_s).toArray()) {
            if (v.toObject().value(u"to"_s).toString() == to)
                return v.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"library.plaint"_s);
        // A crafted back-and-forth: hotline → shop → app → hotline → shop.
        QCOMPARE(added({u"case"_s, u"add"_s, u"--title"_s, u"降档 189 元套餐到 129 元"_s, u"--company"_s, u"中国移动"_s,
                        u"--jurisdiction"_s, u"CN"_s}), 1);
        QCOMPARE(added({u"event"_s, u"add"_s, u"--case"_s, u"1"_s, u"--at"_s, u"2021-04-18T10:15+08:00"_s, u"--channel"_s,
                        u"phone"_s, u"--duration"_s, u"37"_s, u"--agent"_s, u"23338"_s, u"--summary"_s,
                        u"热线说只能去营业厅改套餐"_s, u"--quote"_s, u"已经给您延期到5月31日了"_s}), 1);
        QCOMPARE(added({u"event"_s, u"add"_s, u"--case"_s, u"1"_s, u"--at"_s, u"2021-04-19T15:00+08:00"_s, u"--channel"_s,
                        u"store"_s, u"--duration"_s, u"45"_s, u"--summary"_s, u"营业厅说只能在网上办理"_s}), 2);
        QCOMPARE(added({u"event"_s, u"add"_s, u"--case"_s, u"1"_s, u"--at"_s, u"2021-04-19T20:00+08:00"_s, u"--channel"_s,
                        u"app"_s, u"--summary"_s, u"APP里没有入口，提示请拨打客服热线10086"_s}), 3);
        QCOMPARE(added({u"event"_s, u"add"_s, u"--case"_s, u"1"_s, u"--at"_s, u"2021-04-20T09:00+08:00"_s, u"--channel"_s,
                        u"phone"_s, u"--duration"_s, u"20"_s, u"--agent"_s, u"10452"_s, u"--summary"_s,
                        u"热线又说只能去营业厅办理，48小时内回电"_s}), 4);
        QCOMPARE(added({u"promise"_s, u"add"_s, u"--event"_s, u"1"_s, u"--text"_s, u"代金券延期到5月31日"_s, u"--due"_s,
                        u"2021-05-31"_s}), 1);
        QCOMPARE(added({u"promise"_s, u"add"_s, u"--event"_s, u"4"_s, u"--text"_s, u"48小时内回电, 确认; 办理"_s, u"--due"_s,
                        u"2021-04-22T09:00+08:00"_s}), 2);
        QCOMPARE(added({u"promise"_s, u"add"_s, u"--event"_s, u"4"_s, u"--text"_s, u"尽快处理"_s}), 3);
        QCOMPARE(added({u"promise"_s, u"add"_s, u"--event"_s, u"1"_s, u"--text"_s, u"今天回电"_s, u"--due"_s,
                        u"2021-04-18T18:00+08:00"_s}), 4);
        QCOMPARE(plaint({u"promise"_s, u"set"_s, u"--id"_s, u"4"_s, u"--kept"_s}).exitCode, 0);
        // A case where Plaint has no ladder.
        QCOMPARE(added({u"case"_s, u"add"_s, u"--title"_s, u"Router refund"_s, u"--company"_s, u"NetCo"_s}), 2);
        QCOMPARE(added({u"event"_s, u"add"_s, u"--case"_s, u"2"_s, u"--at"_s, u"2024-03-01T09:00+00:00"_s, u"--channel"_s,
                        u"email"_s, u"--summary"_s, u"Asked for the refund"_s}), 5);
    }

    void promisesWithDerivedStatus()
    {
        const QJsonObject o = json({u"promises"_s, u"--case"_s, u"1"_s, u"--as-of"_s, u"2021-04-25T00:00+08:00"_s, u"--json"_s});
        QCOMPARE(o.value(u"case_id"_s).toInteger(), 1);
        QCOMPARE(o.value(u"count"_s).toInt(), 4);
        QCOMPARE(o.value(u"overdue_count"_s).toInt(), 1);
        const QJsonArray list = o.value(u"promises"_s).toArray();
        QCOMPARE(byId(list, 1).value(u"derived_status"_s).toString(), u"pending"_s);
        QCOMPARE(byId(list, 2).value(u"derived_status"_s).toString(), u"overdue"_s);
        QCOMPARE(byId(list, 2).value(u"status"_s).toString(), u"pending"_s);
        QVERIFY(byId(list, 2).value(u"overdue"_s).toBool());
        QCOMPARE(byId(list, 2).value(u"event_at"_s).toString(), u"2021-04-20T09:00:00+08:00"_s);
        QCOMPARE(byId(list, 3).value(u"derived_status"_s).toString(), u"pending"_s);
        QVERIFY(byId(list, 3).value(u"due"_s).isNull());
        QCOMPARE(byId(list, 4).value(u"derived_status"_s).toString(), u"kept"_s);

        // Judged against today's clock, the May 2021 deadline is long gone too.
        const QJsonObject now = json({u"promises"_s, u"--case"_s, u"1"_s, u"--json"_s});
        QCOMPARE(now.value(u"overdue_count"_s).toInt(), 2);

        const Run text = plaint({u"promises"_s, u"--case"_s, u"1"_s, u"--as-of"_s, u"2021-04-25T00:00+08:00"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(u"#2 [OVERDUE] due 2021-04-22 09:00 UTC+08:00"_s));
        QVERIFY(text.out.contains(u"4 promise(s), 1 overdue."_s));
    }

    void deadlinesAsICalendar()
    {
        const QString path = m_dir.filePath(u"deadlines.ics"_s);
        const Run r = plaint({u"deadlines"_s, u"--case"_s, u"1"_s, u"--ics"_s, path});
        QCOMPARE(r.exitCode, 0);
        // Two pending promises, the day the 12300 appeal opens and its two last days: the window's export, the same.
        QVERIFY2(r.out.contains(u"Wrote 5 deadline(s)"_s), qPrintable(r.out));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QCOMPARE(plaint::test::icsProblem(ics), QString());
        QByteArray unfolded = ics;
        unfolded.replace("\r\n ", "");
        QCOMPARE(unfolded.count("BEGIN:VEVENT"), 5);
        // 18 April + 15 days, unanswered: from 4 May 2021, at 09:00 in Beijing (01:00 UTC).
        QVERIFY(unfolded.contains("UID:escalation-cn-miit-appeal-2016-case-1@plaint\r\n"));
        QVERIFY(unfolded.contains("DTSTART:20210504T010000Z\r\n"));
        QVERIFY(unfolded.contains("UID:escalation-cn-miit-appeal-2016-by-20210918-case-1@plaint\r\n"));
        QVERIFY(unfolded.contains("UID:promise-1-case-1@plaint\r\n"));
        QVERIFY(unfolded.contains("DTSTART:20210531T155959Z\r\n"));
        QVERIFY(unfolded.contains("DTSTART:20210422T010000Z\r\n"));
        QVERIFY(unfolded.contains(u"48小时内回电\\, 确认\\; 办理"_s.toUtf8()));

        const QString python = plaint::test::pythonWithIcalendar();
        if (python.isEmpty())
            QSKIP("no python3 with the icalendar module: install python3-icalendar to check the file with a real parser");
        QProcess parser;
        parser.start(python, {u"-c"_s,
                              u"import sys, icalendar\n"
                              "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                              "for ev in cal.walk('VEVENT'):\n"
                              "    print(ev['UID'], ev.decoded('DTSTART').isoformat(), len(ev.walk('VALARM')), ev['SUMMARY'])\n"_s,
                              path});
        QVERIFY(parser.waitForFinished(30000));
        QVERIFY2(parser.exitCode() == 0, parser.readAllStandardError().constData());
        const QString out = QString::fromUtf8(parser.readAllStandardOutput());
        QVERIFY2(out.contains(u"promise-1-case-1@plaint 2021-05-31T15:59:59+00:00 1 中国移动 promised: 代金券延期到5月31日"_s), qPrintable(out));
        QVERIFY2(out.contains(u"escalation-cn-miit-appeal-2016-case-1@plaint 2021-05-04T01:00:00+00:00 1 You may escalate to"_s), qPrintable(out));
        QVERIFY2(out.contains(u"promise-2-case-1@plaint 2021-04-22T01:00:00+00:00 1 中国移动 promised: 48小时内回电, 确认; 办理"_s), qPrintable(out));
    }

    // A due time counted over 2027's provisional holidays stays marked approximate once it is a promise.
    void approximateDueTimesStayMarked()
    {
        const qint64 c = added({u"case"_s, u"add"_s, u"--title"_s, u"宽带"_s, u"--company"_s, u"中国电信"_s, u"--jurisdiction"_s, u"CN"_s});
        const qint64 e = added({u"event"_s, u"add"_s, u"--case"_s, QString::number(c), u"--at"_s, u"2027-01-29T10:00+08:00"_s,
                                u"--channel"_s, u"phone"_s, u"--summary"_s, u"报修"_s, u"--quote"_s, u"我们会在5个工作日内处理"_s});
        added({u"promise"_s, u"add"_s, u"--event"_s, QString::number(e), u"--text"_s, u"5个工作日内处理"_s, u"--due"_s,
               u"2027-02-09T23:59:59+08:00"_s});
        const Run text = plaint({u"promises"_s, u"--case"_s, QString::number(c)});
        QVERIFY2(text.out.contains(u"(approximate: no final holiday data for 2027)"_s), qPrintable(text.out));
        const QJsonObject o = json({u"promises"_s, u"--case"_s, QString::number(c), u"--json"_s});
        QVERIFY(o.value(u"promises"_s).toArray().first().toObject().value(u"due_approximate"_s).toBool());
        QCOMPARE(plaint({u"case"_s, u"trash"_s, u"--id"_s, QString::number(c)}).exitCode, 0);
    }

    // Hold and travel time add up where events record them; the event marked as
    // the company's final answer (a deadlock letter) opens ADR that day.
    void analyseReadsHoldTravelAndTheFinalAnswer()
    {
        const QString c = QString::number(added({u"case"_s, u"add"_s, u"--title"_s, u"Broadband"_s, u"--company"_s, u"NetCo"_s,
                                                 u"--jurisdiction"_s, u"UK"_s}));
        added({u"event"_s, u"add"_s, u"--case"_s, c, u"--at"_s, u"2026-05-04T10:00+01:00"_s, u"--channel"_s, u"phone"_s,
               u"--duration"_s, u"40"_s, u"--hold"_s, u"25"_s, u"--summary"_s, u"Complaint about the speed"_s});
        added({u"event"_s, u"add"_s, u"--case"_s, c, u"--at"_s, u"2026-05-06T15:00+01:00"_s, u"--channel"_s, u"store"_s,
               u"--duration"_s, u"20"_s, u"--travel"_s, u"50"_s, u"--summary"_s, u"Shop visit"_s});
        added({u"event"_s, u"add"_s, u"--case"_s, c, u"--at"_s, u"2026-05-12T09:00+01:00"_s, u"--channel"_s, u"letter"_s,
               u"--direction"_s, u"in"_s, u"--final-answer"_s, u"--summary"_s, u"Deadlock letter"_s});
        const QJsonObject a = json({u"analyse"_s, u"--case"_s, c, u"--json"_s});
        QCOMPARE(a.value(u"hold_seconds"_s).toInteger(), 25 * 60);
        QCOMPARE(a.value(u"calls_with_hold"_s).toInt(), 1);
        QCOMPARE(a.value(u"travel_seconds"_s).toInteger(), 50 * 60);
        QCOMPARE(a.value(u"final_answer"_s).toString(), u"2026-05-12T09:00:00+01:00"_s);
        QCOMPARE(a.value(u"escalation"_s).toObject().value(u"final_answer"_s).toString(), u"2026-05-12"_s);
        QCOMPARE(step(a, u"adr"_s).value(u"earliest"_s).toString(), u"2026-05-12"_s);
        QVERIFY(step(a, u"adr"_s).value(u"opened_by_final_answer"_s).toBool());
        // The Financial Ombudsman's six months run from the final response.
        QCOMPARE(step(a, u"fos"_s).value(u"time_limit_dates"_s).toArray().first().toObject().value(u"by"_s).toString(), u"2026-11-12"_s);
        const Run text = plaint({u"analyse"_s, u"--case"_s, c});
        QVERIFY2(text.out.contains(u"Time on hold (part of the call time): 25 min 00 s, recorded for 1 of 1 call(s)."_s), qPrintable(text.out));
        QVERIFY2(text.out.contains(u"Time travelling: 50 min 00 s, recorded for 1 event(s)."_s), qPrintable(text.out));
        QVERIFY2(text.out.contains(u"because the company gave its final answer that day"_s), qPrintable(text.out));
        QCOMPARE(plaint({u"case"_s, u"trash"_s, u"--id"_s, c}).exitCode, 0);
    }

    void analyseFindsTheRunaroundAndTheAppealDate()
    {
        const QJsonObject a = json({u"analyse"_s, u"--case"_s, u"1"_s, u"--as-of"_s, u"2021-04-30T12:00+08:00"_s, u"--json"_s});
        QCOMPARE(a.value(u"jurisdiction"_s).toString(), u"CN"_s);
        QCOMPARE(a.value(u"contacts"_s).toObject().value(u"total"_s).toInt(), 4);
        QCOMPARE(a.value(u"contacts"_s).toObject().value(u"by_channel"_s).toObject().value(u"phone"_s).toInt(), 2);
        QCOMPARE(a.value(u"calls"_s).toObject().value(u"seconds"_s).toInteger(), 57 * 60);
        QVERIFY(a.value(u"hold_seconds"_s).isNull());
        QCOMPARE(a.value(u"store_visits"_s).toObject().value(u"seconds"_s).toInteger(), 45 * 60);
        QCOMPARE(a.value(u"days_since_first_contact"_s).toInteger(), 12);
        QCOMPARE(a.value(u"promises"_s).toObject().value(u"made"_s).toInt(), 4);
        QCOMPARE(a.value(u"promises"_s).toObject().value(u"overdue"_s).toInt(), 1);
        QCOMPARE(a.value(u"promises"_s).toObject().value(u"kept"_s).toInt(), 1);
        QCOMPARE(a.value(u"agents"_s).toArray().size(), 2);
        QCOMPARE(a.value(u"runaround_referrals"_s).toInt(), 4);
        const QJsonArray runarounds = a.value(u"runarounds"_s).toArray();
        QCOMPARE(runarounds.size(), 1);
        QCOMPARE(runarounds.first().toObject().value(u"event_ids"_s).toArray(), (QJsonArray{1, 2, 3, 4}));
        QVERIFY(runarounds.first().toObject().value(u"loops_back"_s).toBool());
        // Complained on 18 April, not answered within 15 days: MIIT appeal from 4 May.
        QCOMPARE(step(a, u"miit"_s).value(u"earliest"_s).toString(), u"2021-05-04"_s);
        QVERIFY(step(a, u"miit"_s).value(u"source"_s).toString().contains(u"电信用户申诉处理办法"_s));

        // The next step is the appeal, not 12315, which would close it (第十一条第（四）项).
        QCOMPARE(a.value(u"escalation"_s).toObject().value(u"next"_s).toString(), u"cn-miit-appeal-2016"_s);
        QVERIFY(step(a, u"miit"_s).value(u"next"_s).toBool());
        QVERIFY(step(a, u"samr"_s).value(u"warning"_s).toString().contains(u"第十一条第（四）项"_s));
        const QJsonArray limits = step(a, u"miit"_s).value(u"time_limit_dates"_s).toArray();
        QCOMPARE(limits.size(), 2);
        QCOMPARE(limits.at(0).toObject().value(u"by"_s).toString(), u"2021-09-18"_s);
        QCOMPARE(limits.at(1).toObject().value(u"by"_s).toString(), u"2023-04-18"_s);
        // 3 May 2021, the 15th day, was a holiday: Civil Code art. 203 is said, not applied.
        QCOMPARE(step(a, u"miit"_s).value(u"last_day_off_earliest"_s).toString(), u"2021-05-07"_s);
        QVERIFY(a.value(u"final_answer"_s).isNull());

        const QJsonObject answered = json({u"analyse"_s, u"--case"_s, u"1"_s, u"--final-answer"_s, u"2021-04-20"_s, u"--json"_s});
        QCOMPARE(step(answered, u"miit"_s).value(u"earliest"_s).toString(), u"2021-04-20"_s);
        QVERIFY(step(answered, u"miit"_s).value(u"opened_by_final_answer"_s).toBool());

        const Run text = plaint({u"analyse"_s, u"--case"_s, u"1"_s, u"--as-of"_s, u"2021-04-30T12:00+08:00"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(u"Runaround: 4 referral(s) in 1 runaround(s)."_s));
        QVERIFY2(text.out.contains(u"You may escalate to the telecom user appeal centre"_s), qPrintable(text.out));
        QVERIFY(text.out.contains(u"from 2021-05-04; you will need: "_s));
        QVERIFY(text.out.contains(u"1 OVERDUE"_s));
    }

    void analyseWithoutALadder()
    {
        const QJsonObject a = json({u"analyse"_s, u"--case"_s, u"2"_s, u"--json"_s});
        QCOMPARE(a.value(u"contacts"_s).toObject().value(u"total"_s).toInt(), 1);
        QVERIFY(a.value(u"escalation"_s).toObject().value(u"steps"_s).toArray().isEmpty());
        QVERIFY(a.value(u"escalation"_s).toObject().value(u"note"_s).toString().contains(u"no escalation rules"_s));
    }

    void suggestReadsAnOperatorSms()
    {
        const QJsonObject o = json({u"suggest"_s, u"--at"_s, u"2021-04-16T10:15+08:00"_s, u"--jurisdiction"_s, u"CN"_s, u"--json"_s,
                                    u"【中国移动】尊敬的客户，您反映的问题我们将在48小时内给您回复，3个工作日内处理完毕。"_s});
        QCOMPARE(o.value(u"count"_s).toInt(), 2);
        const QJsonArray list = o.value(u"suggestions"_s).toArray();
        QCOMPARE(list.at(0).toObject().value(u"due"_s).toString(), u"2021-04-18T10:15:00+08:00"_s);
        QCOMPARE(list.at(0).toObject().value(u"matched"_s).toString(), u"48小时内"_s);
        QCOMPARE(list.at(1).toObject().value(u"kind"_s).toString(), u"business_days"_s);
        QCOMPARE(list.at(1).toObject().value(u"due"_s).toString(), u"2021-04-21T23:59:59+08:00"_s);

        const Run text = plaint({u"suggest"_s, u"--at"_s, u"2021-04-16T10:15-05:00"_s, u"We'll"_s, u"fix"_s, u"it"_s, u"as"_s, u"soon"_s,
                                 u"as"_s, u"possible"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(u"vague"_s));
        // A deadline set for the user is shown as theirs, not as the company's promise.
        const QJsonObject asked = json({u"suggest"_s, u"--at"_s, u"2021-04-10T10:15+08:00"_s, u"--json"_s, u"请于4月15日前到营业厅办理"_s});
        QCOMPARE(asked.value(u"count"_s).toInt(), 1);
        QVERIFY(asked.value(u"suggestions"_s).toArray().first().toObject().value(u"asked_of_user"_s).toBool());
        const Run askedText = plaint({u"suggest"_s, u"--at"_s, u"2021-04-10T10:15+08:00"_s, u"请于4月15日前到营业厅办理"_s});
        QVERIFY2(askedText.out.contains(u"Asked of you, not a promise of theirs"_s), qPrintable(askedText.out));
        const Run none = plaint({u"suggest"_s, u"--at"_s, u"2021-04-16T10:15-05:00"_s, u"Thanks for calling"_s});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.contains(u"No time-bound promise found."_s));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("deadlines, unknown case") << QStringList{u"deadlines"_s, u"--case"_s, u"99"_s, u"--ics"_s, u"out.ics"_s};
        QTest::newRow("deadlines without --ics") << QStringList{u"deadlines"_s, u"--case"_s, u"1"_s};
        QTest::newRow("deadlines into a missing folder") << QStringList{u"deadlines"_s, u"--case"_s, u"1"_s, u"--ics"_s, u"no/such/dir/out.ics"_s};
        QTest::newRow("promises without --case") << QStringList{u"promises"_s};
        QTest::newRow("promises, case not a number") << QStringList{u"promises"_s, u"--case"_s, u"abc"_s};
        QTest::newRow("promises, bad --as-of") << QStringList{u"promises"_s, u"--case"_s, u"1"_s, u"--as-of"_s, u"yesterday"_s};
        QTest::newRow("promises, unknown case") << QStringList{u"promises"_s, u"--case"_s, u"99"_s};
        QTest::newRow("analyse, unknown case") << QStringList{u"analyse"_s, u"--case"_s, u"99"_s};
        QTest::newRow("analyse, bad final answer") << QStringList{u"analyse"_s, u"--case"_s, u"1"_s, u"--final-answer"_s, u"soon"_s};
        QTest::newRow("suggest without --at") << QStringList{u"suggest"_s, u"48小时内回复"_s};
        QTest::newRow("suggest without text") << QStringList{u"suggest"_s, u"--at"_s, u"2021-04-16T10:15+08:00"_s};
        QTest::newRow("suggest, bad --at") << QStringList{u"suggest"_s, u"--at"_s, u"Friday"_s, u"48小时内回复"_s};
        QTest::newRow("suggest, bad jurisdiction") << QStringList{u"suggest"_s, u"--at"_s, u"2021-04-16T10:15+08:00"_s,
                                                                  u"--jurisdiction"_s, u"XX"_s, u"48小时内回复"_s};
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        const Run r = plaint(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(u"plaint: "_s) && r.err.trimmed().count(u'\n') == 0, qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"out.ics"_s)));
        QVERIFY(!QFile::exists(m_dir.filePath(u"no/such/dir/out.ics"_s)));
    }

    void noLibraryIsBadInput()
    {
        const QString missing = m_dir.filePath(u"missing.plaint"_s);
        const Run r = plaint({u"promises"_s, u"--case"_s, u"1"_s}, missing);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(missing));
    }

    // Text output for people speaks their language: no keyword of the --json
    // output ("phone", "open", "other") inside a Chinese sentence, the
    // language's own quotation marks, money as it writes money. --json stays.
    void humanOutputInChinese_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("wrongQuote");
        QTest::newRow("zh_CN") << u"zh_CN.UTF-8"_s
                               << QStringList {u"电话  你联系对方"_s, u"状态：进行中"_s, u"管辖地：中国大陆"_s,
                                      u"“已经给您延期到5月31日了”"_s, u"争议金额：¥360.00"_s, u"[待兑现]"_s,
                                      u"联系次数：4（电话 2、到店 1、App 1）"_s, u"共被推诿"_s}
                               << u"「"_s;
        QTest::newRow("zh_TW") << u"zh_TW.UTF-8"_s
                               << QStringList {u"電話  你聯絡對方"_s, u"狀態：進行中"_s, u"管轄地：中國大陸"_s,
                                      u"「已经给您延期到5月31日了」"_s, u"爭議金額：CN¥360.00"_s, u"[待兌現]"_s,
                                      u"聯絡次數：4（電話 2、到店 1、App 1）"_s, u"共被推諉"_s}
                               << u"“"_s;
    }

    void humanOutputInChinese()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, expected);
        QFETCH(QString, wrongQuote);
        QCOMPARE(plaint({u"case"_s, u"edit"_s, u"--id"_s, u"1"_s, u"--amount"_s, u"360"_s, u"--currency"_s, u"CNY"_s})
                     .exitCode,
            0);
        const auto inLocale = [&](const QStringList &args) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"LC_ALL"_s, locale);
            env.insert(u"LANG"_s, locale);
            env.insert(u"TZ"_s, u"Asia/Shanghai"_s);
            env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(PLAINT_BINARY), QStringList {u"--library"_s, m_library} + args);
            if (!process.waitForFinished(60000) || process.exitCode() != 0)
                return QString();
            return QString::fromUtf8(process.readAllStandardOutput());
        };
        const QString shown = inLocale({u"show"_s, u"--case"_s, u"1"_s});
        const QString analysed = inLocale({u"analyse"_s, u"--case"_s, u"1"_s, u"--as-of"_s, u"2021-04-25T00:00+08:00"_s});
        const QString text = shown + analysed;
        QVERIFY(!shown.isEmpty() && !analysed.isEmpty());
        for (const QString &words : expected)
            QVERIFY2(text.contains(words), qPrintable(words + u"\n"_s + text));
        // (The escalation advice cites mainland rules by their own titles, quotes and all.)
        QVERIFY2(!shown.contains(wrongQuote), qPrintable(shown));
        static const QRegularExpression keyword(
            u"\\b(phone|store|app|chat|sms|email|letter|social|note|out|in|open|escalated|resolved|abandoned|hotline|"
            "pending|kept|broken|other|CN(?!¥)|CNY)\\b"_s);
        const QRegularExpressionMatch raw = keyword.match(text);
        QVERIFY2(!raw.hasMatch(), qPrintable(raw.captured(0) + u"\n"_s + text));

        // Scripts read the same JSON in every language.
        const QJsonObject json = QJsonDocument::fromJson(inLocale({u"show"_s, u"--case"_s, u"1"_s, u"--json"_s}).toUtf8())
                                     .object();
        const QJsonObject c = json.value(u"case"_s).toObject();
        QCOMPARE(c.value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(c.value(u"jurisdiction"_s).toString(), u"CN"_s);
        QCOMPARE(c.value(u"amount"_s).toObject().value(u"value"_s).toString(), u"360.00"_s);
        QCOMPARE(json.value(u"events"_s).toArray().first().toObject().value(u"channel"_s).toString(), u"phone"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliAnalysis)
#include "tst_cli_analysis.moc"
