// iCalendar export: the RFC 5545 details calendar applications trip over,
// and a real parser (python3-icalendar) reading what Plaint wrote.

#include "calendarexport.h"
#include "deadlinecalendar.h"

#include "../icscheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint;

namespace {

QList<CalendarExport::Entry> sampleEntries()
{
    CalendarExport::Entry a;
    a.uid = u"promise-1-case-1@plaint"_s;
    a.start = QDateTime::fromString(u"2021-04-20T10:15:00+08:00"_s, Qt::ISODate);
    a.summary = u"中国移动 promised: 48小时内回复, then call back; \\ really"_s;
    a.description = u"Case 1: 降档 189 元套餐到 129 元\nPromised on 2021-04-18 10:15 UTC+08:00 (event #1).\n"
                    "工号 23338，参考号 GD20210418-0001，这一行很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长"_s;
    CalendarExport::Entry b;
    b.uid = u"promise-2-case-1@plaint"_s;
    b.start = QDateTime::fromString(u"2021-05-31T23:59:59-05:00"_s, Qt::ISODate);
    b.summary = u"Voucher extended to 31 May"_s;
    b.description = u"A,B;C"_s;
    return {a, b};
}

QByteArray unfold(const QByteArray &ics)
{
    QByteArray out = ics;
    out.replace("\r\n ", "");
    return out;
}

} // namespace

class TestCalendarExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escaping()
    {
        QCOMPARE(CalendarExport::escapeText(u"a,b;c\\d\ne\r\nf"_s), u"a\\,b\\;c\\\\d\\ne\\nf"_s);
    }

    void foldingAscii()
    {
        const QByteArray line = "DESCRIPTION:" + QByteArray(200, 'x');
        const QByteArray folded = CalendarExport::foldLine(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> lines = folded.chopped(2).split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QByteArray l = lines.at(i);
            if (l.endsWith('\r'))
                l.chop(1);
            QVERIFY(l.size() <= 75);
            QCOMPARE(l.startsWith(' '), i > 0);
        }
        QCOMPARE(unfold(folded).chopped(2), line);
    }

    void foldingNeverSplitsUtf8()
    {
        // Three octets per character: a naive cut at 75 would land inside one.
        const QByteArray line = u"SUMMARY:X"_s.toUtf8() + u"投诉工单号码在四十八小时内回复"_s.repeated(10).toUtf8();
        const QByteArray folded = CalendarExport::foldLine(line);
        for (QByteArray l : folded.split('\n')) {
            if (l.endsWith('\r'))
                l.chop(1);
            if (l.isEmpty())
                continue;
            QVERIFY(l.size() <= 75);
            const QByteArray content = l.startsWith(' ') ? l.mid(1) : l;
            // Every physical line is valid UTF-8 on its own.
            QCOMPARE(QString::fromUtf8(content).toUtf8(), content);
            QVERIFY(!QString::fromUtf8(content).contains(QChar::ReplacementCharacter));
        }
        QCOMPARE(unfold(folded).chopped(2), line);
    }

    void structure()
    {
        const QByteArray ics = CalendarExport::toIcs(sampleEntries(), QDateTime::fromString(u"2021-04-18T03:00:00Z"_s, Qt::ISODate));
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Plaint//Plaint "));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        // CRLF everywhere: no bare line feed.
        QCOMPARE(ics.count('\n'), ics.count("\r\n"));
        const QByteArray text = unfold(ics);
        QCOMPARE(text.count("BEGIN:VEVENT"), 2);
        QCOMPARE(text.count("BEGIN:VALARM"), 2);
        QVERIFY(text.contains("UID:promise-1-case-1@plaint\r\n"));
        QVERIFY(text.contains("DTSTAMP:20210418T030000Z\r\n"));
        QVERIFY(text.contains("DTSTART:20210420T021500Z\r\n"));
        QVERIFY(text.contains("DTSTART:20210601T045959Z\r\n"));
        QVERIFY(text.contains("DESCRIPTION:A\\,B\\;C\r\n"));
        QVERIFY(text.contains("TRIGGER:-PT1H\r\n"));
        QVERIFY(!text.contains("DTEND"));
    }

    void strictChecks()
    {
        const QByteArray ics = CalendarExport::toIcs(sampleEntries(), QDateTime::fromString(u"2021-04-18T03:00:00Z"_s, Qt::ISODate));
        QCOMPARE(test::icsProblem(ics), QString());
        // The checks themselves catch what a lenient parser lets through.
        QByteArray lf = ics;
        lf.replace("\r\n", "\n");
        QVERIFY(test::icsProblem(lf).contains(u"CRLF"_s));
        QByteArray oneLf = ics;
        oneLf.replace(oneLf.indexOf("\r\n"), 2, "\n");
        QVERIFY(test::icsProblem(oneLf).contains(u"bare LF"_s));
        QByteArray unfolded = ics;
        unfolded.replace("\r\n ", "");
        QVERIFY(test::icsProblem(unfolded).contains(u"octets"_s));
        QByteArray noStamp = ics;
        noStamp.replace("DTSTAMP:20210418T030000Z\r\n", "");
        QVERIFY(test::icsProblem(noStamp).contains(u"DTSTAMP"_s));
        QByteArray noProdid = ics;
        noProdid.replace("PRODID:", "X-PRODID:");
        QVERIFY(test::icsProblem(noProdid).contains(u"PRODID"_s));
        QByteArray twice = ics;
        twice.replace("UID:promise-2-case-1@plaint", "UID:promise-1-case-1@plaint");
        QVERIFY(test::icsProblem(twice).contains(u"unique"_s));
        // Folded inside a three-octet character.
        const QByteArray cut = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nX-A:\xe6\x8a\r\n \x95\r\nEND:VCALENDAR\r\n";
        QVERIFY(test::icsProblem(cut).contains(u"UTF-8"_s));
    }

    // One function for the window's export and the command line's: pending
    // promises, the next escalation step at nine on the case's clock, and
    // the last days to take it.
    void caseDeadlines()
    {
        Case c;
        c.id = 7;
        c.title = u"降档"_s;
        c.company = u"中国移动"_s;
        c.jurisdiction = Jurisdiction::CN;
        Event call;
        call.id = 1;
        call.caseId = 7;
        call.channel = Channel::Phone;
        call.direction = Direction::Outgoing;
        call.occurred = QDateTime::fromString(u"2026-03-02T10:15:00+08:00"_s, Qt::ISODate);
        call.summary = u"投诉：套餐降档被拒"_s;
        call.reference = u"GD0302"_s;
        Promise reply;
        reply.id = 3;
        reply.text = u"48小时内回复"_s;
        reply.due = QDateTime::fromString(u"2026-03-04T10:15:00+08:00"_s, Qt::ISODate);
        Promise kept = reply;
        kept.id = 4;
        kept.status = PromiseStatus::Kept;
        call.promises = {reply, kept};
        const QList<CalendarExport::Entry> entries = DeadlineCalendar::entries(c, {call});
        QStringList uids;
        for (const auto &e : entries)
            uids << e.uid;
        QCOMPARE(uids, (QStringList{u"promise-3-case-7@plaint"_s, u"escalation-cn-miit-appeal-2016-case-7@plaint"_s,
                                    u"escalation-cn-miit-appeal-2016-by-20260802-case-7@plaint"_s,
                                    u"escalation-cn-miit-appeal-2016-by-20280302-case-7@plaint"_s}));
        // The appeal opens on the 16th day, at 09:00 in Beijing whatever the computer's zone (TZ=UTC here).
        QCOMPARE(entries.at(1).start, QDateTime::fromString(u"2026-03-18T09:00:00+08:00"_s, Qt::ISODate));
        QCOMPARE(entries.at(1).start.offsetFromUtc(), 8 * 3600);
        QVERIFY(entries.at(1).description.contains(u"第十一条第（四）项"_s));
        QVERIFY(entries.at(2).summary.contains(u"billing"_s));
        QCOMPARE(test::icsProblem(CalendarExport::toIcs(entries, QDateTime::currentDateTimeUtc())), QString());
    }

    // A UK complaint made in GMT: the ADR day is in BST, and its nine o'clock is BST's.
    void escalationAtNineOnTheCasesClock()
    {
        const QByteArray before = qgetenv("TZ");
        qputenv("TZ", "Europe/London");
        auto restore = qScopeGuard([&] { qputenv("TZ", before); });
        Case c;
        c.id = 2;
        c.title = u"Broadband"_s;
        c.company = u"NetCo"_s;
        c.jurisdiction = Jurisdiction::UK;
        Event call;
        call.id = 1;
        call.channel = Channel::Phone;
        call.direction = Direction::Outgoing;
        call.occurred = QDateTime::fromString(u"2026-03-02T10:00:00Z"_s, Qt::ISODate);
        call.summary = u"Complaint about the speed"_s;
        const auto entries = DeadlineCalendar::entries(c, {call});
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().start, QDateTime::fromString(u"2026-04-27T09:00:00+01:00"_s, Qt::ISODate));
        QVERIFY(entries.first().description.contains(u"2026-04-13"_s)); // the 6-week rule
    }

    void approximateDueTimesSaySo()
    {
        Case c;
        c.id = 1;
        c.jurisdiction = Jurisdiction::CN;
        Event e;
        e.id = 1;
        e.direction = Direction::Incoming;
        e.channel = Channel::Sms;
        e.occurred = QDateTime::fromString(u"2027-01-29T10:00:00+08:00"_s, Qt::ISODate);
        e.quotes = {u"我们会在5个工作日内处理"_s};
        Promise p;
        p.id = 1;
        p.text = u"5个工作日内处理"_s;
        p.due = QDateTime::fromString(u"2027-02-09T23:59:59+08:00"_s, Qt::ISODate); // 2027's make-up days not known yet
        e.promises = {p};
        const auto entries = DeadlineCalendar::entries(c, {e});
        QCOMPARE(entries.size(), 1);
        QVERIFY2(entries.first().description.contains(u"approximate"_s), qPrintable(entries.first().description));
    }

    void realParserReadsIt()
    {
        const QString python = test::pythonWithIcalendar();
        if (python.isEmpty())
            QSKIP("no python3 with the icalendar module: install python3-icalendar (Debian) to validate .ics files with a real parser");

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"deadlines.ics"_s);
        const QList<CalendarExport::Entry> entries = sampleEntries();
        QVERIFY(CalendarExport::write(path, CalendarExport::toIcs(entries, QDateTime::currentDateTimeUtc())));

        const QString script = uR"(
