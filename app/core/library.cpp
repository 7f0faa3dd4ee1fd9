#include "library.h"

#include "journal.h"
#include "recordjson.h"
#include "schema.h"
#include "searchindex.h"
#include "sqlutil.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime utcFromMs(const QVariant &ms)
{
    if (ms.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

QDateTime withOffset(const QVariant &ms, const QVariant &offsetSeconds)
{
    if (ms.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toOffsetFromUtc(offsetSeconds.toInt());
}

// Seconds as stored: NULL for "not recorded".
QVariant optionalSeconds(qint64 seconds)
{
    return seconds >= 0 ? QVariant(seconds) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString companyKey(const QString &company)
{
    return company.simplified().toCaseFolded();
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(u"?"_s, count);
    return marks.join(u',');
}

QByteArray recordDigest(const QJsonObject &record)
{
    return QCryptographicHash::hash(QJsonDocument(record).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256);
}

const QString kCaseColumns =
    u"id, title, company, account, jurisdiction, outcome, amount_minor, currency, status, revision, "
    "created_ms, updated_ms, trashed_ms"_s;
const QString kEventColumns =
    u"id, case_id, occurred_ms, utc_offset_s, channel, direction, duration_s, agent_id, agent_code, "
    "agent_name, reference, summary, quotes, outcome, revision, created_ms, updated_ms, trashed_ms, "
    "hold_s, travel_s, final_answer"_s;
const QString kPromiseColumns =
    u"p.id, p.event_id, p.agent_id, coalesce(a.code, ''), p.text, p.due_ms, p.due_offset_s, p.status, "
    "p.settled_by, p.revision, p.created_ms, p.updated_ms, p.trashed_ms"_s;
const QString kAttachmentColumns =
    u"t.id, t.event_id, b.sha256, t.file_name, b.mime, b.size, t.added_ms, t.trashed_ms"_s;

Case caseFromRow(const QSqlQuery &q)
{
    Case c;
    c.id = q.value(0).toLongLong();
    c.title = q.value(1).toString();
    c.company = q.value(2).toString();
    c.account = q.value(3).toString();
    c.jurisdiction = jurisdictionFromString(q.value(4).toString()).value_or(Jurisdiction::Other);
    c.desiredOutcome = q.value(5).toString();
    if (!q.value(6).isNull())
        c.amount = Money{q.value(6).toLongLong(), q.value(7).toString()};
    c.status = caseStatusFromString(q.value(8).toString()).value_or(CaseStatus::Open);
    c.revision = q.value(9).toInt();
    c.created = utcFromMs(q.value(10));
    c.updated = utcFromMs(q.value(11));
    c.trashed = !q.value(12).isNull();
    return c;
}

Event eventFromRow(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.caseId = q.value(1).toLongLong();
    e.occurred = withOffset(q.value(2), q.value(3));
    e.channel = channelFromString(q.value(4).toString()).value_or(Channel::Note);
    e.direction = directionFromString(q.value(5).toString()).value_or(Direction::Note);
    e.durationSeconds = q.value(6).isNull() ? -1 : q.value(6).toLongLong();
    e.agentId = q.value(7).toLongLong();
    e.agentCode = q.value(8).toString();
    e.agentName = q.value(9).toString();
    e.reference = q.value(10).toString();
    e.summary = q.value(11).toString();
    const QJsonArray quotes = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).array();
    for (const QJsonValue &quote : quotes)
        e.quotes.append(quote.toString());
    e.outcome = q.value(13).toString();
    e.revision = q.value(14).toInt();
    e.created = utcFromMs(q.value(15));
    e.updated = utcFromMs(q.value(16));
    e.trashed = !q.value(17).isNull();
    e.holdSeconds = q.value(18).isNull() ? -1 : q.value(18).toLongLong();
    e.travelSeconds = q.value(19).isNull() ? -1 : q.value(19).toLongLong();
    e.finalAnswer = q.value(20).toBool();
    return e;
}

Promise promiseFromRow(const QSqlQuery &q)
{
    Promise p;
    p.id = q.value(0).toLongLong();
    p.eventId = q.value(1).toLongLong();
    p.agentId = q.value(2).toLongLong();
    p.agentCode = q.value(3).toString();
    p.text = q.value(4).toString();
    p.due = withOffset(q.value(5), q.value(6));
    p.status = promiseStatusFromString(q.value(7).toString()).value_or(PromiseStatus::Pending);
    p.settledByEventId = q.value(8).toLongLong();
    p.revision = q.value(9).toInt();
    p.created = utcFromMs(q.value(10));
    p.updated = utcFromMs(q.value(11));
    p.trashed = !q.value(12).isNull();
    return p;
}

Attachment attachmentFromRow(const QSqlQuery &q)
{
    Attachment a;
    a.id = q.value(0).toLongLong();
    a.eventId = q.value(1).toLongLong();
    a.sha256 = q.value(2).toString();
    a.fileName = q.value(3).toString();
    a.mimeType = q.value(4).toString();
    a.size = q.value(5).toLongLong();
    a.added = utcFromMs(q.value(6));
    a.trashed = !q.value(7).isNull();
    return a;
}

QString quotesJson(const QStringList &quotes)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(quotes)).toJson(QJsonDocument::Compact));
}

QString tableOf(const QString &entity)
{
    if (entity == u"case")
        return u"cases"_s;
    if (entity == u"event")
        return u"events"_s;
    if (entity == u"promise")
        return u"promises"_s;
    if (entity == u"attachment")
        return u"attachments"_s;
    return {};
}

// The kind of record in words, for messages ("There is no event with id 4").
QString entityName(const QString &entity)
{
    if (entity == u"case")
        return QCoreApplication::translate("Library", "case");
    if (entity == u"event")
        return QCoreApplication::translate("Library", "event");
    if (entity == u"promise")
        return QCoreApplication::translate("Library", "promise");
    if (entity == u"attachment")
        return QCoreApplication::translate("Library", "attachment");
    if (entity == u"agent")
        return QCoreApplication::translate("Library", "agent");
    return entity;
}

template <typename T>
Result<QList<T>> collect(Result<QSqlQuery> query, T (*fromRow)(const QSqlQuery &))
{
    if (!query)
        return Result<QList<T>>::failure(query.error());
    QList<T> items;
    while (query->next())
        items.append(fromRow(*query));
    return items;
}

} // namespace

// ---------------------------------------------------------------- opening

Library::Library(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Library::~Library()
{
    sql::forgetStatements(m_connectionName);
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Library::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Library::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/library.plaint"_s;
}

Result<std::unique_ptr<Library>> Library::open(const QString &path, OpenMode mode)
{
    using R = Result<std::unique_ptr<Library>>;
    if (path.trimmed().isEmpty())
        return R::failure(tr("No library file was given."));
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return R::failure(tr("%1 is a folder, not a Plaint library.").arg(path));
        if (!info.isReadable())
            return R::failure(tr("The library %1 cannot be read: permission denied.").arg(path));
    } else {
        if (mode == OpenMode::ReadOnly)
            return R::failure(tr("There is no library at %1.").arg(path));
        if (!info.absoluteDir().exists())
            return R::failure(tr("The folder %1 does not exist, so no library can be made there.")
                                  .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    if (mode == OpenMode::ReadWrite && info.exists() && !info.isWritable())
        return R::failure(tr("The library %1 cannot be written: permission denied.").arg(path));

    const QString connection = u"plaint-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Library> library(new Library(info.absoluteFilePath(), connection));
    library->m_readOnly = mode == OpenMode::ReadOnly;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        if (!database.isValid())
            return R::failure(tr("Qt's SQLite driver is missing (install libqt6sql6-sqlite)."));
        database.setDatabaseName(info.absoluteFilePath());
        database.setConnectOptions(mode == OpenMode::ReadOnly
                                       ? u"QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY"_s
                                       : u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!database.open())
            return R::failure(tr("The library %1 could not be opened.").arg(path));
        sql::keepStatements(database);
    }
    const QSqlDatabase database = library->db();

    // Look before writing anything: a foreign or newer file stays untouched.
    auto probe = Schema::probe(database);
    if (!probe)
        return R::failure(probe.error());
    if (Status s = Schema::check(*probe); !s)
        return R::failure(s.error());

    if (mode == OpenMode::ReadOnly) {
        if (probe->version != Schema::kCurrentVersion)
            return R::failure(tr("The library %1 needs an upgrade; open it once for writing first.").arg(path));
    } else {
        if (probe->objectCount == 0) {
            // Larger pages suit evidence content, which is stored in 1 MiB chunks.
            if (Status s = sql::exec(database, u"PRAGMA page_size = 8192"_s); !s)
                return R::failure(s.error());
        }
        auto journalMode = sql::scalar(database, u"PRAGMA journal_mode = WAL"_s);
        if (!journalMode)
            return R::failure(journalMode.error());
        if (journalMode->toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
            return R::failure(tr("The library %1 could not switch to write-ahead logging.").arg(path));
    }
    // journal_size_limit: after a 1 GB recording is attached and checkpointed,
    // the write-ahead log shrinks back instead of keeping its size on disk.
    for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = FULL"_s,
                                  u"PRAGMA cache_size = -16000"_s, u"PRAGMA temp_store = MEMORY"_s,
                                  u"PRAGMA journal_size_limit = 67108864"_s}) {
        if (Status s = sql::exec(database, pragma); !s)
            return R::failure(s.error());
    }
    if (mode == OpenMode::ReadWrite) {
        if (Status s = Schema::migrate(database, *probe); !s)
            return R::failure(s.error());
    }
    return R(std::move(library));
}

