#include "command.h"

#include "cli.h"
#include "format.h"
#include "recordjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plaint::cli {

int showCommand(Command &command)
{
    if (!command.parse({{u"case"_s, Command::tr("The case to show."), u"ID"_s}, {u"json"_s, Command::tr("Print JSON.")}})
        || !command.required({u"case"_s}))
        return ExitCode::BadInput;
    auto caseId = command.id(u"case"_s);
    if (!caseId)
        return command.fail(caseId.error());
    const auto loaded = command.caseWithTimeline(*caseId);
    if (!loaded)
        return ExitCode::BadInput;
    Library *library = loaded->library;
    const Case *c = &loaded->info;
    const QList<Event> *events = &loaded->events;
    auto agents = library->agents(*caseId);
    if (!agents)
        return command.fail(agents.error());
    auto head = library->journalHead();
    if (!head)
        return command.fail(head.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (command.isSet(u"json"_s)) {
        QJsonArray eventList;
        for (const Event &e : *events) {
            QJsonObject o = json::toJson(e, true);
            QJsonArray promises;
            for (const Promise &p : e.promises) {
                QJsonObject po = json::toJson(p);
                po.insert(u"overdue"_s, p.isOverdue(now));
                promises.append(po);
            }
            o.insert(u"promises"_s, promises);
            eventList.append(o);
        }
        QJsonArray agentList;
        for (const Agent &a : *agents) {
            QJsonObject o = json::toJson(a);
            o.insert(u"event_count"_s, a.eventCount);
            agentList.append(o);
        }
        command.printJson({{u"case"_s, json::toJson(*c)},
                           {u"events"_s, eventList},
                           {u"agents"_s, agentList},
                           {u"journal_head"_s, *head}});
        return ExitCode::Success;
    }

    command.print(Command::tr("Case %1: %2").arg(c->id).arg(c->title));
    command.print(Command::tr("Against: %1").arg(c->company));
    if (!c->account.isEmpty())
        command.print(Command::tr("Account: %1").arg(c->account));
    command.print(Command::tr("Jurisdiction: %1   Status: %2")
                      .arg(jurisdictionForPeople(c->jurisdiction), caseStatusForPeople(c->status)));
    if (!c->desiredOutcome.isEmpty())
        command.print(Command::tr("Wanted: %1").arg(c->desiredOutcome));
    if (!c->amount.isNull())
        command.print(Command::tr("Amount in dispute: %1").arg(moneyForPeople(c->amount)));
    if (!agents->isEmpty()) {
        QStringList names;
        for (const Agent &a : *agents)
            names << (a.name.isEmpty() ? a.code : a.code + u" (" + a.name + u')');
        command.print(Command::tr("Agents: %1").arg(names.join(u", "_s)));
    }
    command.print(QString());
    for (const Event &e : *events) {
        command.print(eventBlock(e, now));
        command.print(QString());
    }
    command.print(Command::tr("%Ln event(s). Journal head: %1", nullptr, int(events->size())).arg(*head));
    return ExitCode::Success;
}

} // namespace plaint::cli
