#include "casetransfer.h"

#include "journal.h"
#include "library.h"
#include "schema.h"
#include "sha256.h"
#include "sqlutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QUuid>

#include <filesystem>
#include <memory>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

const QString kCaseColumns
    = u"id, title, company, account, jurisdiction, outcome, amount_minor, currency, status, revision, "
      "created_ms, updated_ms, trashed_ms"_s;
const QString kAgentColumns = u"id, company, company_key, code, name"_s;
const QString kEventColumns
    = u"id, case_id, occurred_ms, utc_offset_s, channel, direction, duration_s, agent_id, agent_code, "
      "agent_name, reference, summary, quotes, outcome, revision, created_ms, updated_ms, trashed_ms, "
      "hold_s, travel_s, final_answer"_s;
const QString kPromiseColumns
    = u"id, event_id, agent_id, text, due_ms, due_offset_s, status, settled_by, revision, created_ms, "
      "updated_ms, trashed_ms"_s;
const QString kBlobColumns = u"id, sha256, size, mime, chunk_count, created_ms"_s;
const QString kAttachmentColumns = u"id, event_id, blob_id, file_name, added_ms, trashed_ms"_s;
const QString kRevisionColumns = u"id, entity, entity_id, revision, data, replaced_ms"_s;

// The rows of one case, each selected by the case's id (bound once per `?`).
const QString kEventsOfCase = u"SELECT id FROM events WHERE case_id = ?"_s;
const QString kEventWhere = u"case_id = ?"_s;
const QString kPromiseWhere = u"event_id IN (%1)"_s.arg(kEventsOfCase);
const QString kAttachmentWhere = u"event_id IN (%1)"_s.arg(kEventsOfCase);
const QString kAgentWhere = u"id IN (SELECT agent_id FROM events WHERE case_id = ? UNION "
                            "SELECT agent_id FROM promises WHERE event_id IN (%1))"_s.arg(kEventsOfCase);
const QString kBlobWhere = u"id IN (SELECT blob_id FROM attachments WHERE event_id IN (%1))"_s.arg(kEventsOfCase);
const QString kRevisionWhere
    = u"(entity = 'case' AND entity_id = ?) OR (entity = 'event' AND entity_id IN (%1)) "
      "OR (entity = 'promise' AND entity_id IN (SELECT id FROM promises WHERE %2))"_s.arg(kEventsOfCase, kPromiseWhere);

using Row = QVariantList;

QString failedQuery(const QSqlQuery &query)
{
    return CaseTransfer::tr("The case could not be copied (%1).").arg(sql::describe(query));
}

// Every row of `table` matching `where`, with `caseId` bound to each `?`.
Result<QList<Row>> selectRows(
    const QSqlDatabase &db, const QString &table, const QString &columns, const QString &where, qint64 caseId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT %1 FROM %2 WHERE %3 ORDER BY 1"_s.arg(columns, table, where)))
        return Result<QList<Row>>::failure(failedQuery(query));
    for (qsizetype i = where.count(u'?'); i > 0; --i)
        query.addBindValue(caseId);
    if (!query.exec())
        return Result<QList<Row>>::failure(failedQuery(query));
    const int width = int(columns.count(u',')) + 1;
    QList<Row> rows;
    while (query.next()) {
        Row row;
        row.reserve(width);
        for (int i = 0; i < width; ++i)
            row << query.value(i);
        rows << row;
    }
    return rows;
}

// Inserts one row; `columns` and `row` line up. Returns the new row's id.
Result<qint64> insertRow(const QSqlDatabase &db, const QString &table, const QString &columns, const Row &row)
{
    QSqlQuery query(db);
    QStringList marks;
    marks.fill(u"?"_s, row.size());
    if (!query.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns, marks.join(u','))))
        return Result<qint64>::failure(failedQuery(query));
    for (const QVariant &value : row)
        query.addBindValue(value);
    if (!query.exec())
        return Result<qint64>::failure(failedQuery(query));
    return query.lastInsertId().toLongLong();
}

QString withoutId(const QString &columns)
{
    return columns.section(u", "_s, 1);
}

