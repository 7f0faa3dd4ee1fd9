#include "command.h"

#include "cli.h"

#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace plaint::cli {

int attachCommand(Command &command)
{
    if (!command.parse({{u"event"_s, Command::tr("The event the evidence belongs to."), u"ID"_s}}, 1, -1,
                       Command::tr("a file to attach"))
        || !command.required({u"event"_s}))
        return ExitCode::BadInput;
    auto eventId = command.id(u"event"_s);
    if (!eventId)
        return command.fail(eventId.error());
    Library *library = command.library();
    if (!library)
        return ExitCode::BadInput;
    auto attached = library->attachFiles(*eventId, command.args().positionalArguments());
    if (!attached)
        return command.fail(attached.error());
    for (const Attachment &a : *attached)
        command.print(a.sha256 + u"  "_s + a.fileName);
    return ExitCode::Success;
}

int evidenceCommand(Command &command, const QString &action)
{
    if (action != u"save")
        return command.fail(Command::tr("\"evidence %1\" is not a Plaint command; use evidence save.").arg(action));
    if (!command.parse({{u"sha"_s, Command::tr("The evidence's SHA-256."), u"SHA256"_s},
                        {{u"o"_s, u"output"_s}, Command::tr("Where to write it."), u"FILE"_s}})
        || !command.required({u"sha"_s, u"output"_s}))
        return ExitCode::BadInput;
    Library *library = command.library(Library::OpenMode::ReadOnly);
    if (!library)
        return ExitCode::BadInput;
    const QString target = command.value(u"output"_s);
    if (QFileInfo(target).isDir())
        return command.fail(Command::tr("%1 is a folder; give a file name.").arg(target));
    // Written under a temporary name and renamed only when complete and checked.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return command.fail(Command::tr("%1 cannot be written (%2).").arg(target, file.errorString()));
    if (Status s = library->readEvidence(command.value(u"sha"_s).trimmed(), file); !s) {
        file.cancelWriting();
        return command.fail(s.error());
    }
    if (!file.commit())
        return command.fail(Command::tr("%1 cannot be written (%2).").arg(target, file.errorString()));
    return ExitCode::Success;
}

} // namespace plaint::cli
