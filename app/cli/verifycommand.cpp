#include "command.h"

#include "cli.h"
#include "dossierverifier.h"

#include <QFile>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plaint::cli {

int verifyCommand(Command &command)
{
    // "verify --library" is a flag naming what to check, optionally followed by
    // the file; the library can also come from the global --library.
    QStringList args = command.rawArguments();
    const bool asJson = args.removeAll(u"--json"_s) > 0;
    bool library = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i].startsWith(u"--library="_s)) {
            command.setLibraryPath(args.takeAt(i).mid(10));
            library = true;
            break;
        }
        if (args[i] == u"--library") {
            args.removeAt(i);
            if (i < args.size() && !args[i].startsWith(u'-'))
                command.setLibraryPath(args.takeAt(i));
            library = true;
            break;
        }
    }
    // "verify FILE.pdf" or "verify FILE.zip": a dossier; with --library, also
    // against the library it was made from.
    if (!args.isEmpty() && !args.first().startsWith(u'-')) {
        const QString file = args.takeFirst();
        if (!args.isEmpty())
            return command.fail(Command::tr("verify: unexpected argument \"%1\".").arg(args.first()));
        if (!QFile::exists(file))
            return command.fail(Command::tr("verify: %1 does not exist.").arg(file));
        Library *against = nullptr;
        if (library || command.libraryPath() != Library::defaultPath()) {
            against = command.library(Library::OpenMode::ReadOnly);
            if (!against)
                return ExitCode::BadInput;
        }
        const DossierVerifier::Report report = DossierVerifier::verify(file, against);
        if (asJson) {
            command.printJson({{u"ok"_s, report.ok},
                               {u"file"_s, file},
                               {u"bundle"_s, report.isBundle},
                               {u"journal_head"_s, report.journalHead},
                               {u"exhibits"_s, report.exhibits},
                               {u"exhibits_checked"_s, report.exhibitsChecked},
                               {u"originals_exact"_s, report.originalsExact},
                               {u"library"_s, against ? QJsonValue(against->path()) : QJsonValue()},
                               {u"checks"_s, QJsonArray::fromStringList(report.checks)},
                               {u"problems"_s, QJsonArray::fromStringList(report.problems)}});
        } else {
            command.print((report.ok ? Command::tr("OK: %1") : Command::tr("PROBLEM: %1")).arg(file));
            for (const QString &check : report.checks)
                command.print(u"  ok "_s + check);
            for (const QString &problem : report.problems)
                command.print(u"  !! "_s + problem);
            if (report.ok && !against)
                command.print(Command::tr("To check the journal head too: plaint verify %1 --library LIBRARY").arg(file));
        }
        return report.ok ? int(ExitCode::Success) : int(ExitCode::VerificationFailed);
    }
    if (!library)
        return command.fail(Command::tr("verify: say what to check, e.g. plaint verify --library, or plaint verify DOSSIER.pdf"));
    if (!args.isEmpty())
        return command.fail(Command::tr("verify: unexpected argument \"%1\".").arg(args.first()));

    Library *opened = command.library(Library::OpenMode::ReadOnly);
    if (!opened)
        return ExitCode::BadInput;
    const Library::Check check = opened->verify(true);
    if (asJson) {
        command.printJson({{u"ok"_s, check.ok},
                           {u"library"_s, opened->path()},
                           {u"journal_entries"_s, check.journalEntries},
                           {u"journal_head"_s, check.journalHead},
                           {u"first_bad_entry"_s, check.firstBadEntry > 0 ? QJsonValue(check.firstBadEntry) : QJsonValue()},
                           {u"evidence_checked"_s, check.evidenceChecked},
                           {u"evidence_bytes"_s, check.evidenceBytes},
                           {u"problems"_s, QJsonArray::fromStringList(check.problems)}});
    } else if (check.ok) {
        command.print(Command::tr("OK: %1").arg(opened->path()));
        command.print(Command::tr("Journal: %n entries, unbroken. Head: %1", nullptr, int(check.journalEntries))
                          .arg(check.journalHead));
        command.print(Command::tr("Evidence: %n file(s) re-hashed, all match.", nullptr, int(check.evidenceChecked)));
        command.print(Command::tr("Every record matches its last journal entry."));
    } else {
        command.print(Command::tr("PROBLEM: %1").arg(opened->path()));
        if (check.firstBadEntry > 0)
            command.print(Command::tr("First journal entry that does not match: %1").arg(check.firstBadEntry));
        for (const QString &problem : check.problems)
            command.print(u"  - "_s + problem);
    }
    return check.ok ? int(ExitCode::Success) : int(ExitCode::VerificationFailed);
}

} // namespace plaint::cli