QVariant mapped(const QHash<qint64, qint64> &ids, const QVariant &old)
{
    if (old.isNull())
        return old;
    return ids.value(old.toLongLong(), 0);
}

QString recordKey(const QString &entity, qint64 id)
{
    return entity + u':' + QString::number(id);
}

// Copies one piece of evidence chunk by chunk, re-hashing it on the way: a
// chunk that does not add up to its address stops the copy. With no
// destination it only re-hashes.
Status copyChunks(const QSqlDatabase &from, qint64 fromBlob, const QString &sha256, qint64 size, const QSqlDatabase *to,
    qint64 toBlob, qint64 &done, qint64 total, const CaseTransfer::Progress &progress)
{
    qint64 copied = 0;
    QSqlQuery chunks(from);
    chunks.setForwardOnly(true);
    if (!chunks.prepare(u"SELECT seq, data FROM blob_chunks WHERE blob_id = ? ORDER BY seq"_s))
        return Status::failure(failedQuery(chunks));
    chunks.addBindValue(fromBlob);
    if (!chunks.exec())
        return Status::failure(failedQuery(chunks));
    Sha256 hash;
    while (chunks.next()) {
        const QByteArray data = chunks.value(1).toByteArray();
        hash.addData(data);
        if (to) {
            if (auto inserted
                = insertRow(*to, u"blob_chunks"_s, u"blob_id, seq, data"_s, {toBlob, chunks.value(0), data});
                !inserted)
                return Status::failure(inserted.error());
        }
        copied += data.size();
        done += data.size();
        if (progress && !progress(done, total))
            return Status::failure(CaseTransfer::tr("Cancelled; nothing was changed."));
    }
    if (hash.hexResult() != sha256 || copied != size)
        return Status::failure(CaseTransfer::tr("A piece of evidence (SHA-256 %1) does not match its hash: its "
                                                "content was changed or damaged.")
                                   .arg(sha256));
    return {};
}

// A read-only connection of its own to a file that may not be at this
// Plaint's schema (Library::open refuses those read-only), removed on scope exit.
class RawReader final
{
    Q_DISABLE_COPY_MOVE(RawReader)

public:
    explicit RawReader(const QString &path)
        : m_name(u"plaint-inspect-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        database.setDatabaseName(path);
        database.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY"_s);
        m_open = database.open();
    }
    ~RawReader()
    {
        {
            QSqlDatabase database = QSqlDatabase::database(m_name, false);
            if (database.isOpen())
                database.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo first(a), second(b);
    if (first.absoluteFilePath() == second.absoluteFilePath())
        return true;
    return first.exists() && second.exists() && first.canonicalFilePath() == second.canonicalFilePath();
}

// The old ids in an earlier version's JSON become the new ones.
QString remapRevision(const QString &data, const QHash<QString, const QHash<qint64, qint64> *> &maps)
{
    QJsonObject record = QJsonDocument::fromJson(data.toUtf8()).object();
    for (auto it = maps.constBegin(); it != maps.constEnd(); ++it) {
        if (record.contains(it.key()) && !record.value(it.key()).isNull())
            record.insert(it.key(), it.value()->value(record.value(it.key()).toInteger(), 0));
    }
    return QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));
}

} // namespace

// ---------------------------------------------------------------- inspect

