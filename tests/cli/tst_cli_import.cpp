// `plaint import` end to end: the real binary on the sample files, as a
// user's script would run it. Bad input exits 2 with one line and writes nothing.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "plaintrunner.h"

using namespace Qt::StringLiterals;
using plaint::test::PlaintRunner;
using plaint::test::Run;

namespace {
const QString kData = QStringLiteral(PLAINT_TEST_DATA "/import");
}

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