// ---------------------------------------------------------------- helpers

Result<QJsonObject> Library::recordJson(const QString &entity, qint64 id) const
{
    // One reading of each record, shared by the journal and the earlier-version list.
    auto convert = [](const auto &read) -> Result<QJsonObject> {
        if (!read)
            return Result<QJsonObject>::failure(read.error());
        return json::toJson(*read);
    };
    if (entity == u"case")
        return convert(readCase(id));
    if (entity == u"event")
        return convert(readEvent(id));
    if (entity == u"promise")
        return convert(readPromise(id));
    if (entity == u"attachment")
        return convert(readAttachment(id));
    if (entity == u"agent")
        return convert(readAgent(id));
    return Result<QJsonObject>::failure(tr("Plaint keeps no records of the kind \"%1\".").arg(entity));
}

Status Library::journalRecord(const QString &action, const QString &entity, qint64 id)
{
    auto record = recordJson(entity, id);
    if (!record)
        return Status::failure(record.error());
    return Journal::append(db(), action, entity, id, *record);
}

Status Library::keepRevision(const QString &entity, qint64 id)
{
    auto record = recordJson(entity, id);
    if (!record)
        return Status::failure(record.error());
    return sql::exec(db(),
                     u"INSERT INTO revisions (entity, entity_id, revision, data, replaced_ms) VALUES (?, ?, ?, ?, ?)"_s,
                     {entity, id, record->value(u"revision"_s).toInt(),
                      QString::fromUtf8(QJsonDocument(*record).toJson(QJsonDocument::Compact)), nowMs()});
}

Status Library::setTrashed(const QString &entity, qint64 id, bool trashed)
{
    if (m_readOnly)
        return Status::failure(tr("This library was opened read-only."));
    const QString table = tableOf(entity);
    sql::Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    auto current = sql::scalar(db(), u"SELECT trashed_ms IS NOT NULL FROM %1 WHERE id = ?"_s.arg(table), {id});
    if (!current)
        return Status::failure(current.error());
    if (!current->isValid())
        return Status::failure(tr("There is no %1 with id %2.").arg(entityName(entity)).arg(id));
    if (current->toBool() == trashed)
        return Status::failure(trashed ? tr("That %1 (id %2) is already in the trash.").arg(entityName(entity)).arg(id)
                                       : tr("That %1 (id %2) is not in the trash.").arg(entityName(entity)).arg(id));
    if (Status s = sql::exec(db(), u"UPDATE %1 SET trashed_ms = ? WHERE id = ?"_s.arg(table),
                             {trashed ? QVariant(nowMs()) : QVariant(QMetaType::fromType<qint64>()), id});
        !s)
        return s;
    if (Status s = journalRecord(entity + (trashed ? u".trash"_s : u".restore"_s), entity, id); !s)
        return s;
    if (entity == u"attachment" || entity == u"promise") {
        // Their words are part of the event's searchable text.
        auto eventId = sql::scalar(db(), u"SELECT event_id FROM %1 WHERE id = ?"_s.arg(table), {id});
        if (!eventId)
            return Status::failure(eventId.error());
        if (Status s = reindexEvent(eventId->toLongLong()); !s)
            return s;
    }
    return transaction.commit();
}

Result<qint64> Library::registerAgent(qint64 caseId, const QString &code, const QString &name)
{
    const QString trimmedCode = code.trimmed();
    if (trimmedCode.isEmpty())
        return qint64(0);
    auto company = sql::scalar(db(), u"SELECT company FROM cases WHERE id = ?"_s, {caseId});
    if (!company)
        return Result<qint64>::failure(company.error());
    const QString key = companyKey(company->toString());
    qint64 id = 0;
    QString known;
    auto existing = sql::readRow(db(), u"SELECT id, name FROM agents WHERE company_key = ? AND code = ?"_s,
                                 {key, trimmedCode}, [&](const QSqlQuery &row) {
                                     id = row.value(0).toLongLong();
                                     known = row.value(1).toString();
                                 });
    if (!existing)
        return Result<qint64>::failure(existing.error());
    if (*existing) {
        // A name learnt later completes the record; an earlier one is not overwritten by silence.
        if (!name.trimmed().isEmpty() && name.trimmed() != known) {
            if (Status s = sql::exec(db(), u"UPDATE agents SET name = ? WHERE id = ?"_s, {name.trimmed(), id}); !s)
                return Result<qint64>::failure(s.error());
            if (Status s = journalRecord(u"agent.edit"_s, u"agent"_s, id); !s)
                return Result<qint64>::failure(s.error());
        }
        return id;
    }
    auto inserted = sql::insert(db(), u"INSERT INTO agents (company, company_key, code, name) VALUES (?, ?, ?, ?)"_s,
                                {company->toString().simplified(), key, trimmedCode, name.trimmed()});
    if (!inserted)
        return inserted;
    if (Status s = journalRecord(u"agent.add"_s, u"agent"_s, *inserted); !s)
        return Result<qint64>::failure(s.error());
    return *inserted;
}

Status Library::reindexEvent(qint64 eventId)
{
    auto event = readEvent(eventId);
    if (!event)
        return Status::failure(event.error());
    QStringList names;
    auto found = sql::run(db(), u"SELECT file_name FROM attachments WHERE event_id = ? AND trashed_ms IS NULL"_s, {eventId});
    if (!found)
        return Status::failure(found.error());
    while (found->next())
        names << found->value(0).toString();
    QStringList promiseTexts;
    auto promises = sql::run(db(), u"SELECT text FROM promises WHERE event_id = ? AND trashed_ms IS NULL"_s, {eventId});
    if (!promises)
        return Status::failure(promises.error());
    while (promises->next())
        promiseTexts << promises->value(0).toString();
    return SearchIndex(db()).index(eventId, event->caseId, searchText(*event, names, promiseTexts));
}

QString Library::searchText(const Event &event, const QStringList &fileNames, const QStringList &promiseTexts)
{
    QStringList parts{event.summary, event.quotes.join(u'\n'), event.reference, event.agentCode,
                      event.agentName, event.outcome};
    parts << fileNames << promiseTexts;
    parts.removeAll(QString());
    return parts.join(u'\n');
}

// ---------------------------------------------------------------- validation

Status Library::validate(const Case &c) const
{
    if (c.title.trimmed().isEmpty())
        return Status::failure(tr("A case needs a title."));
    if (c.company.trimmed().isEmpty())
        return Status::failure(tr("A case needs the name of the company it is against."));
    return {};
}

