#include "command.h"

#include "cli.h"
#include "format.h"
#include "promiseparser.h"
#include "recordjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plaint::cli {

// plaint promises --case ID [--as-of TIME] [--json]: every promise of a case,
// in timeline order, with its status as of now (overdue derived from the clock).
int promisesCommand(Command &command)
{
    if (!command.parse({{u"case"_s, Command::tr("The case."), u"ID"_s},
                        {u"as-of"_s, Command::tr("Judge overdue at this time instead of now."), u"TIME"_s},
                        {u"json"_s, Command::tr("Print JSON.")}})
        || !command.required({u"case"_s}))
        return ExitCode::BadInput;
    auto caseId = command.id(u"case"_s);
    if (!caseId)
        return command.fail(caseId.error());
    const auto asOf = command.asOf();
    if (!asOf)
        return command.fail(asOf.error());
    const QDateTime now = *asOf;
    const auto loaded = command.caseWithTimeline(*caseId);
    if (!loaded)
        return ExitCode::BadInput;
    const QList<Event> *events = &loaded->events;

    // Due times counted over years without final holiday data stay marked approximate.
    auto calendar = BusinessCalendar::forJurisdiction(loaded->info.jurisdiction);
    const PromiseParser parser(calendar ? *calendar : BusinessCalendar());
    struct Made
    {
        Promise promise;
        QDateTime at; // the time of the event it was made in
        QList<int> approximate;
    };
    QList<Made> promises;
    for (const Event &e : *events) {
        for (const Promise &p : e.promises) {
            if (!p.trashed)
                promises.append({p, e.occurred, parser.approximateYears(p, e)});
        }
    }

    if (command.isSet(u"json"_s)) {
        QJsonArray list;
        int overdue = 0;
        for (const auto &[p, madeAt, approximate] : promises) {
            QJsonObject o = json::toJson(p);
            o.insert(u"derived_status"_s, p.stateName(now));
            o.insert(u"overdue"_s, p.isOverdue(now));
            o.insert(u"event_at"_s, json::timeText(madeAt));
            QJsonArray years;
            for (int year : approximate)
                years.append(year);
            o.insert(u"due_approximate"_s, !approximate.isEmpty());
            o.insert(u"years_without_final_holiday_data"_s, years);
            overdue += p.isOverdue(now) ? 1 : 0;
            list.append(o);
        }
        command.printJson({{u"case_id"_s, *caseId},
                           {u"as_of"_s, json::timeText(now)},
                           {u"count"_s, qint64(promises.size())},
                           {u"overdue_count"_s, overdue},
                           {u"promises"_s, list}});
        return ExitCode::Success;
    }
    if (promises.isEmpty()) {
        command.print(Command::tr("No promises recorded in case %1.").arg(*caseId));
        return ExitCode::Success;
    }
    int overdue = 0;
    for (const auto &[p, madeAt, approximate] : promises) {
        const QString status = p.isOverdue(now) ? Command::tr("OVERDUE") : promiseStatusForPeople(p.status);
        QString due = p.due.isValid() ? timeForPeople(p.due) : Command::tr("no date");
        if (!approximate.isEmpty()) {
            QStringList years;
            for (int year : approximate)
                years << QString::number(year);
            due = Command::tr("%1 (approximate: no final holiday data for %2)").arg(due, years.join(u", "_s));
        }
        command.print(Command::tr("#%1 [%2] due %3 — %4 (promised %5, event #%6)")
                          .arg(p.id)
                          .arg(status, due, p.text, timeForPeople(madeAt))
                          .arg(p.eventId));
        overdue += p.isOverdue(now) ? 1 : 0;
    }
    command.print(Command::tr("%1 promise(s), %2 overdue.").arg(promises.size()).arg(overdue));
    return ExitCode::Success;
}

} // namespace plaint::cli
