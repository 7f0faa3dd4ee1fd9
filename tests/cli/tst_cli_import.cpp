// `plaint import` end to end: the real binary on the sample files, as a
// user's script would run it. Bad input exits 2 with one line and writes nothing.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStringEncoder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "plaintrunner.h"

#include <csignal>

using namespace Qt::StringLiterals;
using plaint::test::PlaintRunner;
using plaint::test::Run;

namespace {
const QString kData = QStringLiteral(PLAINT_TEST_DATA "/import");

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray sms(const QByteArray &address, qint64 ms, const QByteArray &type, const QByteArray &body)
{
    return "  <sms protocol=\"0\" address=\"" + address + "\" date=\"" + QByteArray::number(ms) + "\" type=\"" + type
        + "\" subject=\"null\" body=\"" + body + "\" read=\"1\" status=\"-1\" />\n";
}

QByteArray backup(const QByteArray &rows)
{
    return "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"0\">\n" + rows + "</smses>\n";
}
} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;

    Run plaint(const QStringList &args) { return PlaintRunner(m_dir.path(), m_library).run(args); }
    QString state()
    {
        return plaint({u"show"_s, u"--case"_s, u"1"_s, u"--json"_s}).out
            + plaint({u"verify"_s, u"--library"_s, u"--json"_s}).out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"library.plaint"_s);
        QCOMPARE(PlaintRunner(m_dir.path(), m_library)
                     .addedId({u"case"_s, u"add"_s, u"--title"_s, u"宽带退订"_s, u"--company"_s, u"中国移动"_s}),
                 1);
    }

    void smsTwiceAddsOnce()
    {
        const QStringList args{u"import"_s, u"sms"_s, kData + u"/sms-sample.xml"_s, u"--case"_s, u"1"_s,
                               u"--numbers"_s, u"10086,+86 10010"_s};
        Run r = plaint(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.contains(u"+ #1 2021-03-18 10:15 UTC+08:00  SMS from 10086:"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"draft"_s));
        QVERIFY(r.out.contains(u"4 events added with 1 piece(s) of evidence; 0 already in the case; 2 skipped."_s));
        const QString before = state();
        r = plaint(args + QStringList{u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"added"_s).toArray().size(), 0);
        QCOMPARE(o.value(u"already_there"_s).toArray().size(), 4);
        QCOMPARE(o.value(u"skipped"_s).toArray().size(), 2);
        QCOMPARE(state(), before);
    }

    void callsDryRun()
    {
        const QString before = state();
        Run r = plaint({u"import"_s, u"calls"_s, kData + u"/calls-sample.xml"_s, u"--case"_s, u"1"_s, u"--numbers"_s,
                        u"10086"_s, u"--dry-run"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o.value(u"dry_run"_s).toBool());
        QCOMPARE(o.value(u"added"_s).toArray().size(), 4);
        QVERIFY(!o.value(u"added"_s).toArray().first().toObject().contains(u"id"_s));
        QCOMPARE(state(), before);
    }

    void everyKind_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("email") << QStringList{u"email"_s, kData + u"/operator-reply.eml"_s, kData + u"/mailbox.mbox"_s}
                               << u"3 events added with 5 piece(s) of evidence"_s;
        QTest::newRow("text") << QStringList{u"text"_s, kData + u"/chat-gb18030.txt"_s}
                              << u"5 events added with 0 piece(s) of evidence"_s;
        QTest::newRow("photos") << QStringList{u"photos"_s, kData + u"/IMG_20210318_101523.jpg"_s}
                                << u"time from the picture's EXIF data"_s;
    }

    void everyKind()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        Run r = plaint(QStringList{u"import"_s} + args + QStringList{u"--case"_s, u"1"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString sms = kData + u"/sms-sample.xml"_s;
        QTest::newRow("unknown kind") << QStringList{u"import"_s, u"fax"_s, sms, u"--case"_s, u"1"_s} << u"fax"_s;
        QTest::newRow("no kind") << QStringList{u"import"_s, u"--case"_s, u"1"_s} << u"needs an action"_s;
        QTest::newRow("no numbers") << QStringList{u"import"_s, u"sms"_s, sms, u"--case"_s, u"1"_s} << u"--numbers"_s;
        QTest::newRow("no case") << QStringList{u"import"_s, u"sms"_s, sms, u"--numbers"_s, u"10086"_s} << u"case"_s;
        QTest::newRow("no such case") << QStringList{u"import"_s, u"sms"_s, sms, u"--case"_s, u"9"_s, u"--numbers"_s, u"10086"_s}
                                      << u"no case with id 9"_s;
        QTest::newRow("missing file") << QStringList{u"import"_s, u"calls"_s, u"/nonexistent.xml"_s, u"--case"_s, u"1"_s,
                                                     u"--numbers"_s, u"10086"_s}
                                      << u"does not exist"_s;
        QTest::newRow("wrong kind of backup") << QStringList{u"import"_s, u"calls"_s, sms, u"--case"_s, u"1"_s,
                                                             u"--numbers"_s, u"10086"_s}
                                              << u"import sms"_s;
        QTest::newRow("not a mail") << QStringList{u"import"_s, u"email"_s, kData + u"/README.md"_s, u"--case"_s, u"1"_s}
                                    << u"not an e-mail"_s;
        QTest::newRow("text without times") << QStringList{u"import"_s, u"text"_s, kData + u"/README.md"_s, u"--case"_s, u"1"_s}
                                            << u"No dated messages"_s;
        QTest::newRow("bad encoding name") << QStringList{u"import"_s, u"text"_s, kData + u"/chat-gb18030.txt"_s,
                                                          u"--case"_s, u"1"_s, u"--encoding"_s, u"klingon"_s}
                                           << u"klingon"_s;
        QTest::newRow("bad channel") << QStringList{u"import"_s, u"text"_s, kData + u"/chat-gb18030.txt"_s, u"--case"_s,
                                                    u"1"_s, u"--channel"_s, u"pigeon"_s}
                                     << u"--channel"_s;
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString before = state();
        Run r = plaint(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(state(), before);
    }

    void textTooLargeIsRefused()
    {
        QFile big(m_dir.filePath(u"big.txt"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(17LL * 1024 * 1024));
        big.close();
        const QString before = state();
        Run r = plaint({u"import"_s, u"text"_s, big.fileName(), u"--case"_s, u"1"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"too large"_s), qPrintable(r.err));
        QCOMPARE(state(), before);
    }

    void secondImportAddsNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("count");
        QTest::newRow("calls") << QStringList{u"calls"_s, kData + u"/calls-sample.xml"_s, u"--numbers"_s, u"10086"_s} << 4;
        QTest::newRow("text") << QStringList{u"text"_s, kData + u"/chat-gb18030.txt"_s} << 5;
        QTest::newRow("photos") << QStringList{u"photos"_s, kData + u"/IMG_20210318_101523.jpg"_s} << 1;
        QTest::newRow("public SMS alerts")
            << QStringList{u"sms"_s, kData + u"/public/beach-flags-31279.xml"_s, u"--numbers"_s, u"31279"_s} << 6;
    }

    void secondImportAddsNothing()
    {
        // A case of its own, so the first import adds everything.
        QFETCH(QStringList, args);
        QFETCH(int, count);
        const qint64 caseId = PlaintRunner(m_dir.path(), m_library)
                                  .addedId({u"case"_s, u"add"_s, u"--title"_s, QString::fromLatin1(QTest::currentDataTag()),
                                            u"--company"_s, u"x"_s});
        QVERIFY(caseId > 0);
        const QStringList full = QStringList{u"import"_s} + args + QStringList{u"--case"_s, QString::number(caseId), u"--json"_s};
        Run r = plaint(full);
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"added"_s).toArray().size(), count);
        const QString before = plaint({u"show"_s, u"--case"_s, QString::number(caseId), u"--json"_s}).out
            + plaint({u"verify"_s, u"--library"_s, u"--json"_s}).out;
        r = plaint(full);
        QCOMPARE(r.exitCode, 0);
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"added"_s).toArray().size(), 0);
        QCOMPARE(o.value(u"already_there"_s).toArray().size(), count);
        QCOMPARE(o.value(u"repeated"_s).toArray().size(), 0);
        QCOMPARE(plaint({u"show"_s, u"--case"_s, QString::number(caseId), u"--json"_s}).out
                     + plaint({u"verify"_s, u"--library"_s, u"--json"_s}).out,
                 before);
    }

    void twiceInOneFile()
    {
        // The same message twice in one backup is taken once; a dry run
        // does not call it "already in the case", which it is not.
        const QString path = m_dir.filePath(u"twice.xml"_s);
        const QByteArray row = sms("10086", 1616033723000, "1", "您的工单GD20210318001已受理");
        writeFile(path, backup(row + row + sms("10086", 1616033800000, "1", "第二条")));
        const QString before = state();
        for (const bool dryRun : {true, false}) {
            QStringList args{u"import"_s, u"sms"_s, path, u"--case"_s, u"1"_s, u"--numbers"_s, u"10086"_s};
            if (dryRun)
                args << u"--dry-run"_s;
            Run r = plaint(args);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(u"(twice in this file)"_s), qPrintable(r.out));
            QVERIFY2(!r.out.contains(u"(already in the case)"_s), qPrintable(r.out));
            QVERIFY2(r.out.contains(u"1 item appeared twice and was taken once."_s), qPrintable(r.out));
            QVERIFY(r.out.contains(dryRun ? u"Dry run: 2 events would be added"_s : u"2 events added"_s));
            if (dryRun)
                QCOMPARE(state(), before);
        }
        // Now the case holds it: a second run says so, for both copies.
        Run r = plaint({u"import"_s, u"sms"_s, path, u"--case"_s, u"1"_s, u"--numbers"_s, u"10086"_s, u"--json"_s});
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"already_there"_s).toArray().size(), 3);
        QCOMPARE(o.value(u"repeated"_s).toArray().size(), 0);
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("expected");
        const QString zh = u"2021-03-18 10:15 客服: 您好，您的宽带退订申请已受理，工号23338。"_s;
        const QString second = u"2021-03-18 10:16 我: 请尽快退费，受理单号是多少？"_s;
        const QByteArray gbk = QStringEncoder("GBK")(zh + u'\n' + second + u'\n');
        QTest::newRow("UTF-8 and GBK lines") << zh.toUtf8() + "\n" + QByteArray(QStringEncoder("GBK")(second)) + "\n"
                                             << QStringList() << 0
                                             << QStringList{u"! mixed.txt: The file mixes text encodings"_s,
                                                            u"2 events added"_s, u"1 warning: see the lines marked !."_s};
        QTest::newRow("GBK named Big5") << gbk << QStringList{u"--encoding"_s, u"big5"_s} << 2
                                        << QStringList{u"mixed.txt cannot be read as text"_s, u"does not read as Big5"_s,
                                                       u"--encoding GB18030"_s};
        QTest::newRow("GBK named UTF-8") << gbk << QStringList{u"--encoding"_s, u"utf-8"_s} << 2
                                         << QStringList{u"not valid UTF-8"_s, u"line 1"_s, u"--encoding GB18030"_s};
        QTest::newRow("GBK named GBK") << gbk << QStringList{u"--encoding"_s, u"gbk"_s} << 0
                                       << QStringList{u"2 events added"_s};
        QTest::newRow("bytes in no encoding") << QByteArray("2021-03-18 10:15 a: \x80\xFF\x80\xFF\x81\x20\n") << QStringList()
                                              << 2 << QStringList{u"none of the encodings"_s, u"--encoding"_s};
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QStringList, expected);
        const qint64 caseId = PlaintRunner(m_dir.path(), m_library)
                                  .addedId({u"case"_s, u"add"_s, u"--title"_s, QString::fromLatin1(QTest::currentDataTag()),
                                            u"--company"_s, u"x"_s});
        const QString path = m_dir.filePath(u"mixed.txt"_s);
        writeFile(path, bytes);
        const QString before = state();
        Run r = plaint(QStringList{u"import"_s, u"text"_s, path, u"--case"_s, QString::number(caseId)} + options);
        QCOMPARE(r.exitCode, exitCode);
        const QString said = exitCode == 0 ? r.out : r.err;
        for (const QString &part : expected)
            QVERIFY2(said.contains(part), qPrintable(said));
        if (exitCode != 0) {
            QCOMPARE(r.err.count(u'\n'), 1);
            QCOMPARE(state(), before);
        }
    }

    void copiedOn()
    {
        const QString path = m_dir.filePath(u"yesterday.txt"_s);
        writeFile(path, u"昨天 10:25 客服: 已受理，工号23338\n今天 09:00 客服: 已办结\n"_s.toUtf8());
        // Without the day it was copied, nothing can be dated: said, not guessed.
        Run r = plaint({u"import"_s, u"text"_s, path, u"--case"_s, u"1"_s, u"--dry-run"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"which day the text was copied"_s), qPrintable(r.err));
        r = plaint({u"import"_s, u"text"_s, path, u"--case"_s, u"1"_s, u"--dry-run"_s, u"--copied"_s, u"2021-03-19"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"+ 2021-03-18 10:25 UTC+08:00  客服: 已受理，工号23338"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"+ 2021-03-19 09:00 UTC+08:00  客服: 已办结"_s));
        r = plaint({u"import"_s, u"text"_s, path, u"--case"_s, u"1"_s, u"--copied"_s, u"yesterday"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--copied"_s));
    }

    void promisesOnTheCasesCalendar()
    {
        // A Chinese case: "3个工作日内" said on 30 September 2026 is due after National Day.
        const qint64 caseId = PlaintRunner(m_dir.path(), m_library)
                                  .addedId({u"case"_s, u"add"_s, u"--title"_s, u"退费"_s, u"--company"_s, u"中国移动"_s,
                                            u"--jurisdiction"_s, u"CN"_s});
        const QString path = m_dir.filePath(u"national-day.xml"_s);
        writeFile(path, backup(sms("10086", QDateTime(QDate(2026, 9, 30), QTime(10, 0), Qt::OffsetFromUTC, 8 * 3600)
                                                .toMSecsSinceEpoch(),
                                   "1", "您好，您的退费申请已受理，我们将在3个工作日内为您办理。【中国移动】")));
        Run r = plaint({u"import"_s, u"sms"_s, path, u"--case"_s, QString::number(caseId), u"--numbers"_s, u"10086"_s,
                        u"--promises"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"1 promise found"_s), qPrintable(r.out));
        r = plaint({u"promises"_s, u"--case"_s, QString::number(caseId), u"--json"_s});
        const QJsonArray promises = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"promises"_s).toArray();
        QCOMPARE(promises.size(), 1);
        QVERIFY2(promises.at(0).toObject().value(u"due"_s).toString().startsWith(u"2026-10-10"_s), qPrintable(r.out));
    }

    void interruptLeavesNoTrace()
    {
        // A backup large enough to take many seconds; Ctrl+C after one.
        const QString path = m_dir.filePath(u"large.xml"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"200000\">\n");
            for (int i = 0; i < 200000; ++i)
                file.write(sms("10086", 1577836800000LL + qint64(i) * 60000, i % 3 == 0 ? "2" : "1",
                               "尊敬的客户，您的第" + QByteArray::number(i) + "号业务已受理，客服工号23338将在48小时内处理。"));
            file.write("</smses>\n");
        }
        const QString before = state();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
        env.insert(u"TZ"_s, u"Asia/Shanghai"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PLAINT_BINARY), {u"--library"_s, m_library, u"import"_s, u"sms"_s, path, u"--case"_s,
                                                      u"1"_s, u"--numbers"_s, u"10086"_s});
        QVERIFY(process.waitForStarted());
        QTest::qWait(1500);
        QCOMPARE(process.state(), QProcess::Running); // still importing
        QElapsedTimer stopping;
        stopping.start();
        QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
        QVERIFY(process.waitForFinished(30000));
        qInfo("stopped %lld ms after Ctrl+C", stopping.elapsed());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(u"cancelled; nothing was added"_s), qPrintable(err));
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QCOMPARE(state(), before);
        Run verify = plaint({u"verify"_s, u"--library"_s});
        QCOMPARE(verify.exitCode, 0);
    }

    void progressOnATerminal()
    {
        // Under a terminal (script gives it one) a long import shows how far it is, on stderr;
        // --json never does.
        const QString path = m_dir.filePath(u"progress.xml"_s);
        QByteArray rows;
        for (int i = 0; i < 3000; ++i)
            rows += sms("10086", 1580000000000LL + qint64(i) * 60000, "1", "进度 " + QByteArray::number(i));
        writeFile(path, backup(rows));
        auto underTerminal = [&](const QString &extra) {
            QProcess script;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
            env.insert(u"TZ"_s, u"Asia/Shanghai"_s);
            script.setProcessEnvironment(env);
            const QString command = u"'%1' --library '%2' import sms '%3' --case 1 --numbers 10086 --dry-run %4 >/dev/null"_s
                                        .arg(QStringLiteral(PLAINT_BINARY), m_library, path, extra);
            script.start(u"script"_s, {u"-qec"_s, command, u"/dev/null"_s});
            if (!script.waitForFinished(60000))
                return QString();
            return QString::fromUtf8(script.readAllStandardOutput());
        };
        const QString shown = underTerminal({});
        QVERIFY2(shown.contains(u"Importing… "_s), qPrintable(shown));
        QVERIFY(shown.contains(u"\r"_s));
        QVERIFY(!underTerminal(u"--json"_s).contains(u"Importing"_s));
        // Not a terminal: nothing on stderr.
        Run r = plaint({u"import"_s, u"sms"_s, path, u"--case"_s, u"1"_s, u"--numbers"_s, u"10086"_s, u"--dry-run"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
    }

    void truncatedBackupChangesNothing()
    {
        QFile sample(kData + u"/sms-sample.xml"_s);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray bytes = sample.readAll();
        const QString cut = m_dir.filePath(u"cut.xml"_s);
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() - 40));
        out.close();
        // A good file first on the command line: the damaged one after it still cancels both.
        const QString before = state();
        Run r = plaint({u"import"_s, u"calls"_s, kData + u"/calls-sample.xml"_s, cut, u"--case"_s, u"1"_s,
                        u"--numbers"_s, u"10086"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"cut.xml"_s), qPrintable(r.err));
        r = plaint({u"import"_s, u"sms"_s, cut, u"--case"_s, u"1"_s, u"--numbers"_s, u"10086"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"cut off"_s), qPrintable(r.err));
        QCOMPARE(state(), before);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
