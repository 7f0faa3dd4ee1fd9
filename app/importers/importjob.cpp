#include "importjob.h"

#include "calllogimporter.h"
#include "emailimporter.h"
#include "photoimporter.h"
#include "smsbackupimporter.h"
#include "textdecoding.h"
#include "transcriptimporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace plaint {

// Hands over the items of the request's files one after the other, opening
// each file only when its turn comes, and knows how far it has come.
class ImportJob::Source
{
    Q_DECLARE_TR_FUNCTIONS(ImportJob)

public:
    Source(const Request &request, const std::atomic_bool *cancel) : m_request(request), m_cancel(cancel) {}

    Status prepare()
    {
        const bool text = m_request.kind == Kind::Text;
        if (m_request.paths.isEmpty() && !(text && !m_request.pastedText.isEmpty()))
            return Status::failure(tr("There is nothing to import: choose a file."));
        for (const QString &path : m_request.paths) {
            if (path == u"-" && text)
                continue; // pasted text on standard input
            const QFileInfo info(path);
            if (!info.exists())
                return Status::failure(tr("The file %1 does not exist; nothing was imported.").arg(path));
            if (info.isDir() || !info.isReadable())
                return Status::failure(tr("The file %1 cannot be read; nothing was imported.").arg(path));
            m_total += info.size();
        }
        if ((m_request.kind == Kind::Sms || m_request.kind == Kind::Calls) && m_request.numbers.isEmpty())
            return Status::failure(tr("Say whose messages to import: a phone backup holds everyone's, and only the "
                                      "company's belong in the case."));
        if (m_request.kind == Kind::Photos) {
            m_single = std::make_unique<PhotoImporter>(m_request.paths, m_request.channel);
            m_total = m_request.paths.size();
        } else if (text) {
            return prepareText();
        }
        return {};
    }

    Result<std::optional<ImportItem>> next()
    {
        using R = Result<std::optional<ImportItem>>;
        if (m_single) {
            auto item = m_single->next();
            if (item && !item->has_value())
                take(*m_single);
            return item;
        }
        for (;;) {
            if (!m_current) {
                if (m_index >= m_request.paths.size())
                    return std::optional<ImportItem>();
                m_file = std::make_unique<QFile>(m_request.paths.at(m_index++));
                if (!m_file->open(QIODevice::ReadOnly))
                    return R::failure(tr("%1 cannot be read (%2); nothing was imported.")
                                          .arg(m_file->fileName(), m_file->errorString()));
                m_current = open(*m_file);
                m_current->setCancelFlag(m_cancel);
            }
            auto item = m_current->next();
            if (!item)
                return R::failure(tr("%1: %2").arg(QFileInfo(m_file->fileName()).fileName(), item.error()));
            if (item->has_value())
                return item;
            take(*m_current);
            m_done += m_file->size();
            m_current.reset();
            m_file.reset();
        }
    }

    Progress progress() const
    {
        Progress p;
        p.total = m_total;
        if (m_request.kind == Kind::Photos)
            p.done = static_cast<PhotoImporter *>(m_single.get())->position();
        else if (m_request.kind == Kind::Text)
            p.done = m_single ? static_cast<TranscriptImporter *>(m_single.get())->position() : 0;
        else
            p.done = m_done + (m_file ? qMin(m_file->pos(), m_file->size()) : 0);
        return p;
    }

    QList<SkippedRecord> skipped;
    QList<SkippedRecord> warnings;

private:
    std::unique_ptr<Importer> open(QIODevice &device) const
    {
        switch (m_request.kind) {
        case Kind::Sms: return std::make_unique<SmsBackupImporter>(device, m_request.numbers);
        case Kind::Calls: return std::make_unique<CallLogImporter>(device, m_request.numbers);
        case Kind::Email: return std::make_unique<EmailImporter>(device, m_request.myAddresses);
        case Kind::Text:
        case Kind::Photos: break;
        }
        return {};
    }

    void take(const Importer &importer)
    {
        skipped += importer.skipped();
        warnings += importer.warnings();
    }

    Status prepareText()
    {
        QString text = m_request.pastedText;
        for (const QString &path : m_request.paths) {
            QFile file(path);
            const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
            if (!opened)
                return Status::failure(tr("%1 cannot be read (%2); nothing was imported.").arg(path, file.errorString()));
            const QByteArray bytes = file.read(TranscriptImporter::kMaxBytes + 1);
            const QString name = path == u"-" ? tr("standard input") : QFileInfo(path).fileName();
            if (bytes.size() > TranscriptImporter::kMaxBytes)
                return Status::failure(tr("%1 is too large for pasted text (over %2 MB); nothing was imported.")
                                           .arg(name)
                                           .arg(TranscriptImporter::kMaxBytes / (1024 * 1024)));
            auto decoded = TextDecoding::decodeText(bytes, m_request.encoding);
            if (!decoded) {
                // Something worth trying: what the bytes look like, or the other Chinese encoding.
                QByteArray guess = TextDecoding::detect(bytes);
                if (guess == TextDecoding::canonicalName(m_request.encoding) || guess == "UTF-8")
                    guess = guess == "GB18030" ? "Big5" : "GB18030";
                QString message = tr("%1 cannot be read as text: %2 Nothing was imported.").arg(name, decoded.error());
                if (!m_request.encodingAdvice.isEmpty())
                    message += u' ' + m_request.encodingAdvice.arg(QString::fromLatin1(guess));
                return Status::failure(message);
            }
            if (!decoded->note.isEmpty())
                warnings.append({name, decoded->note});
            text += decoded->text + u'\n';
        }
        m_single = std::make_unique<TranscriptImporter>(text, m_request.channel, m_request.copiedOn);
        m_total = static_cast<TranscriptImporter *>(m_single.get())->messageCount();
        return {};
    }

