#include "searchindex.h"

#include "sqlutil.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace plaint {
namespace {

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c);
}

QString quoted(const QString &term)
{
    QString escaped = term;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

} // namespace

QString SearchIndex::normalize(const QString &text)
{
    // Full-width forms (ＡＢＣ１２３, common in Chinese input) fold to their
    // ASCII twins so either spelling finds the other.
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QStringList SearchIndex::bigrams(const QString &normalized)
{
    // Every imported event's text comes through here, so the pairs are
    // gathered as numbers and deduplicated before any string is made.
    const QList<uint> chars = normalized.toUcs4();
    std::vector<std::pair<quint64, qsizetype>> pairs; // (both code points, where the pair first stands)
    pairs.reserve(size_t(chars.size()));
    for (qsizetype i = 0; i + 1 < chars.size(); ++i) {
        if (isWordChar(chars[i]) && isWordChar(chars[i + 1]))
            pairs.emplace_back((quint64(chars[i]) << 32) | chars[i + 1], i);
    }
    // The first occurrence of each pair, in the order of the text.
    std::stable_sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    pairs.erase(std::unique(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) { return a.first == b.first; }),
                pairs.end());
    std::sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    QStringList grams;
    grams.reserve(qsizetype(pairs.size()));
    for (const auto &entry : pairs) {
        const char32_t two[2] = {char32_t(entry.first >> 32), char32_t(entry.first & 0xffffffffu)};
        grams.append(QString::fromUcs4(two, 2));
    }
    return grams;
}

Status SearchIndex::index(qint64 eventId, qint64 caseId, const QString &text)
{
    const QString body = normalize(text);
    auto old = sql::run(m_db, u"SELECT body FROM search_docs WHERE event_id = ?"_s, {eventId});
    if (!old)
        return Status::failure(old.error());
    if (old->next()) {
        const QString oldBody = old->value(0).toString();
        old->finish();
        if (oldBody == body)
            return {};
        // search_bi keeps no copy of its text: removing an entry means
        // handing it the same grams it was given.
        if (Status s = sql::exec(m_db, u"INSERT INTO search_bi (search_bi, rowid, grams) VALUES ('delete', ?, ?)"_s,
                                 {eventId, bigrams(oldBody).join(u' ')});
            !s)
            return s;
        if (Status s = sql::exec(m_db, u"UPDATE search_docs SET body = ?, case_id = ? WHERE event_id = ?"_s,
                                 {body, caseId, eventId});
            !s)
            return s;
    } else if (Status s = sql::exec(m_db, u"INSERT INTO search_docs (event_id, case_id, body) VALUES (?, ?, ?)"_s,
                                    {eventId, caseId, body});
               !s) {
        return s;
    }
    return sql::exec(m_db, u"INSERT INTO search_bi (rowid, grams) VALUES (?, ?)"_s,
                     {eventId, bigrams(body).join(u' ')});
}

Status SearchIndex::indexNew(const QList<Document> &documents)
{
    if (documents.isEmpty())
        return {};
    // Staged in a temporary table (no FTS there), then moved in one statement per index.
    if (Status s = sql::exec(m_db, u"CREATE TEMP TABLE IF NOT EXISTS index_staging (event_id INTEGER PRIMARY KEY, "
                                    "case_id INTEGER NOT NULL, body TEXT NOT NULL, grams TEXT NOT NULL)"_s);
        !s)
        return s;
    if (Status s = sql::exec(m_db, u"DELETE FROM temp.index_staging"_s); !s)
        return s;
    QSqlQuery stage(m_db);
    if (!stage.prepare(u"INSERT INTO temp.index_staging (event_id, case_id, body, grams) VALUES (?, ?, ?, ?)"_s))
        return Status::failure(QCoreApplication::translate("Library", "The library could not be read or written (%1).")
                                   .arg(sql::describe(stage)));
    for (const Document &d : documents) {
        const QString body = normalize(d.text);
        stage.bindValue(0, d.eventId);
        stage.bindValue(1, d.caseId);
        stage.bindValue(2, body);
        stage.bindValue(3, bigrams(body).join(u' '));
        if (!stage.exec())
            return Status::failure(QCoreApplication::translate("Library", "The library could not be read or written (%1).")
                                       .arg(sql::describe(stage)));
    }
    stage.finish();
    if (Status s = sql::exec(m_db, u"INSERT INTO search_docs (event_id, case_id, body) "
                                    "SELECT event_id, case_id, body FROM temp.index_staging"_s);
        !s)
        return s;
    if (Status s = sql::exec(m_db, u"INSERT INTO search_bi (rowid, grams) SELECT event_id, grams FROM temp.index_staging"_s);
        !s)
        return s;
    return sql::exec(m_db, u"DELETE FROM temp.index_staging"_s);
}

Result<SearchIndex::Clause> SearchIndex::clause(qint64 caseId, const QString &query)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    const QStringList terms = normalize(query).split(spaces, Qt::SkipEmptyParts);
    if (terms.isEmpty())
        return Result<Clause>::failure(QCoreApplication::translate("Library", "Type something to search for."));
    Clause clause;
    for (const QString &term : terms) {
        const QList<uint> chars = term.toUcs4();
        if (chars.size() >= 3) {
            clause.sql += u" AND e.id IN (SELECT rowid FROM search_tri WHERE search_tri MATCH ?)"_s;
            clause.values << quoted(term);
        } else if (chars.size() == 2 && isWordChar(chars[0]) && isWordChar(chars[1])) {
            clause.sql += u" AND e.id IN (SELECT rowid FROM search_bi WHERE search_bi MATCH ?)"_s;
            clause.values << quoted(term);
        } else {
            // A single character, or a pair with punctuation in it: scan the case.
            clause.sql += u" AND e.id IN (SELECT event_id FROM search_docs WHERE case_id = ? AND instr(body, ?) > 0)"_s;
            clause.values << caseId << term;
        }
    }
    return clause;
}

Result<QList<qint64>> SearchIndex::search(qint64 caseId, const QString &query) const
{
    auto match = clause(caseId, query);
    if (!match)
        return Result<QList<qint64>>::failure(match.error());
    // The unary + keeps SQLite from walking the whole case along its timeline
    // index and probing every event against the terms: the terms' hits drive
    // the query instead, so a rare word costs only what its hits cost.
    const QString statement = u"SELECT e.id FROM events e WHERE +e.case_id = ? AND e.trashed_ms IS NULL"_s + match->sql
        + u" ORDER BY e.occurred_ms, e.id"_s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return Result<QList<qint64>>::failure(sql::describe(q));
    q.addBindValue(caseId);
    for (const QVariant &v : std::as_const(match->values))
        q.addBindValue(sql::bindable(v));
    if (!q.exec())
        return Result<QList<qint64>>::failure(
            QCoreApplication::translate("Library", "The search could not run (%1).").arg(sql::describe(q)));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace plaint
