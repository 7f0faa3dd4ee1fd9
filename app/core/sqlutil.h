#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace plaint::sql {

// Prepares and runs one statement; on failure returns a sentence naming what
// Plaint was doing, with SQLite's own words for the curious.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement,
                      std::initializer_list<QVariant> values = {});
Status exec(const QSqlDatabase &db, const QString &statement,
            std::initializer_list<QVariant> values = {});
// The first column of the first row, or an invalid QVariant when there is none.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        std::initializer_list<QVariant> values = {});

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
