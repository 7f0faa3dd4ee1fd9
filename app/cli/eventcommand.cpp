#include "command.h"

#include "cli.h"
#include "format.h"
#include "recordjson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace plaint::cli {
namespace {

QList<QCommandLineOption> eventOptions()
{
    return {
        {u"case"_s, Command::tr("The case the event belongs to."), u"ID"_s},
        {u"at"_s, Command::tr("When it happened, e.g. 2021-04-18T10:15+08:00."), u"TIME"_s},
        {u"channel"_s, Command::tr("phone, store, app, chat, sms, email, letter, social or note."), u"CHANNEL"_s},
        {u"direction"_s, Command::tr("out (you contacted them), in (they contacted you) or note."), u"DIR"_s},
        {u"duration"_s, Command::tr("How long it took, in minutes (hold time included)."), u"MINUTES"_s},
        {u"hold"_s, Command::tr("Of that, the minutes you were kept on hold."), u"MINUTES"_s},
        {u"travel"_s, Command::tr("Minutes spent getting there and back (a visit)."), u"MINUTES"_s},
        {u"final-answer"_s, Command::tr("This is the company's final answer (or deadlock letter) on your complaint.")},
        {u"not-final-answer"_s, Command::tr("This is not the company's final answer (undoes --final-answer).")},
        {u"agent"_s, Command::tr("The agent's ID, e.g. 23338."), u"ID"_s},
        {u"agent-name"_s, Command::tr("The agent's name."), u"NAME"_s},
        {u"ref"_s, Command::tr("Reference or ticket number."), u"REF"_s},
        {u"summary"_s, Command::tr("What happened, in a sentence."), u"TEXT"_s},
        {u"quote"_s, Command::tr("Their words, verbatim; repeat for several."), u"TEXT"_s},
        {u"outcome"_s, Command::tr("How it ended."), u"TEXT"_s},
        {u"attach"_s, Command::tr("A file of evidence; repeat for several."), u"FILE"_s},
    };
}

QString applyEventOptions(Command &command, Event &e)
{
    if (command.isSet(u"at"_s)) {
        auto at = command.dateTime(u"at"_s);
        if (!at)
            return at.error();
        e.occurred = *at;
    }
    if (command.isSet(u"channel"_s)) {
        const auto channel = channelFromString(command.value(u"channel"_s));
        if (!channel)
            return Command::tr("--channel takes one of %1, not \"%2\".")
                .arg(channelNames().join(u", "_s), command.value(u"channel"_s));
        e.channel = *channel;
        if (!command.isSet(u"direction"_s) && e.id == 0)
            e.direction = e.channel == Channel::Note ? Direction::Note : Direction::Outgoing;
    }
    if (command.isSet(u"direction"_s)) {
        const auto direction = directionFromString(command.value(u"direction"_s));
        if (!direction)
            return Command::tr("--direction takes one of %1, not \"%2\".")
                .arg(directionNames().join(u", "_s), command.value(u"direction"_s));
        e.direction = *direction;
    }
    if (command.isSet(u"duration"_s)) {
        auto seconds = command.minutesAsSeconds(u"duration"_s);
        if (!seconds)
            return seconds.error();
        e.durationSeconds = *seconds;
    }
    for (const auto &[option, field] : {std::pair{u"hold"_s, &e.holdSeconds}, std::pair{u"travel"_s, &e.travelSeconds}}) {
        if (!command.isSet(option))
            continue;
        auto seconds = command.minutesAsSeconds(option);
        if (!seconds)
            return seconds.error();
        *field = *seconds;
    }
    if (command.isSet(u"final-answer"_s) && command.isSet(u"not-final-answer"_s))
        return Command::tr("--final-answer and --not-final-answer cannot both be given.");
    if (command.isSet(u"final-answer"_s))
        e.finalAnswer = true;
    if (command.isSet(u"not-final-answer"_s))
        e.finalAnswer = false;
    if (command.isSet(u"agent"_s))
        e.agentCode = command.value(u"agent"_s);
    if (command.isSet(u"agent-name"_s))
        e.agentName = command.value(u"agent-name"_s);
    if (command.isSet(u"ref"_s))
        e.reference = command.value(u"ref"_s);
    if (command.isSet(u"summary"_s))
        e.summary = command.value(u"summary"_s);
    if (command.isSet(u"quote"_s))
        e.quotes = command.args().values(u"quote"_s);
    if (command.isSet(u"outcome"_s))
        e.outcome = command.value(u"outcome"_s);
    return {};
}

QJsonArray revisionsJson(const QList<Revision> &revisions)
{
    QJsonArray list;
    for (const Revision &r : revisions) {
        list.append(QJsonObject{{u"revision"_s, r.revision},
                                {u"replaced"_s, json::timeText(r.replaced)},
                                {u"record"_s, QJsonDocument::fromJson(r.data.toUtf8()).object()}});
    }
    return list;
}

} // namespace

