#include "command.h"

#include "cli.h"
#include "format.h"
#include "importedpromisefinder.h"
#include "importjob.h"
#include "phonenumber.h"

#include <QJsonArray>

#include <atomic>
#include <csignal>
#include <cstdio>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace plaint::cli {
namespace {

// Ctrl+C (or a kill) during an import: the import stops and rolls back, and
// the library is exactly as it was.
std::atomic_bool g_interrupted{false};
static_assert(std::atomic_bool::is_always_lock_free);

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

class InterruptGuard final
{
public:
    InterruptGuard()
    {
        g_interrupted.store(false);
        struct sigaction action = {};
        action.sa_handler = onInterrupt;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &m_oldInt);
        sigaction(SIGTERM, &action, &m_oldTerm);
    }
    ~InterruptGuard()
    {
        sigaction(SIGINT, &m_oldInt, nullptr);
        sigaction(SIGTERM, &m_oldTerm, nullptr);
    }
    Q_DISABLE_COPY_MOVE(InterruptGuard)

private:
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};

// "Importing… 45% (12,345 read)" on one line of a terminal's stderr.
void showProgress(const ImportJob::Progress &p, ImportJob::Kind kind)
{
    const int percent = p.total > 0 ? int(qMin<qint64>(100, p.done * 100 / p.total)) : 0;
    const QString line = kind == ImportJob::Kind::Sms || kind == ImportJob::Kind::Calls || kind == ImportJob::Kind::Email
        ? Command::tr("Importing… %1% of the file read, %n event(s) so far", nullptr, int(qMin<qint64>(p.items, INT_MAX)))
              .arg(percent)
        : Command::tr("Importing… %1 of %2").arg(p.done).arg(p.total);
    const QByteArray bytes = "\r\033[K" + line.toLocal8Bit();
    std::fputs(bytes.constData(), stderr);
    std::fflush(stderr);
}

QJsonObject entryJson(const ImportJob::Entry &e, bool withId)
{
    QJsonObject o{{u"at"_s, e.at.toString(Qt::ISODate)}, {u"summary"_s, e.summary}, {u"source_key"_s, e.sourceKey}};
    if (e.state == ImportJob::State::Added) {
        if (withId)
            o.insert(u"id"_s, e.eventId);
        o.insert(u"evidence"_s, e.evidence);
        o.insert(u"promises"_s, e.promises);
    }
    return o;
}

QJsonArray recordsJson(const QList<SkippedRecord> &records)
{
    QJsonArray list;
    for (const SkippedRecord &s : records)
        list.append(QJsonObject{{u"what"_s, s.what}, {u"why"_s, s.why}});
    return list;
}

} // namespace

