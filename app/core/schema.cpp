#include "schema.h"

#include "sqlutil.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

// Version 1: cases, the timeline, promises, agents, evidence content in chunks,
// earlier versions of edited records, the hash-chained journal and search.
const QStringList kVersion1 = {
    uR"(CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        company TEXT NOT NULL,
        account TEXT NOT NULL DEFAULT '',
        jurisdiction TEXT NOT NULL DEFAULT 'other',
        outcome TEXT NOT NULL DEFAULT '',
        amount_minor INTEGER,
        currency TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'open',
        revision INTEGER NOT NULL DEFAULT 1,
        created_ms INTEGER NOT NULL,
        updated_ms INTEGER NOT NULL,
        trashed_ms INTEGER))"_s,

    uR"(CREATE TABLE agents (
        id INTEGER PRIMARY KEY,
        company TEXT NOT NULL,
        company_key TEXT NOT NULL,
        code TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        UNIQUE (company_key, code)))"_s,

    uR"(CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        occurred_ms INTEGER NOT NULL,
        utc_offset_s INTEGER NOT NULL,
        channel TEXT NOT NULL,
        direction TEXT NOT NULL,
        duration_s INTEGER,
        agent_id INTEGER REFERENCES agents(id),
        agent_code TEXT NOT NULL DEFAULT '',
        agent_name TEXT NOT NULL DEFAULT '',
        reference TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL,
        quotes TEXT NOT NULL DEFAULT '[]',
        outcome TEXT NOT NULL DEFAULT '',
        revision INTEGER NOT NULL DEFAULT 1,
        created_ms INTEGER NOT NULL,
        updated_ms INTEGER NOT NULL,
        trashed_ms INTEGER))"_s,
    u"CREATE INDEX events_timeline ON events (case_id, occurred_ms, id)"_s,
    u"CREATE INDEX events_agent ON events (agent_id)"_s,

    uR"(CREATE TABLE promises (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id),
        agent_id INTEGER REFERENCES agents(id),
        text TEXT NOT NULL,
        due_ms INTEGER,
        due_offset_s INTEGER,
        status TEXT NOT NULL DEFAULT 'pending',
        settled_by INTEGER REFERENCES events(id),
        revision INTEGER NOT NULL DEFAULT 1,
        created_ms INTEGER NOT NULL,
        updated_ms INTEGER NOT NULL,
        trashed_ms INTEGER))"_s,
    u"CREATE INDEX promises_event ON promises (event_id)"_s,

    // Evidence content: immutable, addressed by SHA-256. Chunks reference
    // their blob with a deferred key so content can be streamed in before
    // its hash (and so its row) is known.
    uR"(CREATE TABLE blobs (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        size INTEGER NOT NULL,
        mime TEXT NOT NULL,
        chunk_count INTEGER NOT NULL,
        created_ms INTEGER NOT NULL))"_s,
    u"CREATE INDEX blobs_size ON blobs (size)"_s,
    uR"(CREATE TABLE blob_chunks (
        blob_id INTEGER NOT NULL REFERENCES blobs(id) DEFERRABLE INITIALLY DEFERRED,
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (blob_id, seq)))"_s,
    uR"(CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id),
        blob_id INTEGER NOT NULL REFERENCES blobs(id),
        file_name TEXT NOT NULL,
        added_ms INTEGER NOT NULL,
        trashed_ms INTEGER))"_s,
    u"CREATE INDEX attachments_event ON attachments (event_id)"_s,
    u"CREATE INDEX attachments_blob ON attachments (blob_id)"_s,

    uR"(CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        revision INTEGER NOT NULL,
        data TEXT NOT NULL,
        replaced_ms INTEGER NOT NULL,
        UNIQUE (entity, entity_id, revision)))"_s,

    uR"(CREATE TABLE journal (
        seq INTEGER PRIMARY KEY,
        at_ms INTEGER NOT NULL,
        action TEXT NOT NULL,
        payload TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL))"_s,

    // Nothing that is evidence or history can be changed or removed, even by
    // a bug in Plaint: SQLite refuses it.
    u"CREATE TRIGGER blobs_immutable BEFORE UPDATE ON blobs BEGIN SELECT RAISE(ABORT, 'evidence content cannot be changed'); END"_s,
    u"CREATE TRIGGER blobs_kept BEFORE DELETE ON blobs BEGIN SELECT RAISE(ABORT, 'evidence content cannot be removed'); END"_s,
    u"CREATE TRIGGER blob_chunks_immutable BEFORE UPDATE ON blob_chunks BEGIN SELECT RAISE(ABORT, 'evidence content cannot be changed'); END"_s,
    u"CREATE TRIGGER blob_chunks_kept BEFORE DELETE ON blob_chunks BEGIN SELECT RAISE(ABORT, 'evidence content cannot be removed'); END"_s,
    u"CREATE TRIGGER journal_append_only BEFORE UPDATE ON journal BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"_s,
    u"CREATE TRIGGER journal_kept BEFORE DELETE ON journal BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"_s,
    u"CREATE TRIGGER revisions_kept BEFORE DELETE ON revisions BEGIN SELECT RAISE(ABORT, 'earlier versions are kept'); END"_s,
    u"CREATE TRIGGER revisions_immutable BEFORE UPDATE ON revisions BEGIN SELECT RAISE(ABORT, 'earlier versions are kept'); END"_s,
    u"CREATE TRIGGER cases_kept BEFORE DELETE ON cases BEGIN SELECT RAISE(ABORT, 'cases go to the trash, they are not deleted'); END"_s,
    u"CREATE TRIGGER events_kept BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'events go to the trash, they are not deleted'); END"_s,
    u"CREATE TRIGGER promises_kept BEFORE DELETE ON promises BEGIN SELECT RAISE(ABORT, 'promises go to the trash, they are not deleted'); END"_s,
    u"CREATE TRIGGER attachments_kept BEFORE DELETE ON attachments BEGIN SELECT RAISE(ABORT, 'attachments go to the trash, they are not deleted'); END"_s,

    // Search. search_docs holds each event's searchable text, case-folded;
    // search_tri finds any substring of three or more characters in it;
    // search_bi holds every two-character gram, for the short words
    // Chinese is full of (延期, 工号) that trigrams cannot find.
    uR"(CREATE TABLE search_docs (
        event_id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL,
        body TEXT NOT NULL))"_s,
    u"CREATE VIRTUAL TABLE search_tri USING fts5(body, content='search_docs', content_rowid='event_id', tokenize='trigram')"_s,
    u"CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN INSERT INTO search_tri(rowid, body) VALUES (new.event_id, new.body); END"_s,
    u"CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN INSERT INTO search_tri(search_tri, rowid, body) VALUES ('delete', old.event_id, old.body); END"_s,
    u"CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN INSERT INTO search_tri(search_tri, rowid, body) VALUES ('delete', old.event_id, old.body); INSERT INTO search_tri(rowid, body) VALUES (new.event_id, new.body); END"_s,
    u"CREATE VIRTUAL TABLE search_bi USING fts5(grams, content='', detail=none, tokenize='unicode61 remove_diacritics 0')"_s,
};