Status Library::validate(const Event &e) const
{
    if (!e.occurred.isValid())
        return Status::failure(tr("An event needs the date and time it happened."));
    if (e.summary.trimmed().isEmpty())
        return Status::failure(tr("An event needs a summary of what happened."));
    if (e.durationSeconds < -1 || e.holdSeconds < -1 || e.travelSeconds < -1)
        return Status::failure(tr("A duration cannot be negative."));
    if (e.holdSeconds >= 0 && e.durationSeconds >= 0 && e.holdSeconds > e.durationSeconds)
        return Status::failure(tr("The time on hold cannot be longer than the whole call."));
    auto live = sql::scalar(db(), u"SELECT trashed_ms IS NULL FROM cases WHERE id = ?"_s, {e.caseId});
    if (!live)
        return Status::failure(live.error());
    if (!live->isValid())
        return Status::failure(tr("There is no case with id %1.").arg(e.caseId));
    if (!live->toBool())
        return Status::failure(tr("Case %1 is in the trash; restore it first.").arg(e.caseId));
    return {};
}

Status Library::validate(const Promise &p) const
{
    if (p.text.trimmed().isEmpty())
        return Status::failure(tr("A promise needs the words of what was promised."));
    auto live = sql::scalar(db(), u"SELECT trashed_ms IS NULL FROM events WHERE id = ?"_s, {p.eventId});
    if (!live)
        return Status::failure(live.error());
    if (!live->isValid())
        return Status::failure(tr("There is no event with id %1.").arg(p.eventId));
    if (!live->toBool())
        return Status::failure(tr("Event %1 is in the trash; restore it first.").arg(p.eventId));
    return {};
}

// ---------------------------------------------------------------- cases

Result<qint64> Library::addCase(const Case &c)
{
    if (m_readOnly)
        return Result<qint64>::failure(tr("This library was opened read-only."));
    if (Status s = validate(c); !s)
        return Result<qint64>::failure(s.error());
    sql::Transaction transaction(db());
    if (!transaction.begun())
        return Result<qint64>::failure(transaction.begun().error());
    const qint64 now = nowMs();
    auto inserted = sql::insert(db(),
                                u"INSERT INTO cases (title, company, account, jurisdiction, outcome, amount_minor, currency, "
                                "status, created_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                {c.title.trimmed(), c.company.trimmed(), c.account.trimmed(), toString(c.jurisdiction),
                                 c.desiredOutcome.trimmed(),
                                 c.amount.isNull() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(c.amount.minor),
                                 c.amount.currency, toString(c.status), now, now});
    if (!inserted)
        return Result<qint64>::failure(inserted.error());
    const qint64 id = *inserted;
    if (Status s = journalRecord(u"case.add"_s, u"case"_s, id); !s)
        return Result<qint64>::failure(s.error());
    if (Status s = transaction.commit(); !s)
        return Result<qint64>::failure(s.error());
    return id;
}

Status Library::updateCase(const Case &c)
{
    if (m_readOnly)
        return Status::failure(tr("This library was opened read-only."));
    if (Status s = validate(c); !s)
        return s;
    sql::Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    auto old = readCase(c.id);
    if (!old)
        return Status::failure(old.error());
    Case merged = c;
    merged.revision = old->revision;
    merged.created = old->created;
    merged.updated = old->updated;
    merged.trashed = old->trashed;
    if (json::toJson(merged) == json::toJson(*old))
        return {};
    if (Status s = keepRevision(u"case"_s, c.id); !s)
        return s;
    if (Status s = sql::exec(db(),
                             u"UPDATE cases SET title = ?, company = ?, account = ?, jurisdiction = ?, outcome = ?, "
                             "amount_minor = ?, currency = ?, status = ?, revision = revision + 1, updated_ms = ? WHERE id = ?"_s,
                             {c.title.trimmed(), c.company.trimmed(), c.account.trimmed(), toString(c.jurisdiction),
                              c.desiredOutcome.trimmed(),
                              c.amount.isNull() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(c.amount.minor),
                              c.amount.currency, toString(c.status), nowMs(), c.id});
        !s)
        return s;
    if (Status s = journalRecord(u"case.edit"_s, u"case"_s, c.id); !s)
        return s;
    return transaction.commit();
}

Status Library::trashCase(qint64 id) { return setTrashed(u"case"_s, id, true); }
Status Library::restoreCase(qint64 id) { return setTrashed(u"case"_s, id, false); }

Result<Case> Library::readCase(qint64 id) const
{
    std::optional<Case> value;
    auto found = sql::readRow(db(), u"SELECT %1 FROM cases WHERE id = ?"_s.arg(kCaseColumns), {id},
                              [&](const QSqlQuery &row) { value = caseFromRow(row); });
    if (!found)
        return Result<Case>::failure(found.error());
    if (!value)
        return Result<Case>::failure(tr("There is no case with id %1.").arg(id));
    return *value;
}

Result<Case> Library::caseById(qint64 id) const
{
    return readCase(id);
}

Result<QList<CaseSummary>> Library::caseSummaries(const QDateTime &now) const
{
    auto q = sql::run(db(),
                      u"SELECT %1, "
                      "(SELECT count(*) FROM events e WHERE e.case_id = c.id AND e.trashed_ms IS NULL), "
                      "(SELECT count(*) FROM promises p JOIN events e ON e.id = p.event_id "
                      "  WHERE e.case_id = c.id AND e.trashed_ms IS NULL AND p.trashed_ms IS NULL), "
                      "(SELECT count(*) FROM promises p JOIN events e ON e.id = p.event_id "
                      "  WHERE e.case_id = c.id AND e.trashed_ms IS NULL AND p.trashed_ms IS NULL "
                      "  AND p.status = 'pending' AND p.due_ms < ?), "
                      "(SELECT min(occurred_ms) FROM events e WHERE e.case_id = c.id AND e.trashed_ms IS NULL), "
                      "(SELECT max(occurred_ms) FROM events e WHERE e.case_id = c.id AND e.trashed_ms IS NULL) "
                      "FROM cases c WHERE c.trashed_ms IS NULL ORDER BY c.updated_ms DESC, c.id DESC"_s
                          .arg(kCaseColumns),
                      {now.toMSecsSinceEpoch()});
    if (!q)
        return Result<QList<CaseSummary>>::failure(q.error());
    QList<CaseSummary> summaries;
    while (q->next()) {
        CaseSummary s;
        s.info = caseFromRow(*q);
        s.eventCount = q->value(13).toInt();
        s.promiseCount = q->value(14).toInt();
        s.overduePromiseCount = q->value(15).toInt();
        s.firstEvent = utcFromMs(q->value(16));
        s.lastEvent = utcFromMs(q->value(17));
        summaries.append(s);
    }
    return summaries;
}

Result<QList<Case>> Library::trashedCases() const
{
    auto q = sql::run(db(), u"SELECT %1 FROM cases WHERE trashed_ms IS NOT NULL ORDER BY trashed_ms DESC, id DESC"_s
                                .arg(kCaseColumns),
                      {});
    if (!q)
        return Result<QList<Case>>::failure(q.error());
    QList<Case> cases;
    while (q->next())
        cases.append(caseFromRow(*q));
    return cases;
}

// ---------------------------------------------------------------- events

