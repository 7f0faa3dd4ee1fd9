#include "sqlutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlError>

#include <memory>
#include <optional>

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

namespace {

QString failed(const QSqlQuery &query)
{
    return QCoreApplication::translate("Library", "The library could not be read or written (%1).")
        .arg(describe(query));
}

// The prepared statements of every connection that keeps them. The outer map
// is shared between threads; a connection's own map is only touched by the
// thread that uses the connection. Queries live on the heap, so one stays put
// while other statements are added.
using Statements = QHash<QString, std::shared_ptr<QSqlQuery>>;

struct StatementCache
{
    QMutex mutex;
    QHash<QString, std::shared_ptr<Statements>> byConnection;
};

StatementCache &statementCache()
{
    static StatementCache cache;
    return cache;
}

std::shared_ptr<Statements> statementsOf(const QSqlDatabase &db)
{
    StatementCache &cache = statementCache();
    const QMutexLocker lock(&cache.mutex);
    return cache.byConnection.value(db.connectionName());
}

// Runs the statement and hands the executed query to `use`. Afterwards the
// statement is reset, so a kept one holds no read snapshot and no lock.
Status withStatement(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values,
                     const std::function<void(QSqlQuery &)> &use)
{
    std::shared_ptr<QSqlQuery> kept;
    std::optional<QSqlQuery> own;
    QSqlQuery *query = nullptr;
    if (const std::shared_ptr<Statements> statements = statementsOf(db)) {
        kept = statements->value(statement);
        if (!kept) {
            auto fresh = std::make_shared<QSqlQuery>(db);
            fresh->setForwardOnly(true);
            if (!fresh->prepare(statement))
                return Status::failure(failed(*fresh));
            statements->insert(statement, fresh);
            kept = std::move(fresh);
        }
        query = kept.get();
    } else {
        own.emplace(db);
        own->setForwardOnly(true);
        if (!own->prepare(statement))
            return Status::failure(failed(*own));
        query = &*own;
    }
    int position = 0;
    for (const QVariant &value : values)
        query->bindValue(position++, bindable(value));
    if (!query->exec()) {
        const QString why = failed(*query);
        query->finish();
        return Status::failure(why);
    }
    use(*query);
    query->finish();
    return {};
}

} // namespace

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement,
                      std::initializer_list<QVariant> values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return Result<QSqlQuery>::failure(failed(query));
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    if (!query.exec())
        return Result<QSqlQuery>::failure(failed(query));
    return query;
}

Status exec(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    return withStatement(db, statement, values, [](QSqlQuery &) {});
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        std::initializer_list<QVariant> values)
{
    QVariant value;
    const Status done = withStatement(db, statement, values, [&](QSqlQuery &q) {
        if (q.next())
            value = q.value(0);
    });
    if (!done)
        return Result<QVariant>::failure(done.error());
    return value;
}

Result<qint64> insert(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    qint64 id = 0;
    const Status done = withStatement(db, statement, values, [&](QSqlQuery &q) { id = q.lastInsertId().toLongLong(); });
    if (!done)
        return Result<qint64>::failure(done.error());
    return id;
}

Result<bool> readRow(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values,
                     const std::function<void(const QSqlQuery &row)> &read)
{
    bool found = false;
    const Status done = withStatement(db, statement, values, [&](QSqlQuery &q) {
        if (q.next()) {
            found = true;
            read(q);
        }
    });
    if (!done)
        return Result<bool>::failure(done.error());
    return found;
}

void keepStatements(const QSqlDatabase &db)
{
    StatementCache &cache = statementCache();
    const QMutexLocker lock(&cache.mutex);
    if (!cache.byConnection.contains(db.connectionName()))
        cache.byConnection.insert(db.connectionName(), std::make_shared<Statements>());
}

void forgetStatements(const QString &connectionName)
{
    std::shared_ptr<Statements> statements;
    {
        StatementCache &cache = statementCache();
        const QMutexLocker lock(&cache.mutex);
        statements = cache.byConnection.take(connectionName);
    }
    // The queries are freed here, outside the lock, while the connection is still open.
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
