#pragma once

#include "importer.h"
#include "library.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace plaint {

// One import as the user asks for it, from the command line or the window:
// which files (or pasted text), what they hold, whose numbers; run against a
// case in one transaction (Library::importEvents), as a dry run or for real,
// with progress and a cancel that leaves no trace. Both front ends use it, so
// what a preview says is what the import does.
class ImportJob final
{
    Q_DECLARE_TR_FUNCTIONS(ImportJob)
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    enum class Kind { Sms, Calls, Email, Text, Photos };

    struct Request
    {
        Kind kind = Kind::Sms;
        QStringList paths;            // for Text, "-" is standard input
        QString pastedText;           // Text with no paths: the words themselves
        QStringList numbers;          // Sms and Calls: the company's, normalized (PhoneNumber)
        QStringList myAddresses;      // Email: the user's, whose messages are outgoing
        Channel channel = Channel::Chat; // Text and Photos
        QByteArray encoding;          // Text files: empty detects
        QDate copiedOn;               // Text: the day it was copied (今天, 昨天, dates without a year)
        // What the front end tells a user whose file is not in the encoding
        // detected or named; %1 is an encoding worth trying.
        QString encodingAdvice;
    };

    enum class State { Added, AlreadyThere, Repeated };
    struct Entry
    {
        QDateTime at;
        QString summary;
        QString sourceKey;
        State state = State::Added;
        qint64 eventId = 0;           // 0 in a dry run
        int evidence = 0;
        int promises = 0;
    };
    struct Report
    {
        bool committed = false;
        QList<Entry> entries;
        QList<SkippedRecord> skipped;
        QList<SkippedRecord> warnings;
        int added = 0;
        int alreadyThere = 0;
        int repeated = 0;
        int evidence = 0;
        int promises = 0;
    };
    struct Progress
    {
        qint64 done = 0;              // bytes read, or items for text and photos
        qint64 total = 0;
        qint64 items = 0;             // events handed to the library so far
    };

    explicit ImportJob(Request request);
    ~ImportJob();

    static std::optional<Kind> kindFromName(const QString &name); // "sms", "calls", "email", "text", "photos"
    static QString kindName(Kind kind);
    // What a file most likely holds, from its first bytes: a phone backup
    // (<smses>, <calls>), mail (an mbox "From " line or mail headers), a
    // picture, or else text.
    static Kind guessKind(const QString &path);

    // Called for every item before it is stored (e.g. ImportedPromiseFinder).
    void setDecorator(std::function<void(ImportItem &)> decorate) { m_decorate = std::move(decorate); }
    // Called at most every `intervalMs` and once at the end, in the thread that runs the job.
    void setProgress(std::function<void(const Progress &)> progress, int intervalMs = 100);
    // When the flag turns true (from any thread or a signal handler), the
    // import stops and is rolled back.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    Result<Report> run(Library &library, qint64 caseId, bool commit);
    bool wasCancelled() const { return m_cancelled; }

private:
    class Source;
    Request m_request;
    std::function<void(ImportItem &)> m_decorate;
    std::function<void(const Progress &)> m_progress;
    int m_intervalMs = 100;
    const std::atomic_bool *m_cancel = nullptr;
    bool m_cancelled = false;
};

} // namespace plaint