Result<qint64> Library::insertEvent(const Event &e)
{
    auto agentId = registerAgent(e.caseId, e.agentCode, e.agentName);
    if (!agentId)
        return Result<qint64>::failure(agentId.error());
    const qint64 now = nowMs();
    auto inserted = sql::insert(
        db(),
        u"INSERT INTO events (case_id, occurred_ms, utc_offset_s, channel, direction, duration_s, agent_id, agent_code, "
        "agent_name, reference, summary, quotes, outcome, created_ms, updated_ms, hold_s, travel_s, final_answer) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {e.caseId, e.occurred.toMSecsSinceEpoch(), e.occurred.offsetFromUtc(), toString(e.channel),
         toString(e.direction),
         e.durationSeconds >= 0 ? QVariant(e.durationSeconds) : QVariant(QMetaType::fromType<qint64>()),
         nullableId(*agentId), e.agentCode.trimmed(), e.agentName.trimmed(), e.reference.trimmed(), e.summary.trimmed(),
         quotesJson(e.quotes), e.outcome.trimmed(), now, now, optionalSeconds(e.holdSeconds),
         optionalSeconds(e.travelSeconds), e.finalAnswer});
    if (!inserted)
        return Result<qint64>::failure(inserted.error());
    const qint64 id = *inserted;
    // The journal gets the record as a read-back would give it, made from what
    // was just written: an import adds tens of thousands of events, and reading
    // each one back cost more than writing it. verify() compares the two.
    Event stored = e;
    stored.id = id;
    stored.occurred = withOffset(e.occurred.toMSecsSinceEpoch(), e.occurred.offsetFromUtc());
    stored.durationSeconds = e.durationSeconds >= 0 ? e.durationSeconds : -1;
    stored.holdSeconds = e.holdSeconds >= 0 ? e.holdSeconds : -1;
    stored.travelSeconds = e.travelSeconds >= 0 ? e.travelSeconds : -1;
    stored.agentId = *agentId;
    stored.agentCode = e.agentCode.trimmed();
    stored.agentName = e.agentName.trimmed();
    stored.reference = e.reference.trimmed();
    stored.summary = e.summary.trimmed();
    stored.outcome = e.outcome.trimmed();
    stored.revision = 1;
    stored.created = utcFromMs(now);
    stored.updated = stored.created;
    stored.trashed = false;
    stored.promises.clear();
    stored.attachments.clear();
    if (Status s = Journal::append(db(), u"event.add"_s, u"event"_s, id, json::toJson(stored)); !s)
        return Result<qint64>::failure(s.error());
    return id;
}

Result<qint64> Library::addEvent(const Event &e, const QStringList &attachFiles, const QList<Promise> &promises)
{
    if (m_readOnly)
        return Result<qint64>::failure(tr("This library was opened read-only."));
    // Check every file before writing anything: a missing one changes nothing.
    for (const QString &path : attachFiles) {
        const QFileInfo info(path);
        if (!info.exists() || info.isDir())
            return Result<qint64>::failure(tr("The file %1 does not exist; nothing was added.").arg(path));
        if (!info.isReadable())
            return Result<qint64>::failure(tr("The file %1 cannot be read; nothing was added.").arg(path));
    }
    if (Status s = validate(e); !s)
        return Result<qint64>::failure(s.error());
    sql::Transaction transaction(db());
    if (!transaction.begun())
        return Result<qint64>::failure(transaction.begun().error());
    auto inserted = insertEvent(e);
    if (!inserted)
        return inserted;
    const qint64 id = *inserted;
    for (const QString &path : attachFiles) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Result<qint64>::failure(tr("The file %1 cannot be read (%2); nothing was added.")
                                               .arg(path, file.errorString()));
        auto attached = attachOne(id, file, file.size(), QFileInfo(path).fileName(), {});
        if (!attached)
            return Result<qint64>::failure(attached.error());
    }
    for (Promise p : promises) {
        p.eventId = id;
        if (p.text.trimmed().isEmpty())
            return Result<qint64>::failure(tr("A promise needs the words of what was promised."));
        auto promiseId = insertPromise(p);
        if (!promiseId)
            return Result<qint64>::failure(promiseId.error());
    }
    if (Status s = reindexEvent(id); !s)
        return Result<qint64>::failure(s.error());
    if (Status s = transaction.commit(); !s)
        return Result<qint64>::failure(s.error());
    return id;
}

Result<QList<Library::ImportEntry>> Library::importEvents(qint64 caseId, const ImportSource &next, bool commit)
{
    using R = Result<QList<ImportEntry>>;
    if (m_readOnly)
        return R::failure(tr("This library was opened read-only."));
    sql::Transaction transaction(db());
    if (!transaction.begun())
        return R::failure(transaction.begun().error());
    auto live = sql::scalar(db(), u"SELECT trashed_ms IS NULL FROM cases WHERE id = ?"_s, {caseId});
    if (!live)
        return R::failure(live.error());
    if (!live->isValid())
        return R::failure(tr("There is no case with id %1.").arg(caseId));
    if (!live->toBool())
        return R::failure(tr("Case %1 is in the trash; restore it first.").arg(caseId));
    // A large import touches more pages than the everyday cache holds; spilling
    // them to the WAL mid-transaction costs more than the import itself.
    // The everyday size comes back when the import ends, however it ends.
    if (Status s = sql::exec(db(), u"PRAGMA cache_size = -131072"_s); !s)
        return R::failure(s.error());
    struct CacheRestore
    {
        QSqlDatabase database;
        ~CacheRestore() { (void)sql::exec(database, u"PRAGMA cache_size = -16000"_s); }
    } restore{db()};
    QList<ImportEntry> entries;
    QList<SearchIndex::Document> pendingIndex;
    for (;;) {
        auto item = next();
        if (!item)
            return R::failure(item.error());
        if (!item->has_value())
            break;
        ImportItem &one = *item.value();
        ImportEntry entry;
        entry.sourceKey = one.sourceKey.trimmed();
        if (entry.sourceKey.isEmpty())
            return R::failure(tr("An imported event has no source key; nothing was imported."));
        auto known = sql::scalar(db(), u"SELECT event_id FROM event_sources WHERE case_id = ? AND source_key = ?"_s,
                                 {caseId, entry.sourceKey});
        if (!known)
            return R::failure(known.error());
        if (known->isValid()) {
            entries.append(entry);
            continue;
        }
        one.event.caseId = caseId;
        // validate() without its per-event query: the case was checked above.
        if (!one.event.occurred.isValid() || one.event.summary.trimmed().isEmpty() || one.event.durationSeconds < -1)
            return R::failure(tr("The imported item %1 has no time or no summary; nothing was imported.")
                                  .arg(entry.sourceKey));
        auto id = insertEvent(one.event);
        if (!id)
            return R::failure(id.error());
        entry.eventId = *id;
        if (Status s = sql::exec(db(),
                                 u"INSERT INTO event_sources (event_id, case_id, source_key, imported_ms) VALUES (?, ?, ?, ?)"_s,
                                 {*id, caseId, entry.sourceKey, nowMs()});
            !s)
            return R::failure(s.error());
        QStringList names;
        for (const ImportedEvidence &evidence : one.evidence) {
            QBuffer buffer;
            buffer.setData(evidence.data);
            buffer.open(QIODevice::ReadOnly);
            auto attached = attachOne(*id, buffer, buffer.size(), evidence.fileName, {});
            if (!attached)
                return R::failure(attached.error());
            names << attached->fileName;
            ++entry.evidence;
        }
        for (const QString &path : one.files) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return R::failure(tr("The file %1 cannot be read (%2); nothing was imported.")
                                      .arg(path, file.errorString()));
            auto attached = attachOne(*id, file, file.size(), QFileInfo(path).fileName(), {});
            if (!attached)
                return R::failure(attached.error());
            names << attached->fileName;
            ++entry.evidence;
        }
        QStringList promiseTexts;
        for (Promise p : one.promises) {
            p.eventId = *id;
            if (p.text.trimmed().isEmpty())
                continue;
            auto promiseId = insertPromise(p);
            if (!promiseId)
                return R::failure(promiseId.error());
            promiseTexts << p.text.trimmed();
        }
        // Indexed from what was just written, as reindexEvent would read it back.
        Event stored = one.event;
        stored.summary = stored.summary.trimmed();
        stored.reference = stored.reference.trimmed();
        stored.agentCode = stored.agentCode.trimmed();
        stored.agentName = stored.agentName.trimmed();
        stored.outcome = stored.outcome.trimmed();
        pendingIndex.append({*id, caseId, searchText(stored, names, promiseTexts)});
        if (pendingIndex.size() >= 5000) {
            if (Status s = SearchIndex(db()).indexNew(pendingIndex); !s)
                return R::failure(s.error());
            pendingIndex.clear();
        }
        entries.append(entry);
    }
    if (Status s = SearchIndex(db()).indexNew(pendingIndex); !s)
        return R::failure(s.error());
    if (commit) {
        if (Status s = transaction.commit(); !s)
            return R::failure(s.error());
    }
    return entries;
}

