#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>

namespace plaint::sql {

// Prepares and runs one statement; on failure returns a sentence naming what
// Plaint was doing, with SQLite's own words for the curious. The query is the
// caller's own, to read at leisure.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement,
                      std::initializer_list<QVariant> values = {});

// The helpers below are done with their statement when they return, so on a
// connection that keeps its statements each is prepared once: an import runs
// the same dozen statements for every event, and preparing them each time
// cost more than running them.
Status exec(const QSqlDatabase &db, const QString &statement,
            std::initializer_list<QVariant> values = {});
// The first column of the first row, or an invalid QVariant when there is none.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        std::initializer_list<QVariant> values = {});
// Runs an INSERT and returns the new row's id.
Result<qint64> insert(const QSqlDatabase &db, const QString &statement,
                      std::initializer_list<QVariant> values = {});
// Hands the first row, if there is one, to `read`; false when there was none.
Result<bool> readRow(const QSqlDatabase &db, const QString &statement,
                     std::initializer_list<QVariant> values,
                     const std::function<void(const QSqlQuery &row)> &read);

// A connection keeps its prepared statements from keepStatements() until
// forgetStatements(), which must come before the connection is closed.
// Other connections prepare every statement each time.
void keepStatements(const QSqlDatabase &db);
void forgetStatements(const QString &connectionName);

QString describe(const QSqlQuery &query);
QVariant bindable(const QVariant &value);

// One write transaction per user action: BEGIN IMMEDIATE on construction,
// ROLLBACK on destruction unless commit() succeeded.
class Transaction final
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &begun() const { return m_begun; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_begun;
    bool m_open = false;
};

} // namespace plaint::sql
