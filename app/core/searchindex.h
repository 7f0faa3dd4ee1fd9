#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace plaint {

// Full-text search over each event's words, reference, agent and evidence
// names. Three or more characters go through SQLite's trigram index; one and
// two characters (a Chinese word such as 延期 or 工号 is often two) go through
// an index of character pairs, or a scan of the case where no pair applies.
class SearchIndex final
{
public:
    explicit SearchIndex(QSqlDatabase db) : m_db(std::move(db)) {}

    // Case-folded text as it is indexed.
    static QString normalize(const QString &text);
    // Every pair of adjacent letters or digits in normalized text, each once.
    static QStringList bigrams(const QString &normalized);

    // Replaces the indexed text of one event; runs inside the caller's transaction.
    Status index(qint64 eventId, qint64 caseId, const QString &text);
    // Indexes many events that have no entry yet, in a few statements: an
    // FTS5 table writes a new segment at every statement that touches it, so
    // an import of 50,000 events indexed one by one spends most of its time
    // merging segments. Runs inside the caller's transaction.
    struct Document
    {
        qint64 eventId = 0;
        qint64 caseId = 0;
        QString text;
    };
    Status indexNew(const QList<Document> &documents);

    // Live events of the case that contain every whitespace-separated term,
    // in timeline order.
    Result<QList<qint64>> search(qint64 caseId, const QString &query) const;

    // The same match as SQL to AND into a query over `events e`, so that
    // search combines with other filters in one statement.
    struct Clause
    {
        QString sql;
        QVariantList values;
    };
    static Result<Clause> clause(qint64 caseId, const QString &query);

private:
    QSqlDatabase m_db;
};

} // namespace plaint