Result<QString> Library::sourceKey(qint64 eventId) const
{
    auto key = sql::scalar(db(), u"SELECT source_key FROM event_sources WHERE event_id = ?"_s, {eventId});
    if (!key)
        return Result<QString>::failure(key.error());
    return key->toString();
}

Status Library::updateEvent(const Event &e)
{
    if (m_readOnly)
        return Status::failure(tr("This library was opened read-only."));
    if (Status s = validate(e); !s)
        return s;
    sql::Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    auto old = readEvent(e.id);
    if (!old)
        return Status::failure(old.error());
    if (old->caseId != e.caseId)
        return Status::failure(tr("An event cannot be moved to another case."));
    auto agentId = registerAgent(e.caseId, e.agentCode, e.agentName);
    if (!agentId)
        return Status::failure(agentId.error());
    Event merged = e;
    merged.agentId = *agentId;
    merged.agentCode = e.agentCode.trimmed();
    merged.agentName = e.agentName.trimmed();
    merged.reference = e.reference.trimmed();
    merged.summary = e.summary.trimmed();
    merged.outcome = e.outcome.trimmed();
    merged.revision = old->revision;
    merged.created = old->created;
    merged.updated = old->updated;
    merged.trashed = old->trashed;
    if (json::toJson(merged) == json::toJson(*old))
        return transaction.commit(); // nothing changed, but an agent name may have been learnt
    if (Status s = keepRevision(u"event"_s, e.id); !s)
        return s;
    if (Status s = sql::exec(
            db(),
            u"UPDATE events SET occurred_ms = ?, utc_offset_s = ?, channel = ?, direction = ?, duration_s = ?, "
            "agent_id = ?, agent_code = ?, agent_name = ?, reference = ?, summary = ?, quotes = ?, outcome = ?, "
            "hold_s = ?, travel_s = ?, final_answer = ?, revision = revision + 1, updated_ms = ? WHERE id = ?"_s,
            {e.occurred.toMSecsSinceEpoch(), e.occurred.offsetFromUtc(), toString(e.channel), toString(e.direction),
             e.durationSeconds >= 0 ? QVariant(e.durationSeconds) : QVariant(QMetaType::fromType<qint64>()),
             nullableId(*agentId), merged.agentCode, merged.agentName, merged.reference, merged.summary,
             quotesJson(e.quotes), merged.outcome, optionalSeconds(e.holdSeconds), optionalSeconds(e.travelSeconds),
             e.finalAnswer, nowMs(), e.id});
        !s)
        return s;
    if (Status s = journalRecord(u"event.edit"_s, u"event"_s, e.id); !s)
        return s;
    if (Status s = reindexEvent(e.id); !s)
        return s;
    return transaction.commit();
}

Status Library::trashEvent(qint64 id) { return setTrashed(u"event"_s, id, true); }
Status Library::restoreEvent(qint64 id) { return setTrashed(u"event"_s, id, false); }

Result<Event> Library::readEvent(qint64 id) const
{
    std::optional<Event> value;
    auto found = sql::readRow(db(), u"SELECT %1 FROM events WHERE id = ?"_s.arg(kEventColumns), {id},
                              [&](const QSqlQuery &row) { value = eventFromRow(row); });
    if (!found)
        return Result<Event>::failure(found.error());
    if (!value)
        return Result<Event>::failure(tr("There is no event with id %1.").arg(id));
    return *value;
}

Result<Event> Library::eventById(qint64 id, bool withChildren) const
{
    auto event = readEvent(id);
    if (!event || !withChildren)
        return event;
    QList<Event> one{*event};
    if (Status s = loadChildren(one); !s)
        return Result<Event>::failure(s.error());
    return one.first();
}

Result<int> Library::eventCount(qint64 caseId) const
{
    auto count = sql::scalar(db(), u"SELECT count(*) FROM events WHERE case_id = ? AND trashed_ms IS NULL"_s, {caseId});
    if (!count)
        return Result<int>::failure(count.error());
    return count->toInt();
}

Result<QList<Event>> Library::selectEvents(const QString &where, const QVariantList &values, bool withChildren) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT %1 FROM events WHERE %2"_s.arg(kEventColumns, where)))
        return Result<QList<Event>>::failure(sql::describe(q));
    for (const QVariant &v : values)
        q.addBindValue(sql::bindable(v));
    if (!q.exec())
        return Result<QList<Event>>::failure(tr("The library could not be read (%1).").arg(sql::describe(q)));
    QList<Event> events;
    while (q.next())
        events.append(eventFromRow(q));
    if (withChildren) {
        if (Status s = loadChildren(events); !s)
            return Result<QList<Event>>::failure(s.error());
    }
    return events;
}

Result<QList<Event>> Library::timeline(qint64 caseId, int offset, int limit, bool withChildren) const
{
    return selectEvents(u"case_id = ? AND trashed_ms IS NULL ORDER BY occurred_ms, id LIMIT ? OFFSET ?"_s,
                        {caseId, limit, offset}, withChildren);
}

Result<QList<Event>> Library::trashedEvents(qint64 caseId) const
{
    return selectEvents(u"case_id = ? AND trashed_ms IS NOT NULL ORDER BY trashed_ms DESC, id"_s, {caseId}, false);
}

Result<QList<Event>> Library::eventsByIds(const QList<qint64> &ids, bool withChildren) const
{
    QList<Event> all;
    constexpr qsizetype kBatch = 500;
    for (qsizetype start = 0; start < ids.size(); start += kBatch) {
        const QList<qint64> batch = ids.mid(start, kBatch);
        QVariantList values;
        for (qint64 id : batch)
            values << id;
        auto events = selectEvents(u"id IN (%1)"_s.arg(placeholders(batch.size())), values, withChildren);
        if (!events)
            return events;
        all += *events;
    }
    std::sort(all.begin(), all.end(), [](const Event &a, const Event &b) {
        return a.occurred == b.occurred ? a.id < b.id : a.occurred < b.occurred;
    });
    return all;
}

Status Library::loadChildren(QList<Event> &events) const
{
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < events.size(); ++i)
        index.insert(events[i].id, i);
    constexpr qsizetype kBatch = 500;
    for (qsizetype start = 0; start < events.size(); start += kBatch) {
        QVariantList ids;
        for (qsizetype i = start; i < qMin(events.size(), start + kBatch); ++i)
            ids << events[i].id;
        const QString marks = placeholders(ids.size());
        QSqlQuery promises(db());
        promises.setForwardOnly(true);
        promises.prepare(u"SELECT %1 FROM promises p LEFT JOIN agents a ON a.id = p.agent_id "
                         "WHERE p.event_id IN (%2) AND p.trashed_ms IS NULL ORDER BY p.id"_s
                             .arg(kPromiseColumns, marks));
        for (const QVariant &id : std::as_const(ids))
            promises.addBindValue(id);
        if (!promises.exec())
            return Status::failure(tr("The library could not be read (%1).").arg(sql::describe(promises)));
        while (promises.next()) {
            Promise p = promiseFromRow(promises);
            events[index.value(p.eventId)].promises.append(p);
        }
        QSqlQuery attachments(db());
        attachments.setForwardOnly(true);
        attachments.prepare(u"SELECT %1 FROM attachments t JOIN blobs b ON b.id = t.blob_id "
                            "WHERE t.event_id IN (%2) AND t.trashed_ms IS NULL ORDER BY t.id"_s
                                .arg(kAttachmentColumns, marks));
        for (const QVariant &id : std::as_const(ids))
            attachments.addBindValue(id);
        if (!attachments.exec())
            return Status::failure(tr("The library could not be read (%1).").arg(sql::describe(attachments)));
        while (attachments.next()) {
            Attachment a = attachmentFromRow(attachments);
            events[index.value(a.eventId)].attachments.append(a);
        }
    }
    return {};
}

