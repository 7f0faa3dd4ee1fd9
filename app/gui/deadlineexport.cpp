#include "deadlineexport.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace plaint {

QList<CalendarExport::Entry> DeadlineExport::entries(const Case &c, const QList<Event> &events,
                                                     const std::optional<EscalationLadder::Advice> &advice)
{
    QList<CalendarExport::Entry> entries;
    for (const Event &e : events) {
        for (const Promise &p : e.promises) {
            if (p.trashed || p.status != PromiseStatus::Pending || !p.due.isValid())
                continue;
            const QString agent = p.agentCode.isEmpty() ? e.agentCode : p.agentCode;
            CalendarExport::Entry entry;
            entry.uid = u"promise-%1-case-%2@plaint"_s.arg(p.id).arg(c.id);
            entry.start = p.due;
            entry.summary = tr("%1 promised: %2").arg(c.company, p.text);
            QStringList lines{tr("Case: %1").arg(c.title),
                              tr("Promised on %1.").arg(QLocale().toString(QDateTime(e.occurred.date(), e.occurred.time()),
                                                                          QLocale::LongFormat))};
            if (!agent.isEmpty())
                lines << tr("Agent: %1").arg(agent);
            if (!e.reference.isEmpty())
                lines << tr("Reference: %1").arg(e.reference);
            entry.description = lines.join(u'\n');
            entries << entry;
        }
    }
    if (advice && advice->earliest.isValid()) {
        CalendarExport::Entry entry;
        entry.uid = u"escalation-%1-case-%2@plaint"_s.arg(advice->routeId).arg(c.id);
        // Nine in the morning, on the user's clock: the day the step opens.
        entry.start = QDateTime(advice->earliest, QTime(9, 0)).toOffsetFromUtc(QDateTime(advice->earliest, QTime(9, 0)).offsetFromUtc());
        entry.summary = tr("You may escalate to %1 (case: %2)").arg(advice->toName, c.title);
        entry.description = advice->sentence() + u"\n\n"_s + tr("Rule: %1").arg(advice->source);
        entries << entry;
    }
    return entries;
}

} // namespace plaint