int importCommand(Command &command, const QString &kindName)
{
    const std::optional<ImportJob::Kind> kind = ImportJob::kindFromName(kindName);
    if (!kind)
        return command.fail(Command::tr("\"import %1\" is not a Plaint command; use import sms, calls, email, text or photos.")
                                .arg(kindName));
    if (!command.parse({{u"case"_s, Command::tr("The case the events belong to."), u"ID"_s},
                        {u"numbers"_s, Command::tr("The company's phone numbers, e.g. 10086,10010."), u"LIST"_s},
                        {u"me"_s, Command::tr("For e-mail: your own addresses, whose messages are outgoing."), u"LIST"_s},
                        {u"channel"_s, Command::tr("For text and photos: the channel of the events."), u"CHANNEL"_s},
                        {u"encoding"_s, Command::tr("For text: the file's encoding, e.g. GB18030 or Big5."), u"NAME"_s},
                        {u"copied"_s, Command::tr("For text: the day it was copied, for 今天, 昨天 and dates without a year."),
                         u"DATE"_s},
                        {u"promises"_s, Command::tr("Attach the time-bound promises found in the company's words.")},
                        {u"dry-run"_s, Command::tr("Show what would be imported; write nothing.")},
                        {u"json"_s, Command::tr("Print the result as JSON.")}},
                       1, -1, Command::tr("a file to import"))
        || !command.required({u"case"_s}))
        return ExitCode::BadInput;
    auto caseId = command.id(u"case"_s);
    if (!caseId)
        return command.fail(caseId.error());

    ImportJob::Request request;
    request.kind = *kind;
    request.paths = command.args().positionalArguments();
    if (*kind == ImportJob::Kind::Sms || *kind == ImportJob::Kind::Calls) {
        request.numbers = PhoneNumber::parseList(command.value(u"numbers"_s));
        if (request.numbers.isEmpty())
            return command.fail(Command::tr("Say whose messages to import with --numbers, e.g. --numbers 10086,10010: "
                                            "a phone backup holds everyone's, and only the company's belong in the case."));
    }
    request.channel = *kind == ImportJob::Kind::Photos ? Channel::Note : Channel::Chat;
    if (command.isSet(u"channel"_s)) {
        auto parsed = channelFromString(command.value(u"channel"_s).trimmed().toLower());
        if (!parsed)
            return command.fail(Command::tr("--channel must be one of %1.").arg(channelNames().join(u", "_s)));
        request.channel = *parsed;
    }
    if (command.isSet(u"copied"_s)) {
        request.copiedOn = QDate::fromString(command.value(u"copied"_s).trimmed(), Qt::ISODate);
        if (!request.copiedOn.isValid())
            return command.fail(Command::tr("--copied must be a day such as 2021-03-19, not \"%1\".")
                                    .arg(command.value(u"copied"_s)));
    }
    request.myAddresses = command.value(u"me"_s).split(u',', Qt::SkipEmptyParts);
    request.encoding = command.value(u"encoding"_s).toLatin1();
    request.encodingAdvice = Command::tr("Name its encoding with --encoding, e.g. --encoding %1.");
    const bool dryRun = command.isSet(u"dry-run"_s);
    const bool json = command.isSet(u"json"_s);

    Library *library = command.library();
    if (!library)
        return ExitCode::BadInput;
    ImportJob job(request);
    std::optional<ImportedPromiseFinder> promises;
    if (command.isSet(u"promises"_s)) {
        auto c = library->caseById(*caseId);
        if (!c)
            return command.fail(c.error());
        auto finder = ImportedPromiseFinder::forJurisdiction(c->jurisdiction);
        if (!finder)
            return command.fail(finder.error());
        promises = std::move(*finder);
        job.setDecorator([&promises](ImportItem &item) { promises->addPromises(item); });
    }
    const bool terminal = !json && isatty(STDERR_FILENO);
    if (terminal)
        job.setProgress([kind](const ImportJob::Progress &p) { showProgress(p, *kind); }, 200);
    InterruptGuard guard;
    job.setCancelFlag(&g_interrupted);
    auto result = job.run(*library, *caseId, !dryRun);
    if (terminal) {
        std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
    }
    if (!result) {
        const int code = command.fail(result.error());
        return job.wasCancelled() ? int(ExitCode::Cancelled) : code;
    }
    const ImportJob::Report &report = *result;

    if (json) {
        QJsonArray added;
        QJsonArray already;
        QJsonArray repeated;
        for (const ImportJob::Entry &e : report.entries) {
            QJsonArray &list = e.state == ImportJob::State::Added ? added
                : e.state == ImportJob::State::Repeated           ? repeated
                                                                  : already;
            list.append(entryJson(e, !dryRun));
        }
        command.printJson({{u"dry_run"_s, dryRun},
                           {u"added"_s, added},
                           {u"already_there"_s, already},
                           {u"repeated"_s, repeated},
                           {u"skipped"_s, recordsJson(report.skipped)},
                           {u"warnings"_s, recordsJson(report.warnings)}});
        return ExitCode::Success;
    }
    const bool oneSource = request.paths.size() <= 1;
    for (const ImportJob::Entry &e : report.entries) {
        const QString line = timeForPeople(e.at) + u"  "_s + e.summary;
        switch (e.state) {
        case ImportJob::State::AlreadyThere: command.print(Command::tr("= %1 (already in the case)").arg(line)); break;
        case ImportJob::State::Repeated:
            command.print(oneSource ? Command::tr("= %1 (twice in this file)").arg(line)
                                    : Command::tr("= %1 (earlier in this import)").arg(line));
            break;
        case ImportJob::State::Added:
            command.print(dryRun ? Command::tr("+ %1").arg(line) : Command::tr("+ #%1 %2").arg(e.eventId).arg(line));
            break;
        }
    }
    for (const SkippedRecord &s : report.skipped)
        command.print(Command::tr("- %1: %2").arg(s.what, s.why));
    for (const SkippedRecord &s : report.warnings)
        command.print(Command::tr("! %1: %2").arg(s.what, s.why));
    const QString tally = dryRun ? Command::tr("Dry run: %n event(s) would be added", nullptr, report.added)
                                 : Command::tr("%n event(s) added", nullptr, report.added);
    QString summary = Command::tr("%1 with %2 piece(s) of evidence; %3 already in the case; %4 skipped.")
                          .arg(tally)
                          .arg(report.evidence)
                          .arg(report.alreadyThere)
                          .arg(report.skipped.size());
    if (report.repeated > 0)
        summary += u' ' + Command::tr("%n item(s) appeared twice and were taken once.", nullptr, report.repeated);
    if (report.promises > 0)
        summary += u' ' + Command::tr("%n promise(s) found in the company's words.", nullptr, report.promises);
    if (!report.warnings.isEmpty())
        summary += u' ' + Command::tr("%n warning(s): see the lines marked !.", nullptr, int(report.warnings.size()));
    if (dryRun)
        summary += u' ' + Command::tr("Nothing was written.");
    command.print(summary);
    return ExitCode::Success;
}

} // namespace plaint::cli