Result<QList<Revision>> Library::revisions(const QString &entity, qint64 id) const
{
    auto q = sql::run(db(),
                      u"SELECT entity, entity_id, revision, replaced_ms, data FROM revisions "
                      "WHERE entity = ? AND entity_id = ? ORDER BY revision"_s,
                      {entity, id});
    if (!q)
        return Result<QList<Revision>>::failure(q.error());
    QList<Revision> list;
    while (q->next()) {
        list.append(Revision{q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toInt(),
                             utcFromMs(q->value(3)), q->value(4).toString()});
    }
    return list;
}

// ---------------------------------------------------------------- promises

Result<qint64> Library::insertPromise(const Promise &p)
{
    qint64 agentId = p.agentId;
    if (agentId == 0) {
        auto eventAgent = sql::scalar(db(), u"SELECT agent_id FROM events WHERE id = ?"_s, {p.eventId});
        if (!eventAgent)
            return Result<qint64>::failure(eventAgent.error());
        agentId = eventAgent->toLongLong();
    }
    const qint64 now = nowMs();
    auto inserted = sql::insert(db(),
                                u"INSERT INTO promises (event_id, agent_id, text, due_ms, due_offset_s, status, created_ms, updated_ms) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                {p.eventId, nullableId(agentId), p.text.trimmed(),
                                 p.due.isValid() ? QVariant(p.due.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>()),
                                 p.due.isValid() ? QVariant(p.due.offsetFromUtc()) : QVariant(QMetaType::fromType<int>()),
                                 toString(p.status), now, now});
    if (!inserted)
        return Result<qint64>::failure(inserted.error());
    const qint64 id = *inserted;
    if (Status s = journalRecord(u"promise.add"_s, u"promise"_s, id); !s)
        return Result<qint64>::failure(s.error());
    return id;
}

Result<qint64> Library::addPromise(const Promise &p)
{
    if (m_readOnly)
        return Result<qint64>::failure(tr("This library was opened read-only."));
    if (Status s = validate(p); !s)
        return Result<qint64>::failure(s.error());
    sql::Transaction transaction(db());
    if (!transaction.begun())
        return Result<qint64>::failure(transaction.begun().error());
    auto id = insertPromise(p);
    if (!id)
        return id;
    if (Status s = reindexEvent(p.eventId); !s)
        return Result<qint64>::failure(s.error());
    if (Status s = transaction.commit(); !s)
        return Result<qint64>::failure(s.error());
    return id;
}

Status Library::updatePromise(const Promise &p)
{
    if (m_readOnly)
        return Status::failure(tr("This library was opened read-only."));
    sql::Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    auto old = readPromise(p.id);
    if (!old)
        return Status::failure(old.error());
    if (old->eventId != p.eventId)
        return Status::failure(tr("A promise cannot be moved to another event."));
    if (Status s = validate(p); !s)
        return s;
    if (old->text == p.text.trimmed() && old->due == p.due && old->due.offsetFromUtc() == p.due.offsetFromUtc()
        && old->agentId == p.agentId)
        return {};
    if (Status s = keepRevision(u"promise"_s, p.id); !s)
        return s;
    if (Status s = sql::exec(db(),
                             u"UPDATE promises SET text = ?, due_ms = ?, due_offset_s = ?, agent_id = ?, "
                             "revision = revision + 1, updated_ms = ? WHERE id = ?"_s,
                             {p.text.trimmed(),
                              p.due.isValid() ? QVariant(p.due.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>()),
                              p.due.isValid() ? QVariant(p.due.offsetFromUtc()) : QVariant(QMetaType::fromType<int>()),
                              nullableId(p.agentId), nowMs(), p.id});
        !s)
        return s;
    if (Status s = journalRecord(u"promise.edit"_s, u"promise"_s, p.id); !s)
        return s;
    if (Status s = reindexEvent(p.eventId); !s)
        return s;
    return transaction.commit();
}

Status Library::settlePromise(qint64 id, PromiseStatus status, qint64 settledByEventId)
{
    if (m_readOnly)
        return Status::failure(tr("This library was opened read-only."));
    sql::Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    auto old = readPromise(id);
    if (!old)
        return Status::failure(old.error());
    if (old->trashed)
        return Status::failure(tr("Promise %1 is in the trash; restore it first.").arg(id));
    if (status == PromiseStatus::Pending)
        settledByEventId = 0;
    if (settledByEventId > 0) {
        auto sameCase = sql::scalar(db(),
                                    u"SELECT s.case_id = p.case_id FROM events s, events p WHERE s.id = ? AND p.id = ?"_s,
                                    {settledByEventId, old->eventId});
        if (!sameCase)
            return Status::failure(sameCase.error());
        if (!sameCase->isValid())
            return Status::failure(tr("There is no event with id %1.").arg(settledByEventId));
        if (!sameCase->toBool())
            return Status::failure(tr("Event %1 belongs to another case.").arg(settledByEventId));
    }
    if (old->status == status && old->settledByEventId == settledByEventId)
        return {};
    if (Status s = keepRevision(u"promise"_s, id); !s)
        return s;
    if (Status s = sql::exec(db(),
                             u"UPDATE promises SET status = ?, settled_by = ?, revision = revision + 1, updated_ms = ? WHERE id = ?"_s,
                             {toString(status), nullableId(settledByEventId), nowMs(), id});
        !s)
        return s;
    if (Status s = journalRecord(u"promise.settle"_s, u"promise"_s, id); !s)
        return s;
    return transaction.commit();
}

Status Library::trashPromise(qint64 id) { return setTrashed(u"promise"_s, id, true); }
Status Library::restorePromise(qint64 id) { return setTrashed(u"promise"_s, id, false); }

Result<Promise> Library::readPromise(qint64 id) const
{
    std::optional<Promise> value;
    auto found = sql::readRow(db(), u"SELECT %1 FROM promises p LEFT JOIN agents a ON a.id = p.agent_id WHERE p.id = ?"_s.arg(kPromiseColumns), {id},
                              [&](const QSqlQuery &row) { value = promiseFromRow(row); });
    if (!found)
        return Result<Promise>::failure(found.error());
    if (!value)
        return Result<Promise>::failure(tr("There is no promise with id %1.").arg(id));
    return *value;
}

Result<Promise> Library::promiseById(qint64 id) const
{
    return readPromise(id);
}

Result<QList<Promise>> Library::promisesForCase(qint64 caseId) const
{
    return collect<Promise>(
        sql::run(db(),
                 u"SELECT %1 FROM promises p JOIN events e ON e.id = p.event_id LEFT JOIN agents a ON a.id = p.agent_id "
                 "WHERE e.case_id = ? AND e.trashed_ms IS NULL AND p.trashed_ms IS NULL "
                 "ORDER BY p.due_ms IS NULL, p.due_ms, p.id"_s.arg(kPromiseColumns),
                 {caseId}),
        &promiseFromRow);
}

// ---------------------------------------------------------------- evidence

Result<Attachment> Library::attachOne(qint64 eventId, QIODevice &source, qint64 size, const QString &fileName,
                                      const Progress &progress)
{
    EvidenceStore store(db());
    auto blob = store.store(source, size, progress);
    if (!blob)
        return Result<Attachment>::failure(blob.error());
    if (blob->isNew) {
        const QJsonObject record{{u"sha256"_s, blob->sha256}, {u"size"_s, blob->size}, {u"mime_type"_s, blob->mimeType}};
        if (Status s = Journal::append(db(), u"evidence.add"_s, u"blob"_s, blob->id, record); !s)
            return Result<Attachment>::failure(s.error());
    }
    // Only the name is kept: a folder path says nothing about the evidence and may say too much about the user.
    QString name = QFileInfo(QString(fileName).replace(u'\\', u'/')).fileName().trimmed();
    if (name.isEmpty())
        name = tr("evidence");
    auto inserted = sql::insert(db(), u"INSERT INTO attachments (event_id, blob_id, file_name, added_ms) VALUES (?, ?, ?, ?)"_s,
                                {eventId, blob->id, name, nowMs()});
    if (!inserted)
        return Result<Attachment>::failure(inserted.error());
    const qint64 id = *inserted;
    if (Status s = journalRecord(u"attachment.add"_s, u"attachment"_s, id); !s)
        return Result<Attachment>::failure(s.error());
    return readAttachment(id);
}

