#include "cli.h"
#include "plaintrunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint::test;

// plaint case export / case import, and `plaint FILE.plaint` as a file
// manager runs it, through the real binary.
class TestCliCaseFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;
    qint64 m_caseId = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    Run plaint(const QStringList &args, const QString &library = {}) const
    {
        return PlaintRunner(m_dir.path(), m_library).run(args, library);
    }
    QJsonObject json(const Run &run) const { return QJsonDocument::fromJson(run.out.toUtf8()).object(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = path(u"library.plaint"_s);
        const PlaintRunner runner(m_dir.path(), m_library);
        m_caseId = runner.addedId(
            {u"case"_s, u"add"_s, u"--title"_s, u"宽带提速没兑现"_s, u"--company"_s, u"Example Telecom"_s});
        QVERIFY(m_caseId > 0);
        QFile evidence(path(u"bill.txt"_s));
        QVERIFY(evidence.open(QIODevice::WriteOnly));
        evidence.write("Bill for March: 189.00 CNY");
        evidence.close();
        const qint64 eventId = runner.addedId({u"event"_s, u"add"_s, u"--case"_s, QString::number(m_caseId), u"--at"_s,
            u"2021-04-18T10:15+08:00"_s, u"--channel"_s, u"phone"_s, u"--agent"_s, u"4417"_s, u"--summary"_s,
            u"客服承诺三天内回电"_s, u"--attach"_s, path(u"bill.txt"_s)});
        QVERIFY(eventId > 0);
        QVERIFY(runner.addedId({u"promise"_s, u"add"_s, u"--event"_s, QString::number(eventId), u"--text"_s,
                    u"三个工作日内回电"_s, u"--due"_s, u"2021-04-21T18:00+08:00"_s})
            > 0);
    }

    void exportImportRoundTrip()
    {
        const Run exported = plaint({u"case"_s, u"export"_s, u"--case"_s, QString::number(m_caseId), u"-o"_s,
            path(u"handover.plaint"_s), u"--json"_s});
        QCOMPARE(exported.exitCode, 0);
        const QJsonObject e = json(exported);
        QCOMPARE(e.value(u"events"_s).toInteger(), 1);
        QCOMPARE(e.value(u"promises"_s).toInteger(), 1);
        QCOMPARE(e.value(u"attachments"_s).toInteger(), 1);
        QCOMPARE(e.value(u"file"_s).toString(), path(u"handover.plaint"_s));
        const QString head = e.value(u"journal_head"_s).toString();
        QCOMPARE(head.size(), 64);

        // The case file is a library of its own, and verifies as one.
        const Run verified = plaint({u"verify"_s, u"--library"_s, u"--json"_s}, path(u"handover.plaint"_s));
        QCOMPARE(verified.exitCode, 0);
        QCOMPARE(json(verified).value(u"journal_head"_s).toString(), head);

        const Run imported = plaint({u"case"_s, u"import"_s, path(u"handover.plaint"_s)}, path(u"lawyer.plaint"_s));
        QCOMPARE(imported.exitCode, 0);
        const QString newId = imported.out.trimmed();
        QCOMPARE(newId, u"1"_s);
        // The person importing is shown the head to compare with the sender's; scripts still read the id.
        QVERIFY2(imported.err.contains(u"Journal head of the case file: %1"_s.arg(head)), qPrintable(imported.err));
        const Run shown = plaint({u"show"_s, u"--case"_s, newId}, path(u"lawyer.plaint"_s));
        QVERIFY(shown.out.contains(u"客服承诺三天内回电"_s));
        QVERIFY(shown.out.contains(u"三个工作日内回电"_s));
        QCOMPARE(plaint({u"verify"_s, u"--library"_s}, path(u"lawyer.plaint"_s)).exitCode, 0);

        // Evidence arrives byte for byte.
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash("Bill for March: 189.00 CNY", QCryptographicHash::Sha256).toHex());
        QCOMPARE(plaint({u"evidence"_s, u"save"_s, u"--sha"_s, sha, u"-o"_s, path(u"bill-again.txt"_s)},
                     path(u"lawyer.plaint"_s))
                     .exitCode,
            0);
        QFile again(path(u"bill-again.txt"_s));
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("Bill for March: 189.00 CNY"));

        // A second import is refused; --as-copy adds it again under another title.
        const Run twice = plaint({u"case"_s, u"import"_s, path(u"handover.plaint"_s)}, path(u"lawyer.plaint"_s));
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains(u"already in the library as case 1"_s), qPrintable(twice.err));
        const Run copy = plaint({u"case"_s, u"import"_s, path(u"handover.plaint"_s), u"--as-copy"_s, u"--json"_s},
            path(u"lawyer.plaint"_s));
        QCOMPARE(copy.exitCode, 0);
        QCOMPARE(json(copy).value(u"title"_s).toString(), u"宽带提速没兑现 (imported 2)"_s);
        QCOMPARE(json(copy).value(u"case_id"_s).toInteger(), 2);
    }

    void tamperedFileIsRefused()
    {
        QVERIFY(plaint({u"case"_s, u"export"_s, u"--case"_s, QString::number(m_caseId), u"-o"_s,
                           path(u"tampered.plaint"_s)})
                    .exitCode
            == 0);
        QFile file(path(u"tampered.plaint"_s));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const qsizetype at = bytes.indexOf("189.00 CNY");
        QVERIFY(at > 0);
        bytes.replace(at, 6, "918.00");
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();

        const Run imported = plaint({u"case"_s, u"import"_s, path(u"tampered.plaint"_s)}, path(u"victim.plaint"_s));
        QCOMPARE(imported.exitCode, 2);
        QVERIFY2(imported.err.contains(u"does not match its hash"_s), qPrintable(imported.err));
        QCOMPARE(plaint({u"case"_s, u"list"_s, u"--json"_s}, path(u"victim.plaint"_s)).out.count(u"\"id\""_s), 0);
        QCOMPARE(plaint({u"verify"_s, u"--library"_s}, path(u"tampered.plaint"_s)).exitCode, 1);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("export without case")
            << QStringList {u"case"_s, u"export"_s, u"-o"_s, u"x.plaint"_s} << u"--case"_s;
        QTest::newRow("export without file")
            << QStringList {u"case"_s, u"export"_s, u"--case"_s, u"1"_s} << u"--output"_s;
        QTest::newRow("export unknown case")
            << QStringList {u"case"_s, u"export"_s, u"--case"_s, u"99"_s, u"-o"_s, u"x.plaint"_s} << u"99"_s;
        QTest::newRow("import nothing") << QStringList {u"case"_s, u"import"_s} << u"case file"_s;
        QTest::newRow("import missing file")
            << QStringList {u"case"_s, u"import"_s, u"nowhere.plaint"_s} << u"nowhere.plaint"_s;
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run run = plaint(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(!QFile::exists(path(u"x.plaint"_s)));
    }

    // Which arguments open the window: a verb never does; an existing file alone does, whatever its name.
    void fileAloneOpensTheWindow()
    {
        QFile file(path(u"renamed.db"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QFile verbNamed(path(u"show"_s));
        QVERIFY(verbNamed.open(QIODevice::WriteOnly));
        verbNamed.close();
        QDir::setCurrent(m_dir.path());
        using plaint::cli::fileFrom;
        using plaint::cli::wantsCommandLine;
        QCOMPARE(fileFrom({u"plaint"_s, path(u"renamed.db"_s)}), path(u"renamed.db"_s));
        QVERIFY(!wantsCommandLine({u"plaint"_s, path(u"renamed.db"_s)}));
        QVERIFY(!wantsCommandLine({u"plaint"_s, u"--library"_s, m_library, u"renamed.db"_s}));
        QCOMPARE(fileFrom({u"plaint"_s, u"renamed.db"_s}), path(u"renamed.db"_s));
        QVERIFY(!wantsCommandLine({u"plaint"_s}));
        QVERIFY(wantsCommandLine({u"plaint"_s, path(u"missing.db"_s)}));
        QVERIFY(wantsCommandLine({u"plaint"_s, u"show"_s})); // a verb, though a file is called that
        QVERIFY(fileFrom({u"plaint"_s, u"show"_s}).isEmpty());
        QVERIFY(wantsCommandLine({u"plaint"_s, path(u"renamed.db"_s), u"extra"_s}));
        QVERIFY(wantsCommandLine({u"plaint"_s, u"--version"_s}));
    }

    // `plaint FILE` with no desktop: decided by what the file holds.
    void fileAloneWithoutADisplay_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::addColumn<int>("casesAfter"); // in the library named by --library
        QTest::newRow("renamed case file") << u"renamed-case.db"_s << 0 << u"Journal head of the case file"_s << 1;
        QTest::newRow("another library") << u"two-cases.plaint"_s << 2 << u"not a case file but a Plaint library"_s << 0;
        QTest::newRow("the library itself") << u"self"_s << 0 << QString() << 0;
        QTest::newRow("not Plaint's") << u"notes.txt"_s << 2 << u"not a Plaint case file"_s << 0;
    }

    void fileAloneWithoutADisplay()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        QFETCH(int, casesAfter);
        const QString target = path(u"without-display-%1.plaint"_s.arg(QString::fromLatin1(QTest::currentDataTag())
                                                                           .replace(u' ', u'-')));
        QVERIFY(plaint({u"case"_s, u"add"_s, u"--title"_s, u"x"_s, u"--company"_s, u"y"_s}, target).exitCode == 0);
        QVERIFY(plaint({u"case"_s, u"trash"_s, u"--id"_s, u"1"_s}, target).exitCode == 0);
        QString handed = path(file);
        if (file == u"renamed-case.db") {
            QVERIFY(plaint({u"case"_s, u"export"_s, u"--case"_s, QString::number(m_caseId), u"-o"_s, handed})
                        .exitCode
                == 0);
        } else if (file == u"two-cases.plaint") {
            for (const QString &title : {u"one"_s, u"two"_s})
                QVERIFY(plaint({u"case"_s, u"add"_s, u"--title"_s, title, u"--company"_s, u"z"_s}, handed).exitCode == 0);
        } else if (file == u"self") {
            handed = target;
        } else if (file == u"notes.txt") {
            QFile notes(handed);
            QVERIFY(notes.open(QIODevice::WriteOnly));
            notes.write("not a database");
        }
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            env.remove(name);
        env.insert(u"XDG_DATA_HOME"_s, path(u"xdg"_s));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PLAINT_BINARY), {u"--library"_s, target, handed});
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), exitCode);
        if (!says.isEmpty())
            QVERIFY2(err.contains(says), qPrintable(err));
        // One trashed case was there before; what was imported comes on top.
        const QJsonObject list = json(plaint({u"case"_s, u"list"_s, u"--json"_s}, target));
        QCOMPARE(list.value(u"cases"_s).toArray().size(), casesAfter);
    }

    // What a file manager runs on a double-click with no desktop at hand: the case is imported.
    void caseFileAloneIsImported()
    {
        QVERIFY(
            plaint({u"case"_s, u"export"_s, u"--case"_s, QString::number(m_caseId), u"-o"_s, path(u"opened.plaint"_s)})
                .exitCode
            == 0);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            env.remove(name);
        env.insert(u"XDG_DATA_HOME"_s, path(u"xdg"_s));
        process.setProcessEnvironment(env);
        process.start(
            QStringLiteral(PLAINT_BINARY), {u"--library"_s, path(u"double-click.plaint"_s), path(u"opened.plaint"_s)});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(), u"1"_s);
        QCOMPARE(plaint({u"verify"_s, u"--library"_s}, path(u"double-click.plaint"_s)).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliCaseFile)
#include "tst_cli_casefile.moc"
