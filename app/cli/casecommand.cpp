#include "command.h"

#include "cli.h"
#include "format.h"
#include "recordjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plaint::cli {
namespace {

QList<QCommandLineOption> caseOptions()
{
    return {
        {u"title"_s, Command::tr("Short title of the dispute."), u"T"_s},
        {u"company"_s, Command::tr("The company the case is against."), u"C"_s},
        {u"account"_s, Command::tr("Your phone or account number with them."), u"A"_s},
        {u"jurisdiction"_s, Command::tr("CN, US, UK, EU or other."), u"J"_s},
        {u"outcome"_s, Command::tr("What you want to happen."), u"TEXT"_s},
        {u"amount"_s, Command::tr("Amount in dispute."), u"N"_s},
        {u"currency"_s, Command::tr("Currency of the amount, e.g. CNY."), u"CODE"_s},
        {u"status"_s, Command::tr("open, escalated, resolved or abandoned."), u"STATUS"_s},
    };
}

// Applies the options that were given to `c`; returns an error sentence or an empty string.
QString applyCaseOptions(const Command &command, Case &c)
{
    if (command.isSet(u"title"_s))
        c.title = command.value(u"title"_s);
    if (command.isSet(u"company"_s))
        c.company = command.value(u"company"_s);
    if (command.isSet(u"account"_s))
        c.account = command.value(u"account"_s);
    if (command.isSet(u"outcome"_s))
        c.desiredOutcome = command.value(u"outcome"_s);
    if (command.isSet(u"jurisdiction"_s)) {
        const auto j = jurisdictionFromString(command.value(u"jurisdiction"_s));
        if (!j)
            return Command::tr("--jurisdiction takes one of %1, not \"%2\".")
                .arg(jurisdictionNames().join(u", "_s), command.value(u"jurisdiction"_s));
        c.jurisdiction = *j;
    }
    if (command.isSet(u"status"_s)) {
        const auto s = caseStatusFromString(command.value(u"status"_s));
        if (!s)
            return Command::tr("--status takes one of %1, not \"%2\".")
                .arg(caseStatusNames().join(u", "_s), command.value(u"status"_s));
        c.status = *s;
    }
    if (command.isSet(u"currency"_s) && !command.isSet(u"amount"_s))
        return Command::tr("--currency goes with --amount.");
    if (command.isSet(u"amount"_s)) {
        const QString currency = command.isSet(u"currency"_s) ? command.value(u"currency"_s) : c.amount.currency;
        if (currency.isEmpty())
            return Command::tr("--amount needs --currency, e.g. --currency CNY.");
        auto money = Money::parse(command.value(u"amount"_s), currency);
        if (!money)
            return money.error();
        c.amount = *money;
    }
    return {};
}

} // namespace

int caseCommand(Command &command, const QString &action)
{
    if (action == u"export" || action == u"import")
        return caseTransferCommand(command, action);
    if (action == u"add") {
        if (!command.parse(caseOptions()) || !command.required({u"title"_s, u"company"_s}))
            return ExitCode::BadInput;
        Case c;
        if (const QString problem = applyCaseOptions(command, c); !problem.isEmpty())
            return command.fail(problem);
        Library *library = command.library(Library::OpenMode::ReadWrite, Command::Create::Yes);
        if (!library)
            return ExitCode::BadInput;
        auto id = library->addCase(c);
        if (!id)
            return command.fail(id.error());
        command.print(QString::number(*id));
        return ExitCode::Success;
    }
    if (action == u"edit") {
        QList<QCommandLineOption> options = caseOptions();
        options << QCommandLineOption(u"id"_s, Command::tr("The case."), u"ID"_s);
        if (!command.parse(options) || !command.required({u"id"_s}))
            return ExitCode::BadInput;
        auto id = command.id(u"id"_s);
        if (!id)
            return command.fail(id.error());
        Library *library = command.library();
        if (!library)
            return ExitCode::BadInput;
        auto c = library->caseById(*id);
        if (!c)
            return command.fail(c.error());
        Case edited = *c;
        if (const QString problem = applyCaseOptions(command, edited); !problem.isEmpty())
            return command.fail(problem);
        if (Status s = library->updateCase(edited); !s)
            return command.fail(s.error());
        return ExitCode::Success;
    }
    if (action == u"trash" || action == u"restore") {
        if (!command.parse({{u"id"_s, Command::tr("The case."), u"ID"_s}}) || !command.required({u"id"_s}))
            return ExitCode::BadInput;
        auto id = command.id(u"id"_s);
        if (!id)
            return command.fail(id.error());
        Library *library = command.library();
        if (!library)
            return ExitCode::BadInput;
        const Status s = action == u"trash" ? library->trashCase(*id) : library->restoreCase(*id);
        return s ? int(ExitCode::Success) : command.fail(s.error());
    }
    if (action == u"list") {
        if (!command.parse({{u"json"_s, Command::tr("Print JSON.")}}))
            return ExitCode::BadInput;
        if (!command.libraryExists()) {
            // Nothing to list yet, and listing creates nothing.
            if (command.isSet(u"json"_s))
                command.printJson({{u"cases"_s, QJsonArray()}});
            else
                command.print(Command::tr("No cases yet. Start one with: plaint case add --title T --company C"));
            return ExitCode::Success;
        }
        Library *library = command.library(Library::OpenMode::ReadOnly);
        if (!library)
            return ExitCode::BadInput;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto summaries = library->caseSummaries(now);
        if (!summaries)
            return command.fail(summaries.error());
        if (command.isSet(u"json"_s)) {
            QJsonArray cases;
            for (const CaseSummary &s : *summaries) {
                QJsonObject o = json::toJson(s.info);
                o.insert(u"event_count"_s, s.eventCount);
                o.insert(u"promise_count"_s, s.promiseCount);
                o.insert(u"overdue_promise_count"_s, s.overduePromiseCount);
                o.insert(u"first_event"_s, s.firstEvent.isValid() ? QJsonValue(json::timeText(s.firstEvent)) : QJsonValue());
                o.insert(u"last_event"_s, s.lastEvent.isValid() ? QJsonValue(json::timeText(s.lastEvent)) : QJsonValue());
                cases.append(o);
            }
            command.printJson({{u"cases"_s, cases}});
            return ExitCode::Success;
        }
        if (summaries->isEmpty()) {
            command.print(Command::tr("No cases yet. Start one with: plaint case add --title T --company C"));
            return ExitCode::Success;
        }
        for (const CaseSummary &s : *summaries) {
            QString line = Command::tr("%1  %2 — %3  [%4]  %Ln event(s)", nullptr, s.eventCount)
                               .arg(s.info.id, 4)
                               .arg(s.info.title, s.info.company, caseStatusForPeople(s.info.status));
            if (s.overduePromiseCount > 0)
                line += u"  "_s + Command::tr("%n overdue promise(s)", nullptr, s.overduePromiseCount);
            command.print(line);
        }
        return ExitCode::Success;
    }
    return command.fail(Command::tr("\"case %1\" is not a Plaint command; use case add, edit, list, trash or restore.")
                            .arg(action));
}

} // namespace plaint::cli