Result<QList<Attachment>> Library::attachFiles(qint64 eventId, const QStringList &paths, const Progress &progress)
{
    using R = Result<QList<Attachment>>;
    if (m_readOnly)
        return R::failure(tr("This library was opened read-only."));
    if (paths.isEmpty())
        return R::failure(tr("No files were given to attach."));
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists() || info.isDir())
            return R::failure(tr("The file %1 does not exist; nothing was attached.").arg(path));
        if (!info.isReadable())
            return R::failure(tr("The file %1 cannot be read; nothing was attached.").arg(path));
    }
    auto live = sql::scalar(db(), u"SELECT trashed_ms IS NULL FROM events WHERE id = ?"_s, {eventId});
    if (!live)
        return R::failure(live.error());
    if (!live->isValid())
        return R::failure(tr("There is no event with id %1.").arg(eventId));
    if (!live->toBool())
        return R::failure(tr("Event %1 is in the trash; restore it first.").arg(eventId));

    sql::Transaction transaction(db());
    if (!transaction.begun())
        return R::failure(transaction.begun().error());
    QList<Attachment> attached;
    qint64 before = 0;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(tr("The file %1 cannot be read (%2); nothing was attached.").arg(path, file.errorString()));
        Progress overall;
        if (progress)
            overall = [&](qint64 done) { return progress(before + done); };
        auto one = attachOne(eventId, file, file.size(), QFileInfo(path).fileName(), overall);
        if (!one)
            return R::failure(one.error());
        attached.append(*one);
        before += file.size();
    }
    if (Status s = reindexEvent(eventId); !s)
        return R::failure(s.error());
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return attached;
}

Result<Attachment> Library::attachData(qint64 eventId, QIODevice &source, const QString &fileName,
                                       const Progress &progress)
{
    using R = Result<Attachment>;
    if (m_readOnly)
        return R::failure(tr("This library was opened read-only."));
    auto live = sql::scalar(db(), u"SELECT trashed_ms IS NULL FROM events WHERE id = ?"_s, {eventId});
    if (!live)
        return R::failure(live.error());
    if (!live->isValid())
        return R::failure(tr("There is no event with id %1.").arg(eventId));
    if (!live->toBool())
        return R::failure(tr("Event %1 is in the trash; restore it first.").arg(eventId));
    sql::Transaction transaction(db());
    if (!transaction.begun())
        return R::failure(transaction.begun().error());
    auto one = attachOne(eventId, source, source.isSequential() ? -1 : source.size(), fileName, progress);
    if (!one)
        return one;
    if (Status s = reindexEvent(eventId); !s)
        return R::failure(s.error());
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return one;
}

Status Library::trashAttachment(qint64 attachmentId) { return setTrashed(u"attachment"_s, attachmentId, true); }
Status Library::restoreAttachment(qint64 attachmentId) { return setTrashed(u"attachment"_s, attachmentId, false); }

Result<Attachment> Library::readAttachment(qint64 id) const
{
    std::optional<Attachment> value;
    auto found = sql::readRow(db(), u"SELECT %1 FROM attachments t JOIN blobs b ON b.id = t.blob_id WHERE t.id = ?"_s .arg(kAttachmentColumns), {id},
                              [&](const QSqlQuery &row) { value = attachmentFromRow(row); });
    if (!found)
        return Result<Attachment>::failure(found.error());
    if (!value)
        return Result<Attachment>::failure(tr("There is no attachment with id %1.").arg(id));
    return *value;
}

Result<QList<Attachment>> Library::attachments(qint64 eventId, bool includeTrashed) const
{
    return collect<Attachment>(
        sql::run(db(),
                 u"SELECT %1 FROM attachments t JOIN blobs b ON b.id = t.blob_id WHERE t.event_id = ? %2 ORDER BY t.id"_s
                     .arg(kAttachmentColumns, includeTrashed ? QString() : u"AND t.trashed_ms IS NULL"_s),
                 {eventId}),
        &attachmentFromRow);
}

Status Library::readEvidence(const QString &sha256, QIODevice &sink) const
{
    return EvidenceStore(db()).read(sha256, sink);
}

// ---------------------------------------------------------------- agents and search

Result<Agent> Library::readAgent(qint64 id) const
{
    std::optional<Agent> value;
    auto found = sql::readRow(db(), u"SELECT id, company, code, name FROM agents WHERE id = ?"_s, {id},
                              [&](const QSqlQuery &row) { value = Agent{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(), row.value(3).toString(), 0}; });
    if (!found)
        return Result<Agent>::failure(found.error());
    if (!value)
        return Result<Agent>::failure(tr("There is no agent with id %1.").arg(id));
    return *value;
}

Result<QList<Agent>> Library::agents(qint64 caseId) const
{
    auto q = sql::run(db(),
                      u"SELECT a.id, a.company, a.code, a.name, count(e.id) FROM agents a "
                      "JOIN events e ON e.agent_id = a.id WHERE e.case_id = ? AND e.trashed_ms IS NULL "
                      "GROUP BY a.id ORDER BY count(e.id) DESC, a.code"_s,
                      {caseId});
    if (!q)
        return Result<QList<Agent>>::failure(q.error());
    QList<Agent> list;
    while (q->next()) {
        list.append(Agent{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                          q->value(3).toString(), q->value(4).toInt()});
    }
    return list;
}

Result<QList<qint64>> Library::search(qint64 caseId, const QString &query) const
{
    return SearchIndex(db()).search(caseId, query);
}

