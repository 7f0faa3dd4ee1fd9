#pragma once

// Small helpers shared by the core tests: a real library file in a temporary
// folder, a second raw SQLite connection to the same file (to look at or
// tamper with what Plaint wrote), and sample records.

#include "library.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QVariant>

#include <memory>

namespace plaint::test {

using namespace Qt::StringLiterals;

// A QSqlDatabase connection of its own to a library file, closed and
// removed when it goes out of scope.
class RawConnection final
{
public:
    explicit RawConnection(const QString &path)
        : m_name(u"raw-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        database.setDatabaseName(path);
        database.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        m_open = database.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase database = QSqlDatabase::database(m_name, false);
            if (database.isOpen())
                database.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Runs one statement; returns SQLite's error text, empty on success.
    QString exec(const QString &statement, const QVariantList &values = {}) const
    {
        QSqlQuery q(db());
        if (!q.prepare(statement))
            return q.lastError().text().isEmpty() ? u"prepare failed"_s : q.lastError().text();
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return q.lastError().text().isEmpty() ? u"exec failed"_s : q.lastError().text();
        return {};
    }

    QVariant scalar(const QString &statement, const QVariantList &values = {}) const
    {
        QSqlQuery q(db());
        if (!q.prepare(statement))
            return {};
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }

    qint64 count(const QString &table) const
    {
        return scalar(u"SELECT count(*) FROM %1"_s.arg(table)).toLongLong();
    }

private:
    QString m_name;
    bool m_open = false;
};

inline std::unique_ptr<Library> openLibrary(const QString &path,
                                            Library::OpenMode mode = Library::OpenMode::ReadWrite)
{
    auto opened = Library::open(path, mode);
    if (!opened) {
        qWarning("%s", qUtf8Printable(opened.error()));
        return {};
    }
    return std::move(opened).value();
}

inline Case sampleCase(const QString &company = u"China Mobile Guangdong"_s)
{
    Case c;
    c.title = u"Broadband cancellation refused"_s;
    c.company = company;
    c.account = u"13800138000"_s;
    c.jurisdiction = Jurisdiction::CN;
    c.desiredOutcome = u"Cancel the contract and refund 189 CNY"_s;
    c.amount = Money{18900, u"CNY"_s};
    return c;
}

inline Event sampleEvent(qint64 caseId, const QString &summary, qint64 minutesAfterStart = 0)
{
    Event e;
    e.caseId = caseId;
    e.occurred = QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::OffsetFromUTC, 8 * 3600).addSecs(minutesAfterStart * 60);
    e.channel = Channel::Phone;
    e.direction = Direction::Outgoing;
    e.summary = summary;
    return e;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size() && file.flush();
}

} // namespace plaint::test