    const Request &m_request;
    const std::atomic_bool *m_cancel = nullptr;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qsizetype m_index = 0;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<Importer> m_current;
    std::unique_ptr<Importer> m_single;
};

ImportJob::ImportJob(Request request) : m_request(std::move(request)) {}

ImportJob::~ImportJob() = default;

std::optional<ImportJob::Kind> ImportJob::kindFromName(const QString &name)
{
    for (Kind k : {Kind::Sms, Kind::Calls, Kind::Email, Kind::Text, Kind::Photos}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QString ImportJob::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Sms: return u"sms"_s;
    case Kind::Calls: return u"calls"_s;
    case Kind::Email: return u"email"_s;
    case Kind::Text: return u"text"_s;
    case Kind::Photos: return u"photos"_s;
    }
    return {};
}

ImportJob::Kind ImportJob::guessKind(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Kind::Text;
    const QByteArray head = file.read(8192);
    if (QMimeDatabase().mimeTypeForFileNameAndData(path, head).name().startsWith(u"image/"_s))
        return Kind::Photos;
    // XML may be UTF-16: compare without the zero bytes.
    QByteArray ascii = head;
    ascii.removeIf([](char c) { return c == 0; });
    if (ascii.contains("<smses"))
        return Kind::Sms;
    if (ascii.contains("<calls"))
        return Kind::Calls;
    const QByteArray start = ascii.trimmed().left(5);
    if (start == "From ")
        return Kind::Email;
    static const QRegularExpression headers(u"^(?:Return-Path|Received|Message-ID|From|Date|Subject|MIME-Version|Delivered-To|X-[A-Za-z-]+):"_s,
                                            QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(ascii.left(ascii.indexOf("\n\n") > 0 ? ascii.indexOf("\n\n") : ascii.size()));
    int found = 0;
    for (auto it = headers.globalMatch(text); it.hasNext() && found < 2; it.next())
        ++found;
    return found >= 2 && !ascii.trimmed().startsWith('<') ? Kind::Email : Kind::Text;
}

void ImportJob::setProgress(std::function<void(const Progress &)> progress, int intervalMs)
{
    m_progress = std::move(progress);
    m_intervalMs = intervalMs;
}

Result<ImportJob::Report> ImportJob::run(Library &library, qint64 caseId, bool commit)
{
    using R = Result<Report>;
    m_cancelled = false;
    Source source(m_request, m_cancel);
    if (Status s = source.prepare(); !s)
        return R::failure(s.error());
    QList<Entry> seen;
    QElapsedTimer clock;
    clock.start();
    qint64 lastReport = -m_intervalMs;
    auto report = [&](bool force) {
        if (!m_progress || (!force && clock.elapsed() - lastReport < m_intervalMs))
            return;
        lastReport = clock.elapsed();
        Progress p = source.progress();
        p.items = seen.size();
        m_progress(p);
    };
    const QString cancelled = tr("The import was cancelled; nothing was added.");
    auto result = library.importEvents(
        caseId,
        [&]() -> Result<std::optional<ImportItem>> {
            if (m_cancel && m_cancel->load()) {
                m_cancelled = true;
                return Result<std::optional<ImportItem>>::failure(cancelled);
            }
            auto item = source.next();
            if (item && item->has_value()) {
                ImportItem &one = *item.value();
                if (m_decorate)
                    m_decorate(one);
                Entry e;
                e.at = one.event.occurred;
                e.summary = one.event.summary;
                e.promises = int(one.promises.size());
                seen.append(std::move(e));
                report(false);
            }
            return item;
        },
        commit);
    if (!result) {
        m_cancelled = m_cancelled || (m_cancel && m_cancel->load());
        return R::failure(m_cancelled ? cancelled : result.error());
    }
    report(true);

    Report out;
    out.committed = commit;
    out.skipped = source.skipped;
    out.warnings = source.warnings;
    QSet<QString> addedHere;
    out.entries.reserve(result->size());
    for (qsizetype i = 0; i < result->size(); ++i) {
        const Library::ImportEntry &e = result->at(i);
        Entry entry = i < seen.size() ? std::move(seen[i]) : Entry();
        entry.sourceKey = e.sourceKey;
        entry.evidence = e.evidence;
        if (e.eventId != 0) {
            entry.state = State::Added;
            entry.eventId = commit ? e.eventId : 0;
            addedHere.insert(e.sourceKey);
            ++out.added;
            out.evidence += e.evidence;
            out.promises += entry.promises;
        } else if (addedHere.contains(e.sourceKey)) {
            // Skipped because an earlier item of this same import had its key,
            // not because the case held it before.
            entry.state = State::Repeated;
            ++out.repeated;
        } else {
            entry.state = State::AlreadyThere;
            ++out.alreadyThere;
        }
        out.entries.append(std::move(entry));
    }
    return out;
}

} // namespace plaint
