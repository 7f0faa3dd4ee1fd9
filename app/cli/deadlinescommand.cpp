#include "command.h"

#include "calendarexport.h"
#include "cli.h"
#include "format.h"

using namespace Qt::StringLiterals;

namespace plaint::cli {

// plaint deadlines --case ID --ics FILE: every pending promise with a due
// time, as an iCalendar file a calendar application imports.
int deadlinesCommand(Command &command)
{
    if (!command.parse({{u"case"_s, Command::tr("The case."), u"ID"_s},
                        {u"ics"_s, Command::tr("The iCalendar file to write."), u"FILE"_s}})
        || !command.required({u"case"_s, u"ics"_s}))
        return ExitCode::BadInput;
    auto caseId = command.id(u"case"_s);
    if (!caseId)
        return command.fail(caseId.error());
    const auto loaded = command.caseWithTimeline(*caseId);
    if (!loaded)
        return ExitCode::BadInput;
    const Case *c = &loaded->info;
    const QList<Event> *events = &loaded->events;

    QList<CalendarExport::Entry> entries;
    for (const Event &e : *events) {
        for (const Promise &p : e.promises) {
            if (p.trashed || p.status != PromiseStatus::Pending || !p.due.isValid())
                continue;
            const QString agent = p.agentCode.isEmpty() ? e.agentCode : p.agentCode;
            CalendarExport::Entry entry;
            entry.uid = u"promise-%1-case-%2@plaint"_s.arg(p.id).arg(c->id);
            entry.start = p.due;
            entry.summary = Command::tr("%1 promised: %2").arg(c->company, p.text);
            QStringList lines{Command::tr("Case %1: %2").arg(c->id).arg(c->title),
                              Command::tr("Promised on %1 (event #%2).").arg(timeForPeople(e.occurred)).arg(e.id),
                              Command::tr("Due %1.").arg(timeForPeople(p.due))};
            if (!agent.isEmpty())
                lines << Command::tr("Agent: %1").arg(agent);
            if (!e.reference.isEmpty())
                lines << Command::tr("Reference: %1").arg(e.reference);
            entry.description = lines.join(u'\n');
            entries << entry;
        }
    }
    const QString path = command.value(u"ics"_s);
    if (Status s = CalendarExport::write(path, CalendarExport::toIcs(entries, QDateTime::currentDateTimeUtc())); !s)
        return command.fail(s.error());
    command.print(Command::tr("Wrote %1 deadline(s) to %2.").arg(entries.size()).arg(path));
    return ExitCode::Success;
}

} // namespace plaint::cli