Result<CaseTransfer::Contents> CaseTransfer::inspect(const QString &filePath, const QString &ownLibraryPath)
{
    using R = Result<Contents>;
    const QString shownPath = QDir::toNativeSeparators(filePath);
    const QFileInfo info(filePath);
    if (!info.isFile())
        return R::failure(tr("There is no file at %1.").arg(shownPath));
    if (!info.isReadable())
        return R::failure(tr("%1 cannot be read: permission denied.").arg(shownPath));
    Contents contents;
    if (!ownLibraryPath.isEmpty() && sameFile(filePath, ownLibraryPath))
        contents.kind = Contents::Kind::OwnLibrary;
    RawReader reader(info.absoluteFilePath());
    if (!reader.isOpen())
        return R::failure(tr("%1 could not be opened.").arg(shownPath));
    auto probe = Schema::probe(reader.db());
    if (!probe)
        return R::failure(tr("%1 is not a Plaint case file: %2").arg(shownPath, probe.error()));
    if (probe->applicationId != Schema::kApplicationId)
        return R::failure(tr("%1 is not a Plaint case file or library.").arg(shownPath));
    if (Status s = Schema::check(*probe); !s)
        return R::failure(tr("%1 cannot be opened: %2").arg(shownPath, s.error()));
    contents.schemaVersion = probe->version;
    auto cases = sql::scalar(reader.db(), u"SELECT count(*) FROM cases"_s);
    if (!cases)
        return R::failure(tr("%1 is not a Plaint case file: %2").arg(shownPath, cases.error()));
    contents.cases = cases->toLongLong();
    if (contents.kind != Contents::Kind::OwnLibrary)
        contents.kind = contents.cases == 1 ? Contents::Kind::CaseFile : Contents::Kind::Library;
    if (contents.cases == 1) {
        auto title = sql::scalar(reader.db(), u"SELECT title FROM cases"_s);
        if (!title)
            return R::failure(title.error());
        contents.title = title->toString();
    }
    return contents;
}

// ---------------------------------------------------------------- export

