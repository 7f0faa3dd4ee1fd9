#include "command.h"

#include "casetransfer.h"
#include "cli.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace plaint::cli {
namespace {

QJsonObject summaryJson(const CaseTransfer::Summary &s)
{
    return {{u"case_id"_s, s.caseId}, {u"title"_s, s.title}, {u"events"_s, s.events}, {u"promises"_s, s.promises},
        {u"attachments"_s, s.attachments}, {u"evidence_bytes"_s, s.evidenceBytes},
        {u"journal_entries"_s, s.journalEntries}, {u"journal_head"_s, s.journalHead}};
}

} // namespace

int caseTransferCommand(Command &command, const QString &action)
{
    const QCommandLineOption json {u"json"_s, Command::tr("Print JSON.")};
    if (action == u"export") {
        if (!command.parse({{u"case"_s, Command::tr("The case to export."), u"ID"_s},
                {{u"o"_s, u"output"_s}, Command::tr("The case file to write (.plaint)."), u"FILE"_s}, json})
            || !command.required({u"case"_s, u"output"_s}))
            return ExitCode::BadInput;
        auto caseId = command.id(u"case"_s);
        if (!caseId)
            return command.fail(caseId.error());
        const QString target = command.value(u"output"_s);
        if (QFileInfo(target).isDir())
            return command.fail(Command::tr("%1 is a folder; give a file name.").arg(target));
        Library *library = command.library(Library::OpenMode::ReadOnly);
        if (!library)
            return ExitCode::BadInput;
        auto exported = CaseTransfer::exportCase(*library, *caseId, target);
        if (!exported)
            return command.fail(exported.error());
        if (command.isSet(u"json"_s)) {
            QJsonObject o = summaryJson(*exported);
            o.insert(u"file"_s, QFileInfo(target).absoluteFilePath());
            command.printJson(o);
        } else {
            command.print(Command::tr("Case %1 (“%2”): %n event(s) written to %3", nullptr, int(exported->events))
                              .arg(exported->caseId)
                              .arg(exported->title, QDir::toNativeSeparators(target)));
            command.print(Command::tr("Journal head of the case file: %1").arg(exported->journalHead));
        }
        return ExitCode::Success;
    }
    if (!command.parse({{u"as-copy"_s, Command::tr("Import a case already in the library again, as a copy.")}, json}, 1,
            1, Command::tr("the case file (.plaint)")))
        return ExitCode::BadInput;
    Library *library = command.library(Library::OpenMode::ReadWrite, Command::Create::Yes);
    if (!library)
        return ExitCode::BadInput;
    auto imported = CaseTransfer::importCase(*library, command.args().positionalArguments().first(),
        command.isSet(u"as-copy"_s) ? CaseTransfer::Duplicate::ImportAsCopy : CaseTransfer::Duplicate::Refuse);
    if (!imported)
        return command.fail(imported.error());
    if (command.isSet(u"json"_s)) {
        command.printJson(summaryJson(*imported));
        return ExitCode::Success;
    }
    // The new id alone on standard output, for scripts; what was checked, and
    // the head the recipient must compare with the sender's, for the person.
    command.print(QString::number(imported->caseId));
    command.note(Command::tr("Case %1 (“%2”): %n event(s) imported; every record, the journal and every piece of "
                             "evidence checked.",
        nullptr, int(imported->events))
                     .arg(imported->caseId)
                     .arg(imported->title));
    command.note(Command::tr("Journal head of the case file: %1 (it must be the one the sender gave you)")
                     .arg(imported->journalHead));
    return ExitCode::Success;
}

} // namespace plaint::cli
