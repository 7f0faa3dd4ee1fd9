#include "command.h"

#include "cli.h"
#include "format.h"
#include "recordjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plaint::cli {

int searchCommand(Command &command)
{
    if (!command.parse({{u"case"_s, Command::tr("The case to search."), u"ID"_s}, {u"json"_s, Command::tr("Print JSON.")}},
                       1, -1, Command::tr("the text to search for"))
        || !command.required({u"case"_s}))
        return ExitCode::BadInput;
    auto caseId = command.id(u"case"_s);
    if (!caseId)
        return command.fail(caseId.error());
    const QString query = command.args().positionalArguments().join(u' ');
    Library *library = command.library(Library::OpenMode::ReadOnly);
    if (!library)
        return ExitCode::BadInput;
    if (auto c = library->caseById(*caseId); !c)
        return command.fail(c.error());
    auto ids = library->search(*caseId, query);
    if (!ids)
        return command.fail(ids.error());
    auto events = library->eventsByIds(*ids, true);
    if (!events)
        return command.fail(events.error());
    if (command.isSet(u"json"_s)) {
        QJsonArray list;
        for (const Event &e : *events)
            list.append(json::toJson(e, true));
        command.printJson({{u"case_id"_s, *caseId}, {u"query"_s, query}, {u"count"_s, list.size()}, {u"events"_s, list}});
        return ExitCode::Success;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Event &e : *events)
        command.print(eventBlock(e, now));
    command.print(Command::tr("%n event(s) found.", nullptr, int(events->size())));
    return ExitCode::Success;
}

} // namespace plaint::cli
