#pragma once

#include "agent.h"
#include "attachment.h"
#include "case.h"
#include "event.h"
#include "eventfilter.h"
#include "evidencestore.h"
#include "importitem.h"
#include "promise.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace plaint {

// A Plaint library: one SQLite file holding cases, their timelines, promises,
// evidence content and the journal. Every public write is one transaction: it
// lands whole or not at all, and appends to the journal in the same breath.
// One Library per thread: it owns its own database connection.
class Library final
{
    Q_DECLARE_TR_FUNCTIONS(Library)
    Q_DISABLE_COPY_MOVE(Library)

public:
    enum class OpenMode { ReadWrite, ReadOnly };

    // Opens (creating when missing) and upgrades the library. A file that is
    // not a Plaint library, or is from a newer Plaint, is left untouched.
    static Result<std::unique_ptr<Library>> open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    static QString defaultPath();
    ~Library();

    QString path() const { return m_path; }

    // Cases
    Result<qint64> addCase(const Case &c);
    Status updateCase(const Case &c);
    Status trashCase(qint64 id);
    Status restoreCase(qint64 id);
    Result<Case> caseById(qint64 id) const;
    // Cases in the trash, the most recently trashed first.
    Result<QList<Case>> trashedCases() const;
    // Live cases with their counts; overdue is judged against `now`.
    Result<QList<CaseSummary>> caseSummaries(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Events. addEvent stores the event, attaches the files and records the
    // promises made in it (their eventId is filled in), in one transaction.
    Result<qint64> addEvent(const Event &event, const QStringList &attachFiles = {}, const QList<Promise> &promises = {});
    Status updateEvent(const Event &event);
    Status trashEvent(qint64 id);
    Status restoreEvent(qint64 id);
    Result<Event> eventById(qint64 id, bool withChildren = true) const;
    Result<int> eventCount(qint64 caseId) const;
    // One page of the live timeline, oldest first.
    Result<QList<Event>> timeline(qint64 caseId, int offset = 0, int limit = -1, bool withChildren = false) const;
    Result<QList<Event>> trashedEvents(qint64 caseId) const;
    Result<QList<Event>> eventsByIds(const QList<qint64> &ids, bool withChildren = false) const;

    // Imports: many events with their evidence and promises in ONE transaction,
    // so an import lands whole or not at all. `next` hands over one item at a
    // time: std::nullopt when the source is exhausted, a failure (a parse error,
    // or the user cancelling) to abandon everything. Items whose source key the
    // case already holds, from an earlier import or earlier in this one, are
    // skipped. With commit false the work is rolled back at the end: a dry run
    // that reports exactly what a real import would do.
    struct ImportEntry
    {
        QString sourceKey;
        qint64 eventId = 0; // 0: skipped, the case already has it
        int evidence = 0;
    };
    using ImportSource = std::function<Result<std::optional<ImportItem>>()>;
    Result<QList<ImportEntry>> importEvents(qint64 caseId, const ImportSource &next, bool commit = true);
    // The source key an event was imported under, empty for events typed in.
    Result<QString> sourceKey(qint64 eventId) const;

    // Earlier versions of an edited record ("case", "event" or "promise").
    Result<QList<Revision>> revisions(const QString &entity, qint64 id) const;

    // Promises
    Result<qint64> addPromise(const Promise &promise);
    Status updatePromise(const Promise &promise);
    Status settlePromise(qint64 id, PromiseStatus status, qint64 settledByEventId = 0);
    Status trashPromise(qint64 id);
    Status restorePromise(qint64 id);
    Result<Promise> promiseById(qint64 id) const;
    Result<QList<Promise>> promisesForCase(qint64 caseId) const;

    // Evidence. Files are streamed in; content is never altered afterwards.
    using Progress = EvidenceStore::Progress;
    Result<QList<Attachment>> attachFiles(qint64 eventId, const QStringList &paths, const Progress &progress = {});
    Result<Attachment> attachData(qint64 eventId, QIODevice &source, const QString &fileName,
                                  const Progress &progress = {});
    Status trashAttachment(qint64 attachmentId);
    Status restoreAttachment(qint64 attachmentId);
    Result<QList<Attachment>> attachments(qint64 eventId, bool includeTrashed = false) const;
    Status readEvidence(const QString &sha256, QIODevice &sink) const;

    // Agents met in a case's live events, with how often each appears.
    Result<QList<Agent>> agents(qint64 caseId) const;

    // Live events of the case containing every term, in timeline order.
    Result<QList<qint64>> search(qint64 caseId, const QString &query) const;
    // Ids of the live events that pass the filter, in timeline order: cheap
    // enough for a 100,000-event case, so views can page through them.
    Result<QList<qint64>> eventIds(qint64 caseId, const EventFilter &filter = {}) const;

    // Integrity: the journal chain, every record against its last journal
    // entry, and (when asked) every piece of evidence re-hashed.
    struct Check
    {
        bool ok = true;
        qint64 journalEntries = 0;
        QString journalHead;
        qint64 firstBadEntry = 0;
        qint64 evidenceChecked = 0;
        qint64 evidenceBytes = 0;
        QStringList problems;
    };
    Check verify(bool rehashEvidence = true) const;
    Result<QString> journalHead() const;
    // Where an earlier journal head (printed in a dossier) sits in this
    // library's journal: its entry number, 0 when it is not there, and how
    // many entries were added after it.
    struct JournalMark
    {
        qint64 seq = 0;
        qint64 later = 0;
    };
    Result<JournalMark> journalMark(const QString &hash) const;
    Result<bool> hasEvidence(const QString &sha256) const;

private:
    // Copies a case's rows between two libraries, journaling them as it goes.
    friend class CaseTransfer;

    Library(QString path, QString connectionName);
    QSqlDatabase db() const;

    Status validate(const Case &c) const;
    Status validate(const Event &e) const;
    Status validate(const Promise &p) const;
    Result<qint64> insertPromise(const Promise &promise);
    Result<qint64> insertEvent(const Event &e);
    Result<qint64> registerAgent(qint64 caseId, const QString &code, const QString &name);
    Status reindexEvent(qint64 eventId);
    static QString searchText(const Event &event, const QStringList &fileNames, const QStringList &promiseTexts);
    Result<QJsonObject> recordJson(const QString &entity, qint64 id) const;
    Status journalRecord(const QString &action, const QString &entity, qint64 id);
    Status keepRevision(const QString &entity, qint64 id);
    Status setTrashed(const QString &entity, qint64 id, bool trashed);
    Result<Attachment> attachOne(qint64 eventId, QIODevice &source, qint64 size, const QString &fileName,
                                 const Progress &progress);
    Result<Case> readCase(qint64 id) const;
    Result<Event> readEvent(qint64 id) const;
    Result<Promise> readPromise(qint64 id) const;
    Result<Attachment> readAttachment(qint64 id) const;
    Result<Agent> readAgent(qint64 id) const;
    Status loadChildren(QList<Event> &events) const;
    Result<QList<Event>> selectEvents(const QString &where, const QVariantList &values, bool withChildren) const;

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
};

} // namespace plaint
