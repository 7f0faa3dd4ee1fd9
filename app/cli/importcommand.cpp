#include "command.h"

#include "calllogimporter.h"
#include "cli.h"
#include "emailimporter.h"
#include "format.h"
#include "phonenumber.h"
#include "photoimporter.h"
#include "smsbackupimporter.h"
#include "textdecoding.h"
#include "transcriptimporter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace plaint::cli {
namespace {

// Hands the items of several files over one after the other, opening each
// file only when its turn comes, and remembers what each item was.
class FileChain final
{
public:
    using Factory = std::function<std::unique_ptr<Importer>(QIODevice &)>;
    FileChain(QStringList paths, Factory factory) : m_paths(std::move(paths)), m_factory(std::move(factory)) {}

    Result<std::optional<ImportItem>> next()
    {
        using R = Result<std::optional<ImportItem>>;
        for (;;) {
            if (!m_current) {
                if (m_index >= m_paths.size())
                    return std::optional<ImportItem>();
                m_file = std::make_unique<QFile>(m_paths.at(m_index++));
                if (!m_file->open(QIODevice::ReadOnly))
                    return R::failure(Command::tr("%1 cannot be read (%2); nothing was imported.")
                                          .arg(m_file->fileName(), m_file->errorString()));
                m_current = m_factory(*m_file);
            }
            auto item = m_current->next();
            if (!item)
                return R::failure(Command::tr("%1: %2").arg(QFileInfo(m_file->fileName()).fileName(), item.error()));
            if (item->has_value())
                return item;
            m_skipped += m_current->skipped();
            m_current.reset();
            m_file.reset();
        }
    }
    const QList<SkippedRecord> &skipped() const { return m_skipped; }

private:
    QStringList m_paths;
    Factory m_factory;
    qsizetype m_index = 0;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<Importer> m_current;
    QList<SkippedRecord> m_skipped;
};

struct Seen
{
    QDateTime occurred;
    QString summary;
};

} // namespace