Result<CaseTransfer::Summary> CaseTransfer::exportCase(
    const Library &source, qint64 caseId, const QString &filePath, const Progress &progress)
{
    using R = Result<Summary>;
    const QSqlDatabase from = source.db();
    auto cases = selectRows(from, u"cases"_s, kCaseColumns, u"id = ?"_s, caseId);
    if (!cases)
        return R::failure(cases.error());
    if (cases->isEmpty())
        return R::failure(tr("There is no case with id %1.").arg(caseId));
    const QFileInfo target(filePath);
    if (!target.absoluteDir().exists())
        return R::failure(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    if (target.absoluteFilePath() == QFileInfo(source.path()).absoluteFilePath())
        return R::failure(tr("A case cannot be exported over the library it comes from."));

    // A fresh, empty file next to the target; Library::open gives it the schema.
    QString tempPath;
    {
        QTemporaryFile temp(target.absoluteFilePath() + u".part-XXXXXX"_s);
        if (!temp.open())
            return R::failure(
                tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(filePath), temp.errorString()));
        tempPath = temp.fileName();
    }
    struct RemoveOnFailure
    {
        QString path;
        bool keep = false;
        ~RemoveOnFailure()
        {
            if (!keep)
                for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
                    QFile::remove(path + suffix);
        }
    } cleanup {tempPath};

    Summary summary;
    summary.caseId = caseId;
    summary.title = cases->first().at(1).toString();
    {
        auto opened = Library::open(tempPath);
        if (!opened)
            return R::failure(opened.error());
        std::unique_ptr<Library> file = std::move(opened).value();
        const QSqlDatabase to = file->db();
        // One self-contained file, and no write-ahead log: in WAL mode every
        // byte of evidence would be written twice (log, then checkpoint).
        if (auto mode = sql::scalar(to, u"PRAGMA journal_mode = DELETE"_s); !mode)
            return R::failure(mode.error());
        sql::Transaction transaction(to);
        if (!transaction.begun())
            return R::failure(transaction.begun().error());

        QSet<QString> keys {recordKey(u"case"_s, caseId)};
        // Parents before children, so every reference lands on a row that is there.
        struct Table
        {
            QString name, entity, columns, where;
            qint64 *count;
        };
        qint64 agents = 0, blobs = 0, revisions = 0;
        const QList<Table> tables {
            {u"cases"_s, u"case"_s, kCaseColumns, u"id = ?"_s, nullptr},
            {u"agents"_s, u"agent"_s, kAgentColumns, kAgentWhere, &agents},
            {u"events"_s, u"event"_s, kEventColumns, kEventWhere, &summary.events},
            {u"promises"_s, u"promise"_s, kPromiseColumns, kPromiseWhere, &summary.promises},
            {u"blobs"_s, u"blob"_s, kBlobColumns, kBlobWhere, &blobs},
            {u"attachments"_s, u"attachment"_s, kAttachmentColumns, kAttachmentWhere, &summary.attachments},
            {u"revisions"_s, QString(), kRevisionColumns, kRevisionWhere, &revisions},
        };
        QList<Row> blobRows;
        for (const Table &table : tables) {
            auto rows = selectRows(from, table.name, table.columns, table.where, caseId);
            if (!rows)
                return R::failure(rows.error());
            for (const Row &row : *rows) {
                if (auto inserted = insertRow(to, table.name, table.columns, row); !inserted)
                    return R::failure(inserted.error());
                if (!table.entity.isEmpty())
                    keys.insert(recordKey(table.entity, row.first().toLongLong()));
            }
            if (table.count)
                *table.count = rows->size();
            if (table.name == u"blobs")
                blobRows = *rows;
        }
        qint64 total = 0;
        for (const Row &blob : blobRows)
            total += blob.at(2).toLongLong();
        summary.evidenceBytes = total;
        qint64 done = 0;
        for (const Row &blob : blobRows) {
            const qint64 id = blob.at(0).toLongLong();
            if (Status s
                = copyChunks(from, id, blob.at(1).toString(), blob.at(2).toLongLong(), &to, id, done, total, progress);
                !s)
                return R::failure(s.error());
        }
        auto eventIds = selectRows(from, u"events"_s, u"id"_s, kEventWhere, caseId);
        if (!eventIds)
            return R::failure(eventIds.error());
        for (const Row &event : *eventIds) {
            if (Status s = file->reindexEvent(event.first().toLongLong()); !s)
                return R::failure(s.error());
        }

        // The journal entries of exactly these records, in their order, chained anew.
        auto entries = sql::run(from, u"SELECT at_ms, action, payload FROM journal ORDER BY seq"_s);
        if (!entries)
            return R::failure(entries.error());
        QString prev = Journal::genesisHash();
        qint64 seq = 0;
        while (entries->next()) {
            const QString payload = entries->value(2).toString();
            const QJsonObject body = QJsonDocument::fromJson(payload.toUtf8()).object();
            if (!keys.contains(recordKey(body.value(u"entity"_s).toString(), body.value(u"id"_s).toInteger())))
                continue;
            ++seq;
            const qint64 atMs = entries->value(0).toLongLong();
            const QString action = entries->value(1).toString();
            const QString hash = Journal::computeHash(prev, seq, atMs, action, payload);
            if (auto inserted = insertRow(to, u"journal"_s, u"seq, at_ms, action, payload, prev_hash, hash"_s,
                    {seq, atMs, action, payload, prev, hash});
                !inserted)
                return R::failure(inserted.error());
            prev = hash;
        }
        if (Status s = transaction.commit(); !s)
            return R::failure(s.error());
        summary.journalEntries = seq;
        summary.journalHead = prev;

        const Library::Check check = file->verify(false);
        if (!check.ok)
            return R::failure(tr("The exported case did not verify: %1").arg(check.problems.join(u' ')));
    }

    std::error_code error;
    std::filesystem::rename(
        QFile::encodeName(tempPath).toStdString(), QFile::encodeName(target.absoluteFilePath()).toStdString(), error);
    if (error)
        return R::failure(tr("%1 cannot be written: %2")
                              .arg(QDir::toNativeSeparators(filePath), QString::fromLocal8Bit(error.message())));
    cleanup.keep = true;
    return summary;
}

// ---------------------------------------------------------------- import

