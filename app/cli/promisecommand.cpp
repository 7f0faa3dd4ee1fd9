#include "command.h"

#include "cli.h"

using namespace Qt::StringLiterals;

namespace plaint::cli {

int promiseCommand(Command &command, const QString &action)
{
    if (action == u"add") {
        if (!command.parse({{u"event"_s, Command::tr("The event in which it was promised."), u"ID"_s},
                            {u"text"_s, Command::tr("What was promised."), u"TEXT"_s},
                            {u"due"_s, Command::tr("By when, e.g. 2021-04-20T10:00+08:00."), u"TIME"_s}})
            || !command.required({u"event"_s, u"text"_s}))
            return ExitCode::BadInput;
        Promise p;
        auto eventId = command.id(u"event"_s);
        if (!eventId)
            return command.fail(eventId.error());
        p.eventId = *eventId;
        p.text = command.value(u"text"_s);
        if (command.isSet(u"due"_s)) {
            // "by 21 April" means by the end of that day.
            auto due = command.dateTime(u"due"_s, true);
            if (!due)
                return command.fail(due.error());
            p.due = *due;
        }
        Library *library = command.library();
        if (!library)
            return ExitCode::BadInput;
        auto id = library->addPromise(p);
        if (!id)
            return command.fail(id.error());
        command.print(QString::number(*id));
        return ExitCode::Success;
    }
    if (action == u"set") {
        if (!command.parse({{u"id"_s, Command::tr("The promise."), u"ID"_s},
                            {u"kept"_s, Command::tr("They did what they promised.")},
                            {u"broken"_s, Command::tr("They did not.")},
                            {u"pending"_s, Command::tr("Not settled yet.")},
                            {u"settled-by"_s, Command::tr("The event that showed it."), u"EVENT_ID"_s}})
            || !command.required({u"id"_s}))
            return ExitCode::BadInput;
        const int chosen = int(command.isSet(u"kept"_s)) + int(command.isSet(u"broken"_s)) + int(command.isSet(u"pending"_s));
        if (chosen != 1)
            return command.fail(Command::tr("promise set: give exactly one of --kept, --broken or --pending."));
        auto id = command.id(u"id"_s);
        if (!id)
            return command.fail(id.error());
        qint64 settledBy = 0;
        if (command.isSet(u"settled-by"_s)) {
            auto event = command.id(u"settled-by"_s);
            if (!event)
                return command.fail(event.error());
            settledBy = *event;
        }
        const PromiseStatus status = command.isSet(u"kept"_s)     ? PromiseStatus::Kept
                                     : command.isSet(u"broken"_s) ? PromiseStatus::Broken
                                                                  : PromiseStatus::Pending;
        Library *library = command.library();
        if (!library)
            return ExitCode::BadInput;
        if (Status s = library->settlePromise(*id, status, settledBy); !s)
            return command.fail(s.error());
        return ExitCode::Success;
    }
    return command.fail(Command::tr("\"promise %1\" is not a Plaint command; use promise add or promise set.").arg(action));
}

} // namespace plaint::cli