int eventCommand(Command &command, const QString &action)
{
    if (action == u"add") {
        if (!command.parse(eventOptions()) || !command.required({u"case"_s, u"at"_s, u"channel"_s, u"summary"_s}))
            return ExitCode::BadInput;
        auto caseId = command.id(u"case"_s);
        if (!caseId)
            return command.fail(caseId.error());
        Event e;
        e.caseId = *caseId;
        if (const QString problem = applyEventOptions(command, e); !problem.isEmpty())
            return command.fail(problem);
        Library *library = command.library();
        if (!library)
            return ExitCode::BadInput;
        auto id = library->addEvent(e, command.args().values(u"attach"_s));
        if (!id)
            return command.fail(id.error());
        command.print(QString::number(*id));
        return ExitCode::Success;
    }
    if (action == u"edit") {
        QList<QCommandLineOption> options = eventOptions();
        options.removeIf([](const QCommandLineOption &o) {
            return o.names().contains(u"case"_s) || o.names().contains(u"attach"_s);
        });
        options << QCommandLineOption(u"id"_s, Command::tr("The event."), u"ID"_s);
        if (!command.parse(options) || !command.required({u"id"_s}))
            return ExitCode::BadInput;
        auto id = command.id(u"id"_s);
        if (!id)
            return command.fail(id.error());
        Library *library = command.library();
        if (!library)
            return ExitCode::BadInput;
        auto e = library->eventById(*id, false);
        if (!e)
            return command.fail(e.error());
        Event edited = *e;
        if (const QString problem = applyEventOptions(command, edited); !problem.isEmpty())
            return command.fail(problem);
        if (Status s = library->updateEvent(edited); !s)
            return command.fail(s.error());
        return ExitCode::Success;
    }
    if (action == u"trash" || action == u"restore") {
        if (!command.parse({{u"id"_s, Command::tr("The event."), u"ID"_s}}) || !command.required({u"id"_s}))
            return ExitCode::BadInput;
        auto id = command.id(u"id"_s);
        if (!id)
            return command.fail(id.error());
        Library *library = command.library();
        if (!library)
            return ExitCode::BadInput;
        const Status s = action == u"trash" ? library->trashEvent(*id) : library->restoreEvent(*id);
        return s ? int(ExitCode::Success) : command.fail(s.error());
    }
    if (action == u"history") {
        if (!command.parse({{u"id"_s, Command::tr("The event."), u"ID"_s}, {u"json"_s, Command::tr("Print JSON.")}})
            || !command.required({u"id"_s}))
            return ExitCode::BadInput;
        auto id = command.id(u"id"_s);
        if (!id)
            return command.fail(id.error());
        Library *library = command.library(Library::OpenMode::ReadOnly);
        if (!library)
            return ExitCode::BadInput;
        auto current = library->eventById(*id, false);
        if (!current)
            return command.fail(current.error());
        auto revisions = library->revisions(u"event"_s, *id);
        if (!revisions)
            return command.fail(revisions.error());
        if (command.isSet(u"json"_s)) {
            command.printJson({{u"event"_s, json::toJson(*current)}, {u"earlier_versions"_s, revisionsJson(*revisions)}});
            return ExitCode::Success;
        }
        if (revisions->isEmpty())
            command.print(Command::tr("Event %1 has not been edited.").arg(*id));
        for (const Revision &r : *revisions) {
            const QJsonObject record = QJsonDocument::fromJson(r.data.toUtf8()).object();
            command.print(Command::tr("Revision %1, replaced %2:").arg(r.revision).arg(timeForPeople(r.replaced)));
            command.print(u"    "_s + record.value(u"summary"_s).toString());
        }
        command.print(Command::tr("Current (revision %1):").arg(current->revision));
        command.print(u"    "_s + current->summary);
        return ExitCode::Success;
    }
    if (action == u"trash-list") {
        if (!command.parse({{u"case"_s, Command::tr("The case."), u"ID"_s}, {u"json"_s, Command::tr("Print JSON.")}})
            || !command.required({u"case"_s}))
            return ExitCode::BadInput;
        auto caseId = command.id(u"case"_s);
        if (!caseId)
            return command.fail(caseId.error());
        Library *library = command.library(Library::OpenMode::ReadOnly);
        if (!library)
            return ExitCode::BadInput;
        if (auto c = library->caseById(*caseId); !c)
            return command.fail(c.error());
        auto trashed = library->trashedEvents(*caseId);
        if (!trashed)
            return command.fail(trashed.error());
        if (command.isSet(u"json"_s)) {
            QJsonArray events;
            for (const Event &e : *trashed)
                events.append(json::toJson(e));
            command.printJson({{u"case_id"_s, *caseId}, {u"events"_s, events}});
            return ExitCode::Success;
        }
        if (trashed->isEmpty())
            command.print(Command::tr("The trash of case %1 is empty.").arg(*caseId));
        for (const Event &e : *trashed)
            command.print(eventBlock(e, QDateTime::currentDateTimeUtc()));
        return ExitCode::Success;
    }
    return command.fail(Command::tr("\"event %1\" is not a Plaint command; use event add, edit, trash, restore or history.")
                            .arg(action));
}

} // namespace plaint::cli
