#pragma once

// Strict checks of an iCalendar file (RFC 5545) for the tests: parsers such
// as python3-icalendar forgive what some calendar applications do not, so
// these look at the bytes: CRLF line endings, lines of at most 75 octets
// folded with one space and never inside a UTF-8 sequence, the calendar's
// VERSION and PRODID, and each event's UID, DTSTAMP and DTSTART.

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace plaint::test {

// Empty when the file is right; else what is wrong, for the test's message.
inline QString icsProblem(const QByteArray &ics)
{
    using namespace Qt::StringLiterals;
    if (!ics.endsWith("\r\n"))
        return u"the last line does not end with CRLF"_s;
    QList<QByteArray> physical = ics.chopped(2).split('\n');
    QStringList logical;
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray line = physical.at(i);
        // Every line but the last (its CRLF was cut above) must end with CR before the LF.
        if (i + 1 < physical.size()) {
            if (!line.endsWith('\r'))
                return u"line %1 ends with a bare LF"_s.arg(i + 1);
            line.chop(1);
        }
        if (line.contains('\r'))
            return u"line %1 holds a bare CR"_s.arg(i + 1);
        if (line.size() > 75)
            return u"line %1 is %2 octets long (at most 75)"_s.arg(i + 1).arg(line.size());
        if (QString::fromUtf8(line).toUtf8() != line || QString::fromUtf8(line).contains(QChar::ReplacementCharacter))
            return u"line %1 is not valid UTF-8 on its own (a fold inside a character?)"_s.arg(i + 1);
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (logical.isEmpty())
                return u"the file starts with a continuation line"_s;
            logical.last() += QString::fromUtf8(line.mid(1));
        } else {
            if (line.isEmpty())
                return u"line %1 is empty"_s.arg(i + 1);
            logical << QString::fromUtf8(line);
        }
    }
    if (logical.value(0) != u"BEGIN:VCALENDAR" || logical.last() != u"END:VCALENDAR")
        return u"not one VCALENDAR from the first line to the last"_s;
    static const QRegularExpression utc(u"^[0-9]{8}T[0-9]{6}Z$"_s);
    QStringList stack;
    QSet<QString> calendarProps;
    QSet<QString> eventProps;
    QSet<QString> uids;
    int events = 0;
    for (const QString &line : std::as_const(logical)) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            return u"\"%1\" has no name and value"_s.arg(line);
        const QString name = line.left(colon).section(u';', 0, 0).toUpper();
        const QString value = line.mid(colon + 1);
        if (name == u"BEGIN") {
            stack << value;
            if (value == u"VEVENT") {
                eventProps.clear();
                ++events;
            }
            continue;
        }
        if (name == u"END") {
            if (stack.isEmpty() || stack.last() != value)
                return u"END:%1 does not close what was begun"_s.arg(value);
            stack.removeLast();
            if (value == u"VEVENT") {
                for (const QString &required : {u"UID"_s, u"DTSTAMP"_s, u"DTSTART"_s}) {
                    if (!eventProps.contains(required))
                        return u"event %1 has no %2"_s.arg(events).arg(required);
                }
            }
            continue;
        }
        const QString where = stack.value(stack.size() - 1);
        if (where == u"VCALENDAR") {
            if (calendarProps.contains(name))
                return u"the calendar has %1 twice"_s.arg(name);
            calendarProps << name;
        } else if (where == u"VEVENT") {
            if ((name == u"UID" || name == u"DTSTAMP" || name == u"DTSTART") && eventProps.contains(name))
                return u"event %1 has %2 twice"_s.arg(events).arg(name);
            eventProps << name;
            if ((name == u"DTSTAMP" || name == u"DTSTART") && !utc.match(value).hasMatch())
                return u"event %1: %2 \"%3\" is not a UTC date-time"_s.arg(events).arg(name, value);
            if (name == u"UID" && (value.isEmpty() || uids.contains(value)))
                return u"event %1: UID \"%2\" is empty or not unique"_s.arg(events).arg(value);
            if (name == u"UID")
                uids << value;
        }
    }
    if (!stack.isEmpty())
        return u"%1 is not closed"_s.arg(stack.last());
    if (!calendarProps.contains(u"VERSION"_s) || !logical.contains(u"VERSION:2.0"_s))
        return u"no VERSION:2.0"_s;
    if (!calendarProps.contains(u"PRODID"_s))
        return u"no PRODID"_s;
    return {};
}

// Debian's interpreter first: python3-icalendar installs there, and a python3
// earlier on PATH (pyenv, a venv) may not have it. Empty: none has it.
inline QString pythonWithIcalendar()
{
    using namespace Qt::StringLiterals;
    for (const QString &candidate : {u"/usr/bin/python3"_s, QStandardPaths::findExecutable(u"python3"_s)}) {
        if (candidate.isEmpty() || !QFile::exists(candidate))
            continue;
        QProcess probe;
        probe.start(candidate, {u"-c"_s, u"import icalendar"_s});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return candidate;
    }
    return {};
}

// The events python3-icalendar reads from the file: uid, summary,
// description, start (ISO 8601 with offset) and alarm count; an error text
// when it cannot read it.
inline QString parseWithIcalendar(const QString &python, const QString &path, QJsonArray *events)
{
    using namespace Qt::StringLiterals;
    const QString script = uR"(
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
assert str(cal['VERSION']) == '2.0' and 'PRODID' in cal
out = []
for ev in cal.walk('VEVENT'):
    out.append({'uid': str(ev['UID']), 'summary': str(ev['SUMMARY']), 'description': str(ev.get('DESCRIPTION', '')),
                'start': ev.decoded('DTSTART').isoformat(), 'stamp': ev.decoded('DTSTAMP').isoformat(),
                'alarms': len(ev.walk('VALARM'))})
print(json.dumps(out))
)"_s;
    QProcess parser;
    parser.start(python, {u"-c"_s, script, path});
    if (!parser.waitForFinished(30000))
        return u"the parser did not finish"_s;
    if (parser.exitCode() != 0)
        return QString::fromUtf8(parser.readAllStandardError());
    *events = QJsonDocument::fromJson(parser.readAllStandardOutput()).array();
    return {};
}

} // namespace plaint::test
