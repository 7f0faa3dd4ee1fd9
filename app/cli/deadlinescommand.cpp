#include "command.h"

#include "calendarexport.h"
#include "deadlinecalendar.h"
#include "cli.h"
#include "format.h"

using namespace Qt::StringLiterals;

namespace plaint::cli {

// plaint deadlines --case ID --ics FILE: every pending promise with a due
// time and the days the next escalation step opens and closes, as an
// iCalendar file a calendar application imports.
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

    // The same entries as the window's export: promises and the escalation dates.
    const QList<CalendarExport::Entry> entries = DeadlineCalendar::entries(*c, *events);
    const QString path = command.value(u"ics"_s);
    if (Status s = CalendarExport::write(path, CalendarExport::toIcs(entries, QDateTime::currentDateTimeUtc())); !s)
        return command.fail(s.error());
    command.print(Command::tr("Wrote %1 deadline(s) to %2.").arg(entries.size()).arg(path));
    return ExitCode::Success;
}

} // namespace plaint::cli
