#include "deadlinecalendar.h"

#include "caseanalysis.h"
#include "deadlinecalculator.h"
#include "escalationladder.h"
#include "promiseparser.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace plaint {

namespace {

// "2021-04-18 10:15 UTC+08:00": the wall-clock time the moment carries, the
// same in every calendar application and language.
QString timeText(const QDateTime &when)
{
    const int offset = when.offsetFromUtc();
    return QLocale::c().toString(when.toOffsetFromUtc(offset), u"yyyy-MM-dd HH:mm"_s)
        + u" UTC%1%2:%3"_s.arg(offset < 0 ? u"-"_s : u"+"_s)
              .arg(qAbs(offset) / 3600, 2, 10, QChar(u'0'))
              .arg(qAbs(offset) % 3600 / 60, 2, 10, QChar(u'0'));
}

QString yearList(const QList<int> &years)
{
    QStringList list;
    for (int year : years)
        list << QString::number(year);
    return QLocale().createSeparatedList(list);
}

} // namespace

QList<CalendarExport::Entry> DeadlineCalendar::entries(const Case &c, const QList<Event> &events)
{
    QList<CalendarExport::Entry> entries;
    auto calendar = BusinessCalendar::forJurisdiction(c.jurisdiction);
    const PromiseParser parser(calendar ? *calendar : BusinessCalendar());
    for (const Event &e : events) {
        if (e.trashed)
            continue;
        for (const Promise &p : e.promises) {
            if (p.trashed || p.status != PromiseStatus::Pending || !p.due.isValid())
                continue;
            const QString agent = p.agentCode.isEmpty() ? e.agentCode : p.agentCode;
            CalendarExport::Entry entry;
            entry.uid = u"promise-%1-case-%2@plaint"_s.arg(p.id).arg(c.id);
            entry.start = p.due;
            entry.summary = tr("%1 promised: %2").arg(c.company, p.text);
            QStringList lines{tr("Case %1: %2").arg(c.id).arg(c.title),
                              tr("Promised on %1 (event #%2).").arg(timeText(e.occurred)).arg(e.id),
                              tr("Due %1.").arg(timeText(p.due))};
            if (const QList<int> years = parser.approximateYears(p, e); !years.isEmpty())
                lines << tr("The due time is approximate: Plaint has no final holiday data for %1.").arg(yearList(years));
            if (!agent.isEmpty())
                lines << tr("Agent: %1").arg(agent);
            if (!e.reference.isEmpty())
                lines << tr("Reference: %1").arg(e.reference);
            entry.description = lines.join(u'\n');
            entries << entry;
        }
    }

    const CaseAnalysis analysis = CaseAnalysis::of(events, QDateTime::currentDateTimeUtc());
    if (!analysis.firstComplaint.isValid())
        return entries;
    auto ladder = EscalationLadder::forJurisdiction(c.jurisdiction);
    if (!ladder)
        return entries;
    const EscalationLadder::Plan plan = EscalationLadder::plan(ladder->advise(analysis.complaintDay(), analysis.finalAnswerDay()));
    if (!plan.next || !plan.next->earliest.isValid())
        return entries;
    const EscalationLadder::Advice &next = *plan.next;
    // Nine in the morning on the case's clock, not the computer's: the day the step opens.
    const QTimeZone zone = DeadlineCalculator::zoneFor(analysis.firstComplaint);
    CalendarExport::Entry entry;
    entry.uid = u"escalation-%1-case-%2@plaint"_s.arg(next.routeId).arg(c.id);
    entry.start = DeadlineCalculator::atTime(next.earliest, QTime(9, 0), zone);
    entry.summary = tr("You may escalate to %1 (case: %2)").arg(next.toName, c.title);
    QStringList lines{next.sentence()};
    lines << next.notes();
    lines << tr("Rule: %1").arg(next.source);
    entry.description = lines.join(u"\n\n"_s);
    entries << entry;
    for (const EscalationLadder::TimeLimit &limit : next.timeLimitDates) {
        CalendarExport::Entry last;
        last.uid = u"escalation-%1-by-%2-case-%3@plaint"_s.arg(next.routeId, limit.by.toString(u"yyyyMMdd"_s)).arg(c.id);
        last.start = DeadlineCalculator::atTime(limit.by, QTime(9, 0), zone);
        last.summary = tr("Last day to escalate to %1 (%2; case: %3)").arg(next.toName, limit.what, c.title);
        last.description = QStringList{next.notes().join(u"\n\n"_s), tr("Rule: %1").arg(next.source)}.join(u"\n\n"_s);
        entries << last;
    }
    return entries;
}

} // namespace plaint
