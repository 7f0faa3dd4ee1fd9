// The CLI end to end: the real `plaint` binary on a real library file, as a
// user's script would drive it.

#include "library.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "plaintrunner.h"

using namespace Qt::StringLiterals;
using plaint::test::PlaintRunner;
using plaint::test::Run;

namespace {

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;

    Run plaint(const QStringList &args, const QString &library = {})
    {
        return PlaintRunner(m_dir.path(), m_library).run(args, library);
    }

    qint64 addedId(const QStringList &args)
    {
        return PlaintRunner(m_dir.path(), m_library).addedId(args);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return file.fileName();
    }

    // Everything a user could see of the library, to prove a failed command changed nothing.
    QString snapshot(const QString &library)
    {
        if (!QFile::exists(library))
            return u"<no library>"_s;
        const Run cases = plaint({u"case"_s, u"list"_s, u"--json"_s}, library);
        QString all = cases.out;
        const QJsonArray list = QJsonDocument::fromJson(cases.out.toUtf8()).object().value(u"cases"_s).toArray();
        for (const QJsonValue &c : list)
            all += plaint({u"show"_s, u"--case"_s, QString::number(c.toObject().value(u"id"_s).toInteger()), u"--json"_s}, library).out;
        all += plaint({u"verify"_s, u"--library"_s, u"--json"_s}, library).out;
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"library.plaint"_s);
    }

    // The session README shows, step by step, with what each step prints.
    void fullSession()
    {
        const qint64 caseId = addedId({u"case"_s, u"add"_s, u"--title"_s, u"降档 189 元套餐到 129 元"_s, u"--company"_s,
                                       u"中国移动"_s, u"--account"_s, u"13800138000"_s, u"--jurisdiction"_s, u"CN"_s,
                                       u"--outcome"_s, u"改为 129 元套餐并退还差价"_s, u"--amount"_s, u"360"_s,
                                       u"--currency"_s, u"CNY"_s});
        QCOMPARE(caseId, 1);

        const QString bill = writeFile(u"bill-2021-04.pdf"_s, "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        const qint64 call = addedId({u"event"_s, u"add"_s, u"--case"_s, u"1"_s, u"--at"_s, u"2021-04-18T10:15+08:00"_s,
                                     u"--channel"_s, u"phone"_s, u"--direction"_s, u"out"_s, u"--duration"_s, u"37"_s,
                                     u"--hold"_s, u"21:30"_s, u"--agent"_s, u"23338"_s, u"--agent-name"_s, u"小王"_s, u"--ref"_s,
                                     u"GD20210418-0001"_s, u"--summary"_s, u"热线说代金券已延期，只能去营业厅改套餐"_s,
                                     u"--quote"_s, u"已经给您延期到5月31日了"_s, u"--quote"_s, u"改套餐请去营业厅办理"_s,
                                     u"--attach"_s, bill});
        QCOMPARE(call, 1);
        const qint64 visit = addedId({u"event"_s, u"add"_s, u"--case"_s, u"1"_s, u"--at"_s, u"2021-04-19T15:00+08:00"_s,
                                      u"--channel"_s, u"store"_s, u"--travel"_s, u"50"_s, u"--final-answer"_s,
                                      u"--summary"_s, u"Shop says the plan change can only be done in the app"_s});
        QCOMPARE(visit, 2);

        const qint64 promise = addedId({u"promise"_s, u"add"_s, u"--event"_s, u"1"_s, u"--text"_s,
                                        u"代金券延期到5月31日"_s, u"--due"_s, u"2021-05-31T23:59+08:00"_s});
        QCOMPARE(promise, 1);
        Run r = plaint({u"promise"_s, u"set"_s, u"--id"_s, u"1"_s, u"--broken"_s, u"--settled-by"_s, u"2"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());

        const QByteArray shot("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0\x90wS\xde", 33);
        const QString screenshot = writeFile(u"app-error.png"_s, shot);
        r = plaint({u"attach"_s, u"--event"_s, u"2"_s, screenshot});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString::fromLatin1(sha256Hex(shot)) + u"  app-error.png\n"_s);

        r = plaint({u"search"_s, u"--case"_s, u"1"_s, u"延期"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonObject found = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(found.value(u"count"_s).toInt(), 1);
        QCOMPARE(found.value(u"events"_s).toArray().first().toObject().value(u"id"_s).toInteger(), 1);
        r = plaint({u"search"_s, u"--case"_s, u"1"_s, u"only"_s, u"app"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"count"_s).toInt(), 1);
        r = plaint({u"search"_s, u"--case"_s, u"1"_s, u"0418"_s});
        QVERIFY2(r.out.contains(u"GD20210418-0001"_s), qPrintable(r.out));

        r = plaint({u"show"_s, u"--case"_s, u"1"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(u"case"_s).toObject().value(u"company"_s).toString(), u"中国移动"_s);
        QCOMPARE(shown.value(u"case"_s).toObject().value(u"amount"_s).toObject().value(u"value"_s).toString(), u"360.00"_s);
        const QJsonArray events = shown.value(u"events"_s).toArray();
        QCOMPARE(events.size(), 2);
        const QJsonObject first = events.at(0).toObject();
        QCOMPARE(first.value(u"at"_s).toString(), u"2021-04-18T10:15:00+08:00"_s);
        QCOMPARE(first.value(u"duration_seconds"_s).toInt(), 37 * 60);
        QCOMPARE(first.value(u"hold_seconds"_s).toInt(), 21 * 60 + 30);
        QVERIFY(!first.contains(u"travel_seconds"_s)); // not recorded
        QVERIFY(!first.contains(u"final_answer"_s));
        QCOMPARE(events.at(1).toObject().value(u"travel_seconds"_s).toInt(), 50 * 60);
        QCOMPARE(events.at(1).toObject().value(u"final_answer"_s).toBool(), true);
        QCOMPARE(first.value(u"agent_code"_s).toString(), u"23338"_s);
        QCOMPARE(first.value(u"quotes"_s).toArray().size(), 2);
        QCOMPARE(first.value(u"attachments"_s).toArray().first().toObject().value(u"mime_type"_s).toString(),
                 u"application/pdf"_s);
        const QJsonObject kept = first.value(u"promises"_s).toArray().first().toObject();
        QCOMPARE(kept.value(u"status"_s).toString(), u"broken"_s);
        QCOMPARE(kept.value(u"settled_by_event_id"_s).toInteger(), 2);
        QCOMPARE(kept.value(u"overdue"_s).toBool(), false);
        QCOMPARE(events.at(1).toObject().value(u"attachments"_s).toArray().first().toObject().value(u"mime_type"_s).toString(),
                 u"image/png"_s);
        QCOMPARE(shown.value(u"agents"_s).toArray().first().toObject().value(u"name"_s).toString(), u"小王"_s);

        r = plaint({u"case"_s, u"list"_s, u"--json"_s});
        const QJsonObject listed = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"cases"_s).toArray().first().toObject();
        QCOMPARE(listed.value(u"event_count"_s).toInt(), 2);
        QCOMPARE(listed.value(u"promise_count"_s).toInt(), 1);
        QCOMPARE(listed.value(u"overdue_promise_count"_s).toInt(), 0);

        r = plaint({u"verify"_s, u"--library"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"OK"_s), qPrintable(r.out));
        // `verify --library FILE` names the file after the flag.
        r = plaint({u"verify"_s, u"--library"_s, m_library});
        QCOMPARE(r.exitCode, 0);
    }

    void overduePromiseIsReported()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"overdue.plaint"_s);
        QCOMPARE(plaint({u"case"_s, u"add"_s, u"--title"_s, u"Voucher"_s, u"--company"_s, u"Acme"_s}, library).exitCode, 0);
        QCOMPARE(plaint({u"event"_s, u"add"_s, u"--case"_s, u"1"_s, u"--at"_s, u"2021-04-18T10:15Z"_s, u"--channel"_s,
                         u"chat"_s, u"--summary"_s, u"Agent promised a refund"_s}, library).exitCode, 0);
        QCOMPARE(plaint({u"promise"_s, u"add"_s, u"--event"_s, u"1"_s, u"--text"_s, u"Refund within 48 hours"_s,
                         u"--due"_s, u"2021-04-20T10:15Z"_s}, library).exitCode, 0);
        const Run r = plaint({u"case"_s, u"list"_s, u"--json"_s}, library);
        const QJsonObject c = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"cases"_s).toArray().first().toObject();
        QCOMPARE(c.value(u"overdue_promise_count"_s).toInt(), 1);
        QVERIFY(plaint({u"show"_s, u"--case"_s, u"1"_s}, library).out.contains(u"OVERDUE"_s));
    }

    void editKeepsHistoryAndTrashRestores()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"edits.plaint"_s);
        QCOMPARE(plaint({u"case"_s, u"add"_s, u"--title"_s, u"Landline"_s, u"--company"_s, u"Telco"_s}, library).exitCode, 0);
        QCOMPARE(plaint({u"event"_s, u"add"_s, u"--case"_s, u"1"_s, u"--at"_s, u"2021-03-01T09:00+08:00"_s, u"--channel"_s,
                         u"phone"_s, u"--summary"_s, u"Needs previous owner's ID card"_s}, library).exitCode, 0);
        QCOMPARE(plaint({u"event"_s, u"edit"_s, u"--id"_s, u"1"_s, u"--summary"_s,
                         u"Department 2 also needs the previous owner's ID card"_s}, library).exitCode, 0);
        Run r = plaint({u"event"_s, u"history"_s, u"--id"_s, u"1"_s, u"--json"_s}, library);
        const QJsonObject history = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(history.value(u"event"_s).toObject().value(u"revision"_s).toInt(), 2);
        const QJsonArray earlier = history.value(u"earlier_versions"_s).toArray();
        QCOMPARE(earlier.size(), 1);
        QCOMPARE(earlier.first().toObject().value(u"record"_s).toObject().value(u"summary"_s).toString(),
                 u"Needs previous owner's ID card"_s);

        QCOMPARE(plaint({u"event"_s, u"trash"_s, u"--id"_s, u"1"_s}, library).exitCode, 0);
        r = plaint({u"show"_s, u"--case"_s, u"1"_s, u"--json"_s}, library);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"events"_s).toArray().size(), 0);
        r = plaint({u"trash"_s, u"--case"_s, u"1"_s, u"--json"_s}, library);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"events"_s).toArray().size(), 1);
        QCOMPARE(plaint({u"event"_s, u"restore"_s, u"--id"_s, u"1"_s}, library).exitCode, 0);
        r = plaint({u"show"_s, u"--case"_s, u"1"_s, u"--json"_s}, library);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"events"_s).toArray().size(), 1);
        QCOMPARE(plaint({u"verify"_s, u"--library"_s}, library).exitCode, 0);
    }

    void evidenceComesBackExact()
    {
        QByteArray bytes;
        for (qint64 i = 0; i < 3 * 1024 * 1024 + 17; ++i)
            bytes.append(char((i * 7919) % 251));
        const QString recording = writeFile(u"call-recording.m4a"_s, bytes);
        const qint64 caseId = addedId({u"case"_s, u"add"_s, u"--title"_s, u"Recording"_s, u"--company"_s, u"Acme"_s});
        const qint64 eventId = addedId({u"event"_s, u"add"_s, u"--case"_s, QString::number(caseId), u"--at"_s,
                                        u"2021-04-18T10:15+08:00"_s, u"--channel"_s, u"phone"_s, u"--summary"_s, u"Recorded call"_s});
        Run r = plaint({u"attach"_s, u"--event"_s, QString::number(eventId), recording});
        QCOMPARE(r.exitCode, 0);
        const QString sha = QString::fromLatin1(sha256Hex(bytes));
        QVERIFY(r.out.startsWith(sha));
        const QString out = m_dir.filePath(u"out.m4a"_s);
        r = plaint({u"evidence"_s, u"save"_s, u"--sha"_s, sha, u"-o"_s, out});
        QCOMPARE(r.exitCode, 0);
        QFile saved(out);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), bytes);

        r = plaint({u"evidence"_s, u"save"_s, u"--sha"_s, QString(64, u'0'), u"-o"_s, m_dir.filePath(u"none.bin"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(u"none.bin"_s)));
    }

    void verifyFindsTampering()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"tamper.plaint"_s);
        QCOMPARE(plaint({u"case"_s, u"add"_s, u"--title"_s, u"T"_s, u"--company"_s, u"C"_s}, library).exitCode, 0);
        QCOMPARE(plaint({u"event"_s, u"add"_s, u"--case"_s, u"1"_s, u"--at"_s, u"2021-04-18T10:15+08:00"_s, u"--channel"_s,
                         u"phone"_s, u"--agent"_s, u"23338"_s, u"--summary"_s, u"Extended to 31 May"_s}, library).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(library);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE events SET summary = 'Extended to 31 March' WHERE id = 1"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        const Run r = plaint({u"verify"_s, u"--library"_s, u"--json"_s}, library);
        QCOMPARE(r.exitCode, 1);
        const QJsonObject check = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(check.value(u"ok"_s).toBool(), false);
        QVERIFY(check.value(u"problems"_s).toArray().first().toString().contains(u"event with id 1"_s));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");

        const QString at = u"2021-04-18T10:15+08:00"_s;
        QTest::newRow("unknown channel") << QStringList{u"event"_s, u"add"_s, u"--case"_s, u"1"_s, u"--at"_s, at,
                                                        u"--channel"_s, u"fax"_s, u"--summary"_s, u"x"_s}
                                         << u"--channel takes one of"_s;
        QTest::newRow("date that does not parse") << QStringList{u"event"_s, u"add"_s, u"--case"_s, u"1"_s, u"--at"_s,
                                                                 u"18/04/2021 10:15"_s, u"--channel"_s, u"sms"_s, u"--summary"_s, u"x"_s}
                                                  << u"is not a date and time"_s;
        QTest::newRow("impossible date") << QStringList{u"event"_s, u"add"_s, u"--case"_s, u"1"_s, u"--at"_s,
                                                        u"2021-02-30T10:00+08:00"_s, u"--channel"_s, u"sms"_s, u"--summary"_s, u"x"_s}
                                         << u"is not a date and time"_s;
        QTest::newRow("missing attachment") << QStringList{u"event"_s, u"add"_s, u"--case"_s, u"1"_s, u"--at"_s, at,
                                                           u"--channel"_s, u"sms"_s, u"--summary"_s, u"x"_s, u"--attach"_s,
                                                           u"no-such-screenshot.png"_s}
                                            << u"does not exist"_s;
        QTest::newRow("attach missing file") << QStringList{u"attach"_s, u"--event"_s, u"1"_s, u"no-such-bill.pdf"_s}
                                             << u"does not exist"_s;
        QTest::newRow("unknown case") << QStringList{u"event"_s, u"add"_s, u"--case"_s, u"99"_s, u"--at"_s, at,
                                                     u"--channel"_s, u"sms"_s, u"--summary"_s, u"x"_s}
                                      << u"no case with id 99"_s;
        QTest::newRow("unknown event") << QStringList{u"promise"_s, u"add"_s, u"--event"_s, u"99"_s, u"--text"_s, u"x"_s}
                                       << u"no event with id 99"_s;
        QTest::newRow("unknown promise") << QStringList{u"promise"_s, u"set"_s, u"--id"_s, u"99"_s, u"--kept"_s}
                                         << u"no promise with id 99"_s;
        QTest::newRow("settled by unknown event") << QStringList{u"promise"_s, u"set"_s, u"--id"_s, u"1"_s, u"--kept"_s,
                                                                 u"--settled-by"_s, u"99"_s}
                                                  << u"no event with id 99"_s;
        QTest::newRow("kept and broken") << QStringList{u"promise"_s, u"set"_s, u"--id"_s, u"1"_s, u"--kept"_s, u"--broken"_s}
                                         << u"exactly one of"_s;
        QTest::newRow("id is not a number") << QStringList{u"show"_s, u"--case"_s, u"first"_s} << u"takes a number"_s;
        QTest::newRow("missing summary") << QStringList{u"event"_s, u"add"_s, u"--case"_s, u"1"_s, u"--at"_s, at,
                                                        u"--channel"_s, u"sms"_s}
                                         << u"--summary is required"_s;
        QTest::newRow("bad duration") << QStringList{u"event"_s, u"add"_s, u"--case"_s, u"1"_s, u"--at"_s, at,
                                                     u"--channel"_s, u"phone"_s, u"--duration"_s, u"long"_s, u"--summary"_s, u"x"_s}
                                      << u"--duration takes minutes"_s;
        QTest::newRow("hold longer than the call")
            << QStringList{u"event"_s, u"add"_s, u"--case"_s, u"1"_s, u"--at"_s, at, u"--channel"_s, u"phone"_s,
                           u"--duration"_s, u"10"_s, u"--hold"_s, u"11"_s, u"--summary"_s, u"x"_s}
            << u"cannot be longer than the whole call"_s;
        QTest::newRow("final answer both ways")
            << QStringList{u"event"_s, u"add"_s, u"--case"_s, u"1"_s, u"--at"_s, at, u"--channel"_s, u"letter"_s,
                           u"--final-answer"_s, u"--not-final-answer"_s, u"--summary"_s, u"x"_s}
            << u"cannot both be given"_s;
        QTest::newRow("bad currency") << QStringList{u"case"_s, u"add"_s, u"--title"_s, u"t"_s, u"--company"_s, u"c"_s,
                                                     u"--amount"_s, u"10"_s, u"--currency"_s, u"yuan"_s}
                                      << u"is not a currency code"_s;
        QTest::newRow("bad amount") << QStringList{u"case"_s, u"add"_s, u"--title"_s, u"t"_s, u"--company"_s, u"c"_s,
                                                   u"--amount"_s, u"ten"_s, u"--currency"_s, u"CNY"_s}
                                    << u"is not an amount"_s;
        QTest::newRow("amount without currency") << QStringList{u"case"_s, u"add"_s, u"--title"_s, u"t"_s, u"--company"_s,
                                                                u"c"_s, u"--amount"_s, u"10"_s}
                                                 << u"--amount needs --currency"_s;
        QTest::newRow("bad jurisdiction") << QStringList{u"case"_s, u"add"_s, u"--title"_s, u"t"_s, u"--company"_s, u"c"_s,
                                                         u"--jurisdiction"_s, u"Mars"_s}
                                          << u"--jurisdiction takes one of"_s;
        QTest::newRow("unknown option") << QStringList{u"case"_s, u"list"_s, u"--colour"_s} << u"Unknown option"_s;
        QTest::newRow("unknown verb") << QStringList{u"complain"_s} << u"is not a Plaint command"_s;
        QTest::newRow("verb without action") << QStringList{u"case"_s} << u"needs an action"_s;
        QTest::newRow("verify without target") << QStringList{u"verify"_s} << u"say what to check"_s;
        QTest::newRow("empty search") << QStringList{u"search"_s, u"--case"_s, u"1"_s, u" "_s} << u"Type something"_s;
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString library = dir.filePath(u"bad.plaint"_s);
        QCOMPARE(plaint({u"case"_s, u"add"_s, u"--title"_s, u"T"_s, u"--company"_s, u"C"_s}, library).exitCode, 0);
        QCOMPARE(plaint({u"event"_s, u"add"_s, u"--case"_s, u"1"_s, u"--at"_s, u"2021-04-18T10:15+08:00"_s, u"--channel"_s,
                         u"phone"_s, u"--summary"_s, u"First call"_s}, library).exitCode, 0);
        QCOMPARE(plaint({u"promise"_s, u"add"_s, u"--event"_s, u"1"_s, u"--text"_s, u"Call back"_s}, library).exitCode, 0);
        const QString before = snapshot(library);

        const Run r = plaint(args, library);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(snapshot(library), before);
    }

    void unusableLibrary_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("text file") << u"these are my notes, not a database"_s << u"not a Plaint library"_s;
        QTest::newRow("folder") << QString() << u"is a folder"_s;
    }

    void unusableLibrary()
    {
        QFETCH(QString, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QString path = dir.filePath(u"notes.txt"_s);
        if (content.isNull()) {
            path = dir.path();
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content.toUtf8());
        }
        for (const QStringList &args : {QStringList{u"case"_s, u"list"_s},
                                        QStringList{u"case"_s, u"add"_s, u"--title"_s, u"t"_s, u"--company"_s, u"c"_s},
                                        QStringList{u"verify"_s, u"--library"_s}}) {
            const Run r = plaint(args, path);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
        }
        if (!content.isNull()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(QString::fromUtf8(file.readAll()), content);
            QVERIFY(!QFile::exists(path + u"-wal"_s));
        }
    }

    void failedCommandCreatesNoLibrary()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"never.plaint"_s);
        Run r = plaint({u"event"_s, u"add"_s, u"--case"_s, u"1"_s, u"--at"_s, u"2021-04-18T10:15+08:00"_s, u"--channel"_s,
                        u"sms"_s, u"--summary"_s, u"x"_s}, library);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"no library"_s));
        r = plaint({u"case"_s, u"list"_s}, library);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QFile::exists(library));
        r = plaint({u"case"_s, u"add"_s, u"--title"_s, u"t"_s, u"--company"_s, u"c"_s}, dir.filePath(u"missing/dir/lib.plaint"_s));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"does not exist"_s));
    }

    // With no desktop session there is no window to open: `plaint` alone
    // prints the overview and where the library lives; --help does anywhere.
    void noVerbWithoutDisplayPrintsHelpAndLibraryPath_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no arguments, no display") << QStringList{};
        QTest::newRow("--help") << QStringList{u"--help"_s};
    }

    void noVerbWithoutDisplayPrintsHelpAndLibraryPath()
    {
        QFETCH(QStringList, args);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            env.remove(name);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PLAINT_BINARY), args);
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY(out.contains(u"case add"_s));
        QVERIFY2(out.contains(m_dir.filePath(u"xdg/plaint/library.plaint"_s)), qPrintable(out));
    }

    // README documents these keys; scripts depend on them.
    void jsonKeysAreStable()
    {
        const Run r = plaint({u"show"_s, u"--case"_s, u"1"_s, u"--json"_s});
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.keys(), (QStringList{u"agents"_s, u"case"_s, u"events"_s, u"journal_head"_s}));
        QCOMPARE(shown.value(u"case"_s).toObject().keys(),
                 (QStringList{u"account"_s, u"amount"_s, u"company"_s, u"created"_s, u"desired_outcome"_s, u"id"_s,
                              u"jurisdiction"_s, u"revision"_s, u"status"_s, u"title"_s, u"trashed"_s, u"updated"_s}));
        const QJsonObject event = shown.value(u"events"_s).toArray().first().toObject();
        QCOMPARE(event.keys(),
                 (QStringList{u"agent_code"_s, u"agent_id"_s, u"agent_name"_s, u"at"_s, u"attachments"_s, u"case_id"_s,
                              u"channel"_s, u"created"_s, u"direction"_s, u"duration_seconds"_s, u"hold_seconds"_s, u"id"_s,
                              u"outcome"_s, u"promises"_s, u"quotes"_s, u"reference"_s, u"revision"_s, u"summary"_s, u"trashed"_s,
                              u"updated"_s, u"utc_offset_seconds"_s}));
        QCOMPARE(event.value(u"promises"_s).toArray().first().toObject().keys(),
                 (QStringList{u"agent_code"_s, u"agent_id"_s, u"created"_s, u"due"_s, u"event_id"_s, u"id"_s,
                              u"overdue"_s, u"revision"_s, u"settled_by_event_id"_s, u"status"_s, u"text"_s,
                              u"trashed"_s, u"updated"_s}));
        QCOMPARE(event.value(u"attachments"_s).toArray().first().toObject().keys(),
                 (QStringList{u"added"_s, u"event_id"_s, u"file_name"_s, u"id"_s, u"mime_type"_s, u"sha256"_s,
                              u"size"_s, u"trashed"_s}));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
