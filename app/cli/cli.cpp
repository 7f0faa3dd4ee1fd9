#include "cli.h"

#include "casetransfer.h"
#include "command.h"
#include "library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace plaint::cli {

QString overview()
{
    return QCoreApplication::translate("Cli", R"(Plaint keeps the record of a dispute with a company: every call, visit,
message and letter, who said what and when, each promise and its deadline,
and the evidence.

Usage: plaint [--library FILE] VERB ...

  case add --title T --company C [--account A] [--jurisdiction CN|US|UK|EU|other]
           [--outcome TEXT] [--amount N --currency CNY]        prints the new case id
  case edit --id ID [same options] [--status open|escalated|resolved|abandoned]
  case list [--json]
  case trash --id ID | case restore --id ID
  case export --case ID -o FILE.plaint [--json]
                                              the case, its evidence and its journal
                                              in one file to hand to someone
  case import FILE.plaint [--as-copy] [--json]
                                              checks a case file and adds it; prints
                                              the new case id
  event add --case ID --at 2021-04-18T10:15+08:00
            --channel phone|store|app|chat|sms|email|letter|social|note
            [--direction out|in|note] [--duration MINUTES] [--hold MINUTES]
            [--travel MINUTES] [--agent ID] [--agent-name NAME] [--ref REF]
            --summary TEXT [--quote TEXT]... [--outcome TEXT] [--final-answer]
            [--attach FILE]...                                 prints the new event id
  event edit --id ID [same options as add]
  event trash --id ID | event restore --id ID
  event history --id ID [--json]                              earlier versions
  trash --case ID [--json]                                    events in the trash
  promise add --event ID --text TEXT [--due 2021-04-20T10:00+08:00]
                                                              prints the new promise id
  promise set --id ID (--kept|--broken|--pending) [--settled-by EVENT_ID]
  attach --event ID FILE...                   prints one "sha256  name" line per file
  evidence save --sha SHA256 -o FILE          writes a piece of evidence out, checked
  search --case ID TEXT [--json]
  show --case ID [--json]
  verify --library [--json]                   checks the journal, every record and
                                              every piece of evidence
  promises --case ID [--as-of TIME] [--json]  every promise: pending, kept, broken or OVERDUE
  deadlines --case ID --ics FILE              pending deadlines as an iCalendar file
  analyse --case ID [--final-answer DATE] [--as-of TIME] [--json]
                                              contacts, time lost, promises, runarounds,
                                              and from when you may escalate, to whom
  suggest --at TIME [--jurisdiction J] [--json] TEXT
                                              the time-bound promises found in TEXT
  import sms|calls FILE... --case ID --numbers 10086,10010
                                              SMS/MMS or calls with those numbers from
                                              SMS Backup & Restore XML files
  import email FILE... --case ID [--me ADDRESS,...]
                                              .eml files or mbox mailboxes
  import text FILE... --case ID [--channel chat|sms] [--encoding GB18030]
         [--copied DATE]                      a pasted chat or SMS thread (FILE - reads
                                              standard input), split by its times
  import photos FILE... --case ID             screenshots and photos, timed by EXIF or name
      every import: [--promises] [--dry-run] [--json]; it lands whole or not at all,
      what is already in the case is not added twice, and Ctrl+C leaves nothing
  export --case ID --audience regulator|association|court --lang en|zh_CN|zh_TW
         [--jurisdiction CN|US|UK|EU|generic] [--complainant NAME] [--phone N]...
         [--id-number ID] [--email E] [--address A] [--redact] [--redact-term T]...
         [--mask SHA256:X,Y,W,H]... [--from DATE --to DATE] [--attach-originals]
         [--exhibits NAMES.json] (-o FILE.pdf | --bundle FILE.zip)
                                              the complaint dossier
  verify FILE.pdf|FILE.zip [--library [LIB]] [--json]
                                              checks a dossier's exhibits and hashes, and
                                              its journal head against the library

Times without an offset are taken in this computer's time zone.
Exit codes: 0 done, 1 verify found a problem, 2 bad input (nothing was written).)");
}

// Every verb: a file that happens to carry a verb's name is not opened.
static const QStringList &verbs()
{
    static const QStringList all{u"case"_s, u"event"_s, u"trash"_s, u"promise"_s, u"attach"_s, u"evidence"_s,
        u"search"_s, u"show"_s, u"verify"_s, u"export"_s, u"promises"_s, u"deadlines"_s, u"analyse"_s, u"analyze"_s,
        u"suggest"_s, u"import"_s};
    return all;
}