// Version 2: where imported events came from. One row per imported event,
// keyed by the case and a stable key naming the record in its source (an SMS
// in a backup, an e-mail's Message-ID), so a second import adds nothing.
const QStringList kVersion2 = {
    uR"(CREATE TABLE event_sources (
        event_id INTEGER PRIMARY KEY REFERENCES events(id),
        case_id INTEGER NOT NULL REFERENCES cases(id),
        source_key TEXT NOT NULL,
        imported_ms INTEGER NOT NULL,
        UNIQUE (case_id, source_key)))"_s,
    u"CREATE TRIGGER event_sources_kept BEFORE DELETE ON event_sources BEGIN SELECT RAISE(ABORT, 'where an event came from is kept'); END"_s,
};

// Version 3: the time a call spent on hold and a visit spent travelling,
// and the company's final answer on the complaint (which opens the next
// step of escalation). NULL where not recorded: earlier events stay as they were.
const QStringList kVersion3 = {
    u"ALTER TABLE events ADD COLUMN hold_s INTEGER"_s,
    u"ALTER TABLE events ADD COLUMN travel_s INTEGER"_s,
    u"ALTER TABLE events ADD COLUMN final_answer INTEGER NOT NULL DEFAULT 0"_s,
};

struct Migration
{
    int toVersion;
    const QStringList *statements;
};

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all{{1, &kVersion1}, {2, &kVersion2}, {3, &kVersion3}};
    return all;
}

} // namespace

Result<Schema::Probe> Schema::probe(const QSqlDatabase &db)
{
    Probe probe;
    auto appId = sql::scalar(db, u"PRAGMA application_id"_s);
    if (!appId)
        return Result<Probe>::failure(QCoreApplication::translate(
            "Library", "This file is not a Plaint library (it is not an SQLite database)."));
    probe.applicationId = appId->toInt();
    auto version = sql::scalar(db, u"PRAGMA user_version"_s);
    auto objects = sql::scalar(db, u"SELECT count(*) FROM sqlite_master"_s);
    if (!version || !objects)
        return Result<Probe>::failure(version ? objects.error() : version.error());
    probe.version = version->toInt();
    probe.objectCount = objects->toInt();
    return probe;
}

Status Schema::check(const Probe &probe)
{
    const bool fresh = probe.applicationId == 0 && probe.version == 0 && probe.objectCount == 0;
    if (!fresh && probe.applicationId != kApplicationId)
        return Status::failure(QCoreApplication::translate(
            "Library", "This file is an SQLite database, but not a Plaint library; it was left untouched."));
    if (probe.version > kCurrentVersion)
        return Status::failure(QCoreApplication::translate(
            "Library", "This library was written by a newer version of Plaint (schema %1; this version "
                       "knows up to %2). Update Plaint to open it; the file was left untouched.")
                                   .arg(probe.version).arg(kCurrentVersion));
    return {};
}

Status Schema::migrate(const QSqlDatabase &db, const Probe &probe)
{
    if (Status s = check(probe); !s)
        return s;
    for (const Migration &migration : migrations()) {
        if (migration.toVersion <= probe.version)
            continue;
        sql::Transaction transaction(db);
        if (!transaction.begun())
            return transaction.begun();
        if (migration.toVersion == 1) {
            if (Status s = sql::exec(db, u"PRAGMA application_id = %1"_s.arg(kApplicationId)); !s)
                return s;
        }
        for (const QString &statement : *migration.statements) {
            if (Status s = sql::exec(db, statement); !s)
                return Status::failure(QCoreApplication::translate(
                    "Library", "The library could not be upgraded to schema %1: %2")
                                           .arg(migration.toVersion).arg(s.error()));
        }
        if (Status s = sql::exec(db, u"PRAGMA user_version = %1"_s.arg(migration.toVersion)); !s)
            return s;
        if (Status s = transaction.commit(); !s)
            return s;
    }
    return {};
}

} // namespace plaint