import json, sys, icalendar
data = open(sys.argv[1], 'rb').read()
cal = icalendar.Calendar.from_ical(data)
assert str(cal['VERSION']) == '2.0' and 'PRODID' in cal
out = []
for ev in cal.walk('VEVENT'):
    alarms = ev.walk('VALARM')
    out.append({'uid': str(ev['UID']), 'summary': str(ev['SUMMARY']), 'description': str(ev['DESCRIPTION']),
                'start': ev.decoded('DTSTART').isoformat(), 'alarms': len(alarms),
                'trigger': str(alarms[0].decoded('TRIGGER')) if alarms else ''})
print(json.dumps(out))
)"_s;
        QProcess parser;
        parser.start(python, {u"-c"_s, script, path});
        QVERIFY(parser.waitForFinished(30000));
        QVERIFY2(parser.exitCode() == 0, parser.readAllStandardError().constData());
        const QJsonArray events = QJsonDocument::fromJson(parser.readAllStandardOutput()).array();
        QCOMPARE(events.size(), entries.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject e = events.at(i).toObject();
            QCOMPARE(e.value(u"uid"_s).toString(), entries.at(i).uid);
            QCOMPARE(e.value(u"summary"_s).toString(), entries.at(i).summary);
            QCOMPARE(e.value(u"description"_s).toString(), entries.at(i).description);
            QCOMPARE(QDateTime::fromString(e.value(u"start"_s).toString(), Qt::ISODate), entries.at(i).start);
            QCOMPARE(e.value(u"alarms"_s).toInt(), 1);
            QCOMPARE(e.value(u"trigger"_s).toString(), u"-1 day, 23:00:00"_s);
        }
    }

    void failedWriteLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"missing-folder/deadlines.ics"_s);
        QVERIFY(!CalendarExport::write(path, "BEGIN:VCALENDAR\r\n"));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestCalendarExport)
#include "tst_calendarexport.moc"