Result<QList<qint64>> Library::eventIds(qint64 caseId, const EventFilter &filter) const
{
    using R = Result<QList<qint64>>;
    // With words to find, their hits drive the query (the unary + keeps SQLite
    // from walking the whole case instead, as in SearchIndex::search).
    QString statement = filter.text.trimmed().isEmpty()
        ? u"SELECT e.id FROM events e WHERE e.case_id = ? AND e.trashed_ms IS NULL"_s
        : u"SELECT e.id FROM events e WHERE +e.case_id = ? AND e.trashed_ms IS NULL"_s;
    QVariantList values{caseId};
    if (!filter.channels.isEmpty()) {
        statement += u" AND e.channel IN (%1)"_s.arg(placeholders(filter.channels.size()));
        for (Channel c : filter.channels)
            values << toString(c);
    }
    if (!filter.agentCode.trimmed().isEmpty()) {
        statement += u" AND e.agent_code = ?"_s;
        values << filter.agentCode.trimmed();
    }
    if (filter.onlyWithPromises)
        statement += u" AND EXISTS (SELECT 1 FROM promises p WHERE p.event_id = e.id AND p.trashed_ms IS NULL)"_s;
    // Dates are judged on the clock the user was on when it happened.
    const auto wallClockMs = [](const QDate &day) { return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(); };
    if (filter.from.isValid()) {
        statement += u" AND e.occurred_ms + e.utc_offset_s * 1000 >= ?"_s;
        values << wallClockMs(filter.from);
    }
    if (filter.to.isValid()) {
        statement += u" AND e.occurred_ms + e.utc_offset_s * 1000 < ?"_s;
        values << wallClockMs(filter.to.addDays(1));
    }
    if (!filter.text.trimmed().isEmpty()) {
        auto match = SearchIndex::clause(caseId, filter.text);
        if (!match)
            return R::failure(match.error());
        statement += match->sql;
        values += match->values;
    }
    statement += u" ORDER BY e.occurred_ms, e.id"_s;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return R::failure(sql::describe(q));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(sql::bindable(v));
    if (!q.exec())
        return R::failure(tr("The library could not be read (%1).").arg(sql::describe(q)));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

// ---------------------------------------------------------------- integrity

Result<QString> Library::journalHead() const
{
    return Journal::head(db());
}

Result<Library::JournalMark> Library::journalMark(const QString &hash) const
{
    auto seq = sql::scalar(db(), u"SELECT seq FROM journal WHERE hash = ?"_s, {hash});
    if (!seq)
        return Result<JournalMark>::failure(seq.error());
    JournalMark mark;
    mark.seq = seq->isNull() ? 0 : seq->toLongLong();
    if (mark.seq > 0) {
        auto later = sql::scalar(db(), u"SELECT count(*) FROM journal WHERE seq > ?"_s, {mark.seq});
        if (!later)
            return Result<JournalMark>::failure(later.error());
        mark.later = later->toLongLong();
    }
    return mark;
}

Result<bool> Library::hasEvidence(const QString &sha256) const
{
    auto found = sql::scalar(db(), u"SELECT count(*) FROM blobs WHERE sha256 = ?"_s, {sha256});
    if (!found)
        return Result<bool>::failure(found.error());
    return found->toLongLong() > 0;
}

Library::Check Library::verify(bool rehashEvidence) const
{
    Check check;
    auto integrity = sql::scalar(db(), u"PRAGMA integrity_check"_s);
    if (!integrity || integrity->toString() != u"ok") {
        check.ok = false;
        check.problems << tr("SQLite reports damage in the library file: %1")
                              .arg(integrity ? integrity->toString() : integrity.error());
    }

    const Journal::ChainCheck chain = Journal::verifyChain(db());
    check.journalEntries = chain.entries;
    check.journalHead = chain.head;
    if (!chain.ok) {
        check.ok = false;
        check.firstBadEntry = chain.firstBadSeq;
        check.problems << chain.problem;
        return check; // records cannot be judged against a broken journal
    }

    // Every record must be exactly what the journal last recorded of it, and
    // every earlier version what the journal recorded of that revision (its
    // last entry carrying it: a trash or restore keeps the revision number).
    QHash<QString, QByteArray> lastRecorded;
    QHash<QString, QByteArray> recordedRevisions; // "entity:id:revision"
    QHash<QString, qint64> lastRevision;
    auto entries = sql::run(db(), u"SELECT payload FROM journal ORDER BY seq"_s);
    if (!entries) {
        check.ok = false;
        check.problems << entries.error();
        return check;
    }
    while (entries->next()) {
        const QJsonObject payload = QJsonDocument::fromJson(entries->value(0).toString().toUtf8()).object();
        const QString key = payload.value(u"entity"_s).toString() + u':'
            + QString::number(payload.value(u"id"_s).toInteger());
        const QJsonObject record = payload.value(u"record"_s).toObject();
        const QByteArray digest = recordDigest(record);
        lastRecorded.insert(key, digest);
        if (record.contains(u"revision"_s)) {
            const qint64 revision = record.value(u"revision"_s).toInteger();
            recordedRevisions.insert(key + u':' + QString::number(revision), digest);
            lastRevision.insert(key, revision);
        }
    }
    qsizetype seen = 0;
    auto compare = [&](const QString &entity, qint64 id, const QJsonObject &record) {
        const QString key = entity + u':' + QString::number(id);
        ++seen;
        const auto it = lastRecorded.constFind(key);
        if (it == lastRecorded.constEnd()) {
            check.ok = false;
            check.problems << tr("The %1 with id %2 is not in the journal: it was added outside Plaint.").arg(entityName(entity)).arg(id);
        } else if (*it != recordDigest(record)) {
            check.ok = false;
            check.problems << tr("The %1 with id %2 differs from what the journal last recorded: it was changed outside Plaint.")
                                  .arg(entityName(entity)).arg(id);
        }
    };
    if (auto cases = collect<Case>(sql::run(db(), u"SELECT %1 FROM cases"_s.arg(kCaseColumns)), &caseFromRow)) {
        for (const Case &c : *cases)
            compare(u"case"_s, c.id, json::toJson(c));
    }
    if (auto events = selectEvents(u"1 = 1"_s, {}, false)) {
        for (const Event &e : *events)
            compare(u"event"_s, e.id, json::toJson(e));
    }
    if (auto promises = collect<Promise>(
            sql::run(db(), u"SELECT %1 FROM promises p LEFT JOIN agents a ON a.id = p.agent_id"_s.arg(kPromiseColumns)),
            &promiseFromRow)) {
        for (const Promise &p : *promises)
            compare(u"promise"_s, p.id, json::toJson(p));
    }
    if (auto attachments = collect<Attachment>(
            sql::run(db(), u"SELECT %1 FROM attachments t JOIN blobs b ON b.id = t.blob_id"_s.arg(kAttachmentColumns)),
            &attachmentFromRow)) {
        for (const Attachment &a : *attachments)
            compare(u"attachment"_s, a.id, json::toJson(a));
    }
    if (auto agents = sql::run(db(), u"SELECT id, company, code, name FROM agents"_s)) {
        while (agents->next()) {
            const Agent a{agents->value(0).toLongLong(), agents->value(1).toString(), agents->value(2).toString(),
                          agents->value(3).toString(), 0};
            compare(u"agent"_s, a.id, json::toJson(a));
        }
    }
    if (auto blobs = sql::run(db(), u"SELECT id, sha256, size, mime FROM blobs"_s)) {
        while (blobs->next()) {
            compare(u"blob"_s, blobs->value(0).toLongLong(),
                    QJsonObject{{u"sha256"_s, blobs->value(1).toString()},
                                {u"size"_s, blobs->value(2).toLongLong()},
                                {u"mime_type"_s, blobs->value(3).toString()}});
        }
    }
    if (seen < lastRecorded.size()) {
        check.ok = false;
        check.problems << tr("%n record(s) in the journal no longer exist: they were removed outside Plaint.", nullptr,
                             int(lastRecorded.size() - seen));
    }
    if (auto revisions = sql::run(db(), u"SELECT entity, entity_id, revision, data FROM revisions"_s)) {
        QSet<QString> kept;
        while (revisions->next()) {
            const QString entity = revisions->value(0).toString();
            const qint64 id = revisions->value(1).toLongLong();
            const qint64 revision = revisions->value(2).toLongLong();
            const QString key = entity + u':' + QString::number(id) + u':' + QString::number(revision);
            kept.insert(key);
            const auto it = recordedRevisions.constFind(key);
            if (it == recordedRevisions.constEnd()) {
                check.ok = false;
                check.problems << tr("The earlier version %3 of the %1 with id %2 is not in the journal: it was added outside Plaint.")
                                      .arg(entityName(entity)).arg(id).arg(revision);
            } else if (*it != recordDigest(QJsonDocument::fromJson(revisions->value(3).toString().toUtf8()).object())) {
                check.ok = false;
                check.problems << tr("The earlier version %3 of the %1 with id %2 differs from what the journal recorded of it: it was changed outside Plaint.")
                                      .arg(entityName(entity)).arg(id).arg(revision);
            }
        }
        // A version the journal saw replaced must still be there.
        qsizetype missing = 0;
        for (auto it = recordedRevisions.constBegin(); it != recordedRevisions.constEnd(); ++it) {
            const QString recordKey = it.key().section(u':', 0, 1);
            if (it.key().section(u':', 2).toLongLong() < lastRevision.value(recordKey) && !kept.contains(it.key()))
                ++missing;
        }
        if (missing > 0) {
            check.ok = false;
            check.problems << tr("%n earlier version(s) recorded in the journal no longer exist: they were removed outside Plaint.",
                                 nullptr, int(missing));
        }
    } else {
        check.ok = false;
        check.problems << revisions.error();
    }

    if (rehashEvidence) {
        const EvidenceStore::ContentCheck content = EvidenceStore(db()).verifyAll();
        check.evidenceChecked = content.blobs;
        check.evidenceBytes = content.bytes;
        if (!content.ok) {
            check.ok = false;
            check.problems << content.problem;
        }
    }
    return check;
}

} // namespace plaint