Result<CaseTransfer::Summary> CaseTransfer::importCase(Library &destination, const QString &filePath,
    Duplicate duplicate, const Progress &progress, qint64 *existingCaseId)
{
    using R = Result<Summary>;
    if (destination.m_readOnly)
        return R::failure(tr("This library was opened read-only."));
    const QString shownPath = QDir::toNativeSeparators(filePath);
    if (!QFileInfo(filePath).isFile())
        return R::failure(tr("There is no case file at %1.").arg(shownPath));
    if (sameFile(filePath, destination.path()))
        return R::failure(tr("A library cannot be imported into itself."));
    auto contents = inspect(filePath);
    if (!contents)
        return R::failure(contents.error());

    // A case file from an earlier Plaint: upgraded on a copy beside the
    // library (which needs the room for the case anyway), then checked and
    // imported from there. The copy goes before the file closes over it.
    std::unique_ptr<QTemporaryDir> upgradeFolder;
    QString readPath = QFileInfo(filePath).absoluteFilePath();
    if (contents->schemaVersion < Schema::kCurrentVersion) {
        upgradeFolder = std::make_unique<QTemporaryDir>(
            QFileInfo(destination.path()).absolutePath() + u"/.plaint-upgrade-XXXXXX"_s);
        if (!upgradeFolder->isValid())
            return R::failure(tr("%1 is from an earlier Plaint and needs upgrading, but no room could be made for a "
                                 "copy beside your library: %2")
                                  .arg(shownPath, upgradeFolder->errorString()));
        const QString copyPath = upgradeFolder->filePath(u"upgraded.plaint"_s);
        {
            RawReader reader(readPath);
            if (!reader.isOpen())
                return R::failure(tr("%1 could not be opened.").arg(shownPath));
            // VACUUM INTO reads the file as a reader does and writes a whole, consistent copy.
            if (Status s = sql::exec(reader.db(), u"VACUUM INTO ?"_s, {copyPath}); !s)
                return R::failure(tr("%1 is from an earlier Plaint and could not be copied to be upgraded: %2")
                                      .arg(shownPath, s.error()));
        }
        readPath = copyPath;
    }
    auto opened = Library::open(readPath, upgradeFolder ? Library::OpenMode::ReadWrite : Library::OpenMode::ReadOnly);
    if (!opened)
        return R::failure(tr("%1 is not a Plaint case file: %2").arg(shownPath, opened.error()));
    const std::unique_ptr<Library> file = std::move(opened).value();
    const QSqlDatabase from = file->db();

    // The file's own journal chain, and every record against its last entry;
    // evidence is re-hashed below, as it is copied.
    const Library::Check check = file->verify(false);
    if (!check.ok)
        return R::failure(tr("%1 was not imported: it failed its check. %2").arg(shownPath, check.problems.join(u' ')));
    auto caseCount = sql::scalar(from, u"SELECT count(*) FROM cases"_s);
    if (!caseCount)
        return R::failure(caseCount.error());
    if (caseCount->toLongLong() != 1)
        return R::failure(tr("%1 holds %2 cases; a case file holds exactly one. Nothing was imported.")
                              .arg(shownPath)
                              .arg(caseCount->toLongLong()));
    auto caseId = sql::scalar(from, u"SELECT id FROM cases"_s);
    if (!caseId)
        return R::failure(caseId.error());
    const qint64 oldCaseId = caseId->toLongLong();

    Summary summary;
    summary.journalEntries = check.journalEntries;
    summary.journalHead = check.journalHead;
    const QSqlDatabase to = destination.db();
    sql::Transaction transaction(to);
    if (!transaction.begun())
        return R::failure(transaction.begun().error());

    // The case: the same company and creation time means it is already here.
    auto caseRows = selectRows(from, u"cases"_s, kCaseColumns, u"id = ?"_s, oldCaseId);
    if (!caseRows)
        return R::failure(caseRows.error());
    Row caseRow = caseRows->first();
    summary.title = caseRow.at(1).toString();
    auto same = sql::run(to, u"SELECT id, title FROM cases WHERE company = ? AND created_ms = ? ORDER BY id"_s,
        {caseRow.at(2), caseRow.at(10)});
    if (!same)
        return R::failure(same.error());
    qint64 copies = 0;
    qint64 firstCopy = 0;
    while (same->next()) {
        if (!firstCopy)
            firstCopy = same->value(0).toLongLong();
        ++copies;
    }
    same->finish();
    if (copies > 0) {
        if (existingCaseId)
            *existingCaseId = firstCopy;
        if (duplicate == Duplicate::Refuse)
            return R::failure(tr("This case (\"%1\") is already in the library as case %2. Nothing was imported; "
                                 "import it as a copy to have it twice.")
                                  .arg(summary.title)
                                  .arg(firstCopy));
        summary.title = tr("%1 (imported %2)").arg(summary.title).arg(copies + 1);
        caseRow[1] = summary.title;
    }
    auto newCase = insertRow(to, u"cases"_s, withoutId(kCaseColumns), caseRow.mid(1));
    if (!newCase)
        return R::failure(newCase.error());
    summary.caseId = *newCase;

    // Earlier versions of each record, pointing at the new ids, each added
    // and journaled just before the record itself, so that the library's
    // journal holds every state the record was in, as the case file's does.
    QHash<qint64, qint64> agentIds, eventIds, promiseIds, blobIds;
    const QHash<qint64, qint64> caseIds {{oldCaseId, summary.caseId}};
    const QHash<QString, const QHash<qint64, qint64> *> idFields {{u"case_id"_s, &caseIds}, {u"event_id"_s, &eventIds},
        {u"agent_id"_s, &agentIds}, {u"settled_by_event_id"_s, &eventIds}};
    auto copyRevisions = [&](const QString &entity, const QHash<qint64, qint64> &ids, qint64 oldId) -> Status {
        auto rows = sql::run(from,
            u"SELECT revision, data, replaced_ms FROM revisions WHERE entity = ? AND entity_id = ? ORDER BY revision"_s,
            {entity, oldId});
        if (!rows)
            return Status::failure(rows.error());
        auto fields = idFields;
        fields.insert(u"id"_s, &ids);
        const qint64 newId = ids.value(oldId);
        while (rows->next()) {
            const QString data = remapRevision(rows->value(1).toString(), fields);
            if (auto inserted = insertRow(to, u"revisions"_s, withoutId(kRevisionColumns),
                    {entity, newId, rows->value(0), data, rows->value(2)});
                !inserted)
                return Status::failure(inserted.error());
            const QJsonObject record = QJsonDocument::fromJson(data.toUtf8()).object();
            if (Status s = Journal::append(to, entity + u".import.earlier"_s, entity, newId, record); !s)
                return s;
        }
        return {};
    };
    if (Status s = copyRevisions(u"case"_s, caseIds, oldCaseId); !s)
        return R::failure(s.error());
    // The case's entry names the case file's journal head: the link between
    // this library's chain and the chain the sender's export printed.
    auto caseRecord = destination.recordJson(u"case"_s, summary.caseId);
    if (!caseRecord)
        return R::failure(caseRecord.error());
    const QJsonObject source {{u"journal_head"_s, check.journalHead}, {u"journal_entries"_s, check.journalEntries},
        {u"file_name"_s, QFileInfo(filePath).fileName()}};
    if (Status s
        = Journal::append(to, u"case.import"_s, u"case"_s, summary.caseId, *caseRecord, {{u"case_file"_s, source}});
        !s)
        return R::failure(s.error());

    // Agents: the library's own record of the same person at the same company is kept.
    auto agents = selectRows(from, u"agents"_s, kAgentColumns, kAgentWhere, oldCaseId);
    if (!agents)
        return R::failure(agents.error());
    for (const Row &agent : *agents) {
        auto known = sql::scalar(
            to, u"SELECT id FROM agents WHERE company_key = ? AND code = ?"_s, {agent.at(2), agent.at(3)});
        if (!known)
            return R::failure(known.error());
        if (known->isValid()) {
            agentIds.insert(agent.first().toLongLong(), known->toLongLong());
            continue;
        }
        auto inserted = insertRow(to, u"agents"_s, withoutId(kAgentColumns), agent.mid(1));
        if (!inserted)
            return R::failure(inserted.error());
        agentIds.insert(agent.first().toLongLong(), *inserted);
        if (Status s = destination.journalRecord(u"agent.import"_s, u"agent"_s, *inserted); !s)
            return R::failure(s.error());
    }

    // Evidence: re-hashed as it is read; content already in the library is stored once.
    auto blobs = selectRows(from, u"blobs"_s, kBlobColumns, kBlobWhere, oldCaseId);
    if (!blobs)
        return R::failure(blobs.error());
    qint64 total = 0;
    for (const Row &blob : *blobs)
        total += blob.at(2).toLongLong();
    summary.evidenceBytes = total;
    qint64 done = 0;
    for (const Row &blob : *blobs) {
        const qint64 oldId = blob.first().toLongLong();
        const QString sha = blob.at(1).toString();
        auto known = sql::scalar(to, u"SELECT id FROM blobs WHERE sha256 = ?"_s, {sha});
        if (!known)
            return R::failure(known.error());
        if (known->isValid()) {
            blobIds.insert(oldId, known->toLongLong());
            if (Status s = copyChunks(from, oldId, sha, blob.at(2).toLongLong(), nullptr, 0, done, total, progress); !s)
                return R::failure(s.error());
            continue;
        }
        auto inserted = insertRow(to, u"blobs"_s, withoutId(kBlobColumns), blob.mid(1));
        if (!inserted)
            return R::failure(inserted.error());
        blobIds.insert(oldId, *inserted);
        if (Status s = copyChunks(from, oldId, sha, blob.at(2).toLongLong(), &to, *inserted, done, total, progress); !s)
            return R::failure(s.error());
        const QJsonObject record {
            {u"sha256"_s, sha}, {u"size"_s, blob.at(2).toLongLong()}, {u"mime_type"_s, blob.at(3).toString()}};
        if (Status s = Journal::append(to, u"evidence.import"_s, u"blob"_s, *inserted, record); !s)
            return R::failure(s.error());
    }

    // Events first (promises may be settled by a later one), then what hangs on them.
    auto events = selectRows(from, u"events"_s, kEventColumns, kEventWhere, oldCaseId);
    if (!events)
        return R::failure(events.error());
    for (Row event : *events) {
        const qint64 oldId = event.first().toLongLong();
        event[1] = summary.caseId;
        event[7] = mapped(agentIds, event.at(7));
        auto inserted = insertRow(to, u"events"_s, withoutId(kEventColumns), event.mid(1));
        if (!inserted)
            return R::failure(inserted.error());
        eventIds.insert(oldId, *inserted);
        if (Status s = copyRevisions(u"event"_s, eventIds, oldId); !s)
            return R::failure(s.error());
        if (Status s = destination.journalRecord(u"event.import"_s, u"event"_s, *inserted); !s)
            return R::failure(s.error());
    }
    summary.events = events->size();
    auto promises = selectRows(from, u"promises"_s, kPromiseColumns, kPromiseWhere, oldCaseId);
    if (!promises)
        return R::failure(promises.error());
    for (Row promise : *promises) {
        const qint64 oldId = promise.first().toLongLong();
        if (!promise.at(7).isNull() && !eventIds.contains(promise.at(7).toLongLong()))
            return R::failure(
                tr("%1 was not imported: a promise is settled by an event outside the case.").arg(shownPath));
        promise[1] = mapped(eventIds, promise.at(1));
        promise[2] = mapped(agentIds, promise.at(2));
        promise[7] = mapped(eventIds, promise.at(7));
        auto inserted = insertRow(to, u"promises"_s, withoutId(kPromiseColumns), promise.mid(1));
        if (!inserted)
            return R::failure(inserted.error());
        promiseIds.insert(oldId, *inserted);
        if (Status s = copyRevisions(u"promise"_s, promiseIds, oldId); !s)
            return R::failure(s.error());
        if (Status s = destination.journalRecord(u"promise.import"_s, u"promise"_s, *inserted); !s)
            return R::failure(s.error());
    }
    summary.promises = promises->size();
    auto attachments = selectRows(from, u"attachments"_s, kAttachmentColumns, kAttachmentWhere, oldCaseId);
    if (!attachments)
        return R::failure(attachments.error());
    for (Row attachment : *attachments) {
        attachment[1] = mapped(eventIds, attachment.at(1));
        attachment[2] = mapped(blobIds, attachment.at(2));
        auto inserted = insertRow(to, u"attachments"_s, withoutId(kAttachmentColumns), attachment.mid(1));
        if (!inserted)
            return R::failure(inserted.error());
        if (Status s = destination.journalRecord(u"attachment.import"_s, u"attachment"_s, *inserted); !s)
            return R::failure(s.error());
    }
    summary.attachments = attachments->size();

    for (const qint64 eventId : std::as_const(eventIds)) {
        if (Status s = destination.reindexEvent(eventId); !s)
            return R::failure(s.error());
    }
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return summary;
}

} // namespace plaint