int importCommand(Command &command, const QString &kind)
{
    static const QStringList kinds{u"sms"_s, u"calls"_s, u"email"_s, u"text"_s, u"photos"_s};
    if (!kinds.contains(kind))
        return command.fail(Command::tr("\"import %1\" is not a Plaint command; use import sms, calls, email, text or photos.")
                                .arg(kind));
    if (!command.parse({{u"case"_s, Command::tr("The case the events belong to."), u"ID"_s},
                        {u"numbers"_s, Command::tr("The company's phone numbers, e.g. 10086,10010."), u"LIST"_s},
                        {u"me"_s, Command::tr("For e-mail: your own addresses, whose messages are outgoing."), u"LIST"_s},
                        {u"channel"_s, Command::tr("For text and photos: the channel of the events."), u"CHANNEL"_s},
                        {u"encoding"_s, Command::tr("For text: the file's encoding, e.g. GB18030 or Big5."), u"NAME"_s},
                        {u"promises"_s, Command::tr("Attach the time-bound promises found in the company's words.")},
                        {u"dry-run"_s, Command::tr("Show what would be imported; write nothing.")},
                        {u"json"_s, Command::tr("Print the result as JSON.")}},
                       1, -1, Command::tr("a file to import"))
        || !command.required({u"case"_s}))
        return ExitCode::BadInput;
    auto caseId = command.id(u"case"_s);
    if (!caseId)
        return command.fail(caseId.error());
    const QStringList paths = command.args().positionalArguments();
    for (const QString &path : paths) {
        if (path == u"-" && kind == u"text")
            continue; // pasted text from standard input
        const QFileInfo info(path);
        if (!info.exists())
            return command.fail(Command::tr("The file %1 does not exist; nothing was imported.").arg(path));
        if (info.isDir() || !info.isReadable())
            return command.fail(Command::tr("The file %1 cannot be read; nothing was imported.").arg(path));
    }
    QStringList numbers;
    if (kind == u"sms" || kind == u"calls") {
        numbers = PhoneNumber::parseList(command.value(u"numbers"_s));
        if (numbers.isEmpty())
            return command.fail(Command::tr("Say whose messages to import with --numbers, e.g. --numbers 10086,10010: "
                                            "a phone backup holds everyone's, and only the company's belong in the case."));
    }
    Channel channel = kind == u"photos" ? Channel::Note : Channel::Chat;
    if (command.isSet(u"channel"_s)) {
        auto parsed = channelFromString(command.value(u"channel"_s).trimmed().toLower());
        if (!parsed)
            return command.fail(Command::tr("--channel must be one of %1.").arg(channelNames().join(u", "_s)));
        channel = *parsed;
    }
    const bool promises = command.isSet(u"promises"_s);
    const QStringList myAddresses = command.value(u"me"_s).split(u',', Qt::SkipEmptyParts);
    const bool dryRun = command.isSet(u"dry-run"_s);

    // Each kind is a chain of importers over the files, or one over all of them.
    std::unique_ptr<FileChain> chain;
    std::unique_ptr<Importer> single;
    if (kind == u"sms") {
        chain = std::make_unique<FileChain>(paths, [&](QIODevice &d) {
            return std::make_unique<SmsBackupImporter>(d, numbers, promises);
        });
    } else if (kind == u"calls") {
        chain = std::make_unique<FileChain>(paths, [&](QIODevice &d) {
            return std::make_unique<CallLogImporter>(d, numbers);
        });
    } else if (kind == u"email") {
        chain = std::make_unique<FileChain>(paths, [&](QIODevice &d) {
            return std::make_unique<EmailImporter>(d, myAddresses, promises);
        });
    } else if (kind == u"photos") {
        single = std::make_unique<PhotoImporter>(paths, channel);
    } else {
        QString text;
        for (const QString &path : paths) {
            QFile file(path);
            const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
            if (!opened)
                return command.fail(Command::tr("%1 cannot be read (%2); nothing was imported.").arg(path, file.errorString()));
            const QByteArray bytes = file.read(TranscriptImporter::kMaxBytes + 1);
            if (bytes.size() > TranscriptImporter::kMaxBytes)
                return command.fail(Command::tr("%1 is too large for pasted text (over %2 MB); nothing was imported.")
                                        .arg(path).arg(TranscriptImporter::kMaxBytes / (1024 * 1024)));
            auto decoded = TextDecoding::decode(bytes, command.value(u"encoding"_s).toLatin1());
            if (!decoded)
                return command.fail(Command::tr("%1: %2").arg(path, decoded.error()));
            text += *decoded + u'\n';
        }
        single = std::make_unique<TranscriptImporter>(text, channel, promises);
    }

    Library *library = command.library();
    if (!library)
        return ExitCode::BadInput;
    QList<Seen> seen;
    auto result = library->importEvents(
        *caseId,
        [&]() -> Result<std::optional<ImportItem>> {
            auto item = chain ? chain->next() : single->next();
            if (item && item->has_value())
                seen.append({(*item)->event.occurred, (*item)->event.summary});
            return item;
        },
        !dryRun);
    if (!result)
        return command.fail(result.error());
    const QList<SkippedRecord> skipped = chain ? chain->skipped() : single->skipped();

    int added = 0;
    int evidence = 0;
    for (const Library::ImportEntry &e : *result) {
        added += e.eventId != 0 ? 1 : 0;
        evidence += e.evidence;
    }
    const int already = int(result->size()) - added;
    if (command.isSet(u"json"_s)) {
        QJsonArray addedList;
        QJsonArray alreadyList;
        for (qsizetype i = 0; i < result->size(); ++i) {
            const Library::ImportEntry &e = result->at(i);
            QJsonObject o{{u"at"_s, seen.value(i).occurred.toString(Qt::ISODate)},
                          {u"summary"_s, seen.value(i).summary},
                          {u"source_key"_s, e.sourceKey}};
            if (e.eventId != 0) {
                if (!dryRun)
                    o.insert(u"id"_s, e.eventId);
                o.insert(u"evidence"_s, e.evidence);
                addedList.append(o);
            } else {
                alreadyList.append(o);
            }
        }
        QJsonArray skippedList;
        for (const SkippedRecord &s : skipped)
            skippedList.append(QJsonObject{{u"what"_s, s.what}, {u"why"_s, s.why}});
        command.printJson({{u"dry_run"_s, dryRun}, {u"added"_s, addedList}, {u"already_there"_s, alreadyList},
                           {u"skipped"_s, skippedList}});
        return ExitCode::Success;
    }
    for (qsizetype i = 0; i < result->size(); ++i) {
        const Library::ImportEntry &e = result->at(i);
        const QString line = timeForPeople(seen.value(i).occurred) + u"  "_s + seen.value(i).summary;
        if (e.eventId == 0)
            command.print(Command::tr("= %1 (already in the case)").arg(line));
        else if (dryRun)
            command.print(Command::tr("+ %1").arg(line));
        else
            command.print(Command::tr("+ #%1 %2").arg(e.eventId).arg(line));
    }
    for (const SkippedRecord &s : skipped)
        command.print(Command::tr("- %1: %2").arg(s.what, s.why));
    const QString tally = dryRun
        ? Command::tr("Dry run: %n event(s) would be added", nullptr, added)
        : Command::tr("%n event(s) added", nullptr, added);
    command.print(Command::tr("%1 with %2 piece(s) of evidence; %3 already in the case; %4 skipped.%5")
                      .arg(tally)
                      .arg(evidence)
                      .arg(already)
                      .arg(skipped.size())
                      .arg(dryRun ? Command::tr(" Nothing was written.") : QString()));
    return ExitCode::Success;
}

} // namespace plaint::cli