static int dispatch(const QString &verb, QStringList rest, const QString &libraryPath, QTextStream &out,
                    QTextStream &err)
{
    // Verbs with an action ("case add") take it as their next word.
    static const QStringList twoWord{u"case"_s, u"event"_s, u"promise"_s, u"evidence"_s, u"import"_s};
    QString action;
    if (twoWord.contains(verb)) {
        if (rest.isEmpty() || rest.first().startsWith(u'-')) {
            err << QCoreApplication::translate("Cli", "plaint: \"%1\" needs an action, e.g. \"%1 add\" (see plaint --help).")
                       .arg(verb)
                << Qt::endl;
            return ExitCode::BadInput;
        }
        action = rest.takeFirst();
    }
    Command command(action.isEmpty() ? verb : verb + u' ' + action, rest, libraryPath, out, err);
    if (verb == u"case")
        return caseCommand(command, action);
    if (verb == u"event")
        return eventCommand(command, action);
    if (verb == u"trash")
        return eventCommand(command, u"trash-list"_s);
    if (verb == u"promise")
        return promiseCommand(command, action);
    if (verb == u"attach")
        return attachCommand(command);
    if (verb == u"evidence")
        return evidenceCommand(command, action);
    if (verb == u"search")
        return searchCommand(command);
    if (verb == u"show")
        return showCommand(command);
    if (verb == u"verify")
        return verifyCommand(command);
    if (verb == u"export")
        return exportCommand(command);
    if (verb == u"promises")
        return promisesCommand(command);
    if (verb == u"deadlines")
        return deadlinesCommand(command);
    if (verb == u"analyse" || verb == u"analyze")
        return analyseCommand(command);
    if (verb == u"suggest")
        return suggestCommand(command);
    if (verb == u"import")
        return importCommand(command, action);
    return command.fail(QCoreApplication::translate("Cli", "\"%1\" is not a Plaint command (see plaint --help).").arg(verb));
}

namespace {

// The options before the verb, shared by the window and the command line.
struct GlobalParser
{
    QCommandLineParser parser;
    QCommandLineOption libraryOption{u"library"_s, QCoreApplication::translate("Cli", "The library file to use."),
                                     QCoreApplication::translate("Cli", "FILE")};
    QCommandLineOption helpOption{QStringList{u"h"_s, u"help"_s}, QCoreApplication::translate("Cli", "Show this help.")};
    QCommandLineOption versionOption{QStringList{u"v"_s, u"version"_s},
                                     QCoreApplication::translate("Cli", "Show Plaint's version.")};
    bool parsed = false;

    explicit GlobalParser(const QStringList &arguments)
    {
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
        parser.addOption(libraryOption);
        parser.addOption(helpOption);
        parser.addOption(versionOption);
        parser.addPositionalArgument(u"verb"_s, QCoreApplication::translate("Cli", "What to do; see above."));
        parsed = parser.parse(arguments);
    }
};

} // namespace

namespace {

bool isFileToOpen(const QString &argument)
{
    return !verbs().contains(argument) && QFileInfo(argument).isFile();
}

// `plaint FILE` with no window to show it in: a case file is imported; what
// else the file is, is said plainly.
int openWithoutWindow(const QString &file, const QString &libraryPath, QTextStream &out, QTextStream &err)
{
    auto contents = CaseTransfer::inspect(file, libraryPath);
    if (!contents) {
        err << u"plaint: "_s << contents.error() << Qt::endl;
        return ExitCode::BadInput;
    }
    switch (contents->kind) {
    case CaseTransfer::Contents::Kind::CaseFile:
        return dispatch(u"case"_s, {u"import"_s, file}, libraryPath, out, err);
    case CaseTransfer::Contents::Kind::OwnLibrary:
        out << overview() << u"\n\n"_s << QCoreApplication::translate("Cli", "Library: %1").arg(libraryPath)
            << Qt::endl;
        return ExitCode::Success;
    case CaseTransfer::Contents::Kind::Library:
        break;
    }
    err << QCoreApplication::translate("Cli",
               "plaint: %1 is not a case file but a Plaint library of its own, with %n case(s); nothing was "
               "imported. Use it with: plaint --library %1 case list",
               nullptr, int(contents->cases))
               .arg(file)
        << Qt::endl;
    return ExitCode::BadInput;
}

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    GlobalParser global(arguments);
    return !global.parsed || global.parser.isSet(global.helpOption) || global.parser.isSet(global.versionOption)
        || (!global.parser.positionalArguments().isEmpty() && fileFrom(arguments).isEmpty());
}

QString fileFrom(const QStringList &arguments)
{
    GlobalParser global(arguments);
    const QStringList positional = global.parser.positionalArguments();
    if (!global.parsed || positional.size() != 1 || !isFileToOpen(positional.first()))
        return {};
    return QFileInfo(positional.first()).absoluteFilePath();
}

QString libraryPathFrom(const QStringList &arguments)
{
    GlobalParser global(arguments);
    if (global.parser.isSet(global.libraryOption))
        return global.parser.value(global.libraryOption);
    const QString path = Library::defaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    GlobalParser global(arguments);
    QCommandLineParser &parser = global.parser;
    const QCommandLineOption &libraryOption = global.libraryOption;
    const QCommandLineOption &helpOption = global.helpOption;
    const QCommandLineOption &versionOption = global.versionOption;
    if (!global.parsed) {
        err << u"plaint: "_s << parser.errorText() << Qt::endl;
        return ExitCode::BadInput;
    }
    if (parser.isSet(versionOption)) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitCode::Success;
    }
    const QString libraryPath = parser.isSet(libraryOption) ? parser.value(libraryOption) : Library::defaultPath();
    QStringList rest = parser.positionalArguments();
    if (parser.isSet(helpOption) || rest.isEmpty()) {
        out << overview() << u"\n\n"_s
            << QCoreApplication::translate("Cli", "Library: %1").arg(libraryPath) << Qt::endl;
        return ExitCode::Success;
    }
    // Without a display, "plaint FILE" still imports a case file.
    if (rest.size() == 1 && isFileToOpen(rest.first()))
        return openWithoutWindow(QFileInfo(rest.first()).absoluteFilePath(), libraryPath, out, err);
    const QString verb = rest.takeFirst();
    return dispatch(verb, rest, libraryPath, out, err);
}

} // namespace plaint::cli
