#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace plaint::sql {

QString describe(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    return text;
}

QVariant bindable(const QVariant &value)
{
    // QtSql binds a null QString as SQL NULL; Plaint's text columns hold ''
    // for "nothing was said", so a null string is bound as an empty one.
    if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull()) {
        QString empty(1, u' ');
        empty.resize(0);
        return empty;
    }
    return value;
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement,
                      std::initializer_list<QVariant> values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return Result<QSqlQuery>::failure(QCoreApplication::translate(
            "Library", "The library could not be read or written (%1).").arg(describe(query)));
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    if (!query.exec())
        return Result<QSqlQuery>::failure(QCoreApplication::translate(
            "Library", "The library could not be read or written (%1).").arg(describe(query)));
    return query;
}

Status exec(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    auto query = run(db, statement, values);
    if (!query)
        return Status::failure(query.error());
    return {};
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        std::initializer_list<QVariant> values)
{
    auto query = run(db, statement, values);
    if (!query)
        return Result<QVariant>::failure(query.error());
    if (query->next())
        return query->value(0);
    return QVariant();
}

Transaction::Transaction(const QSqlDatabase &db) : m_db(db)
{
    // IMMEDIATE takes the write lock up front, so a second writer waits on the
    // busy timeout instead of failing half-way through the action.
    m_begun = exec(m_db, u"BEGIN IMMEDIATE"_s);
    m_open = m_begun.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        (void)exec(m_db, u"ROLLBACK"_s);
}

Status Transaction::commit()
{
    if (!m_open)
        return Status::failure(m_begun.ok() ? QCoreApplication::translate("Library", "Nothing to save.")
                                            : m_begun.error());
    Status done = exec(m_db, u"COMMIT"_s);
    if (done)
        m_open = false;
    return done;
}

} // namespace plaint::sql
