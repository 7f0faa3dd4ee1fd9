#include "library.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace plaint;
using namespace plaint::test;

// Laptops run out of battery and processes get killed. Whatever Plaint told
// the user was saved must still be there afterwards, and the library must
// still verify: no torn transaction, no broken journal, no half-stored evidence.
class TestDurability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void survivesBeingKilled();
};

void TestDurability::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDurability::survivesBeingKilled()
{
    const bool sanitized = qEnvironmentVariableIsSet("PLAINT_SANITIZED");
    const int iterations = sanitized ? 8 : 25;
    const quint32 seed = qEnvironmentVariableIsSet("PLAINT_DURABILITY_SEED")
        ? quint32(qEnvironmentVariableIntValue("PLAINT_DURABILITY_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("durability seed: %u (rerun with PLAINT_DURABILITY_SEED=%u)", seed, seed);
    QRandomGenerator random(seed);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"durability.plaint"_s);
    QSet<qint64> reported;
    QElapsedTimer clock;
    clock.start();

    for (int run = 0; run < iterations; ++run) {
        QProcess writer;
        writer.setProgram(QStringLiteral(PLAINT_KILLWRITER));
        writer.setArguments({path, QString::number(qint64(run) * 1000000), QString::number(random.generate())});
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start();
        QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));
        const int delayMs = 20 + int(random.bounded(381));
        QThread::msleep(ulong(delayMs));
        writer.kill(); // SIGKILL: no destructor, no checkpoint, no flush
        QVERIFY(writer.waitForFinished(10000));
        const QString errors = QString::fromUtf8(writer.readAllStandardError());
        QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
                 qPrintable(u"run %1: the writer stopped by itself: %2"_s.arg(run).arg(errors)));

        int doneThisRun = 0;
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("done ")) {
                reported.insert(line.mid(5).toLongLong());
                ++doneThisRun;
            }
        }

        {
            RawConnection raw(path);
            QVERIFY(raw.isOpen());
            QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        }
        auto library = openLibrary(path);
        QVERIFY2(library, qPrintable(u"run %1 (killed after %2 ms): the library does not open"_s.arg(run).arg(delayMs)));
        const Library::Check check = library->verify(true);
        QVERIFY2(check.ok, qPrintable(u"run %1 (killed after %2 ms): %3"_s.arg(run).arg(delayMs)
                                          .arg(check.problems.join(u'\n'))));

        // Every action the writer reported done is there, exactly once.
        QHash<QString, int> summaries;
        {
            RawConnection raw(path);
            QSqlQuery q(raw.db());
            QVERIFY(q.exec(u"SELECT summary FROM events"_s));
            while (q.next())
                ++summaries[q.value(0).toString()];
        }
        for (qint64 n : std::as_const(reported)) {
            const QString summary = u"action %1"_s.arg(n);
            QVERIFY2(summaries.value(summary) == 1,
                     qPrintable(u"run %1 (killed after %2 ms): \"%3\" was reported done but is stored %4 times"_s
                                    .arg(run).arg(delayMs).arg(summary).arg(summaries.value(summary))));
        }
        for (auto it = summaries.cbegin(); it != summaries.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        qInfo("run %d: killed after %d ms, %d actions reported done, %lld journal entries", run, delayMs,
              doneThisRun, check.journalEntries);
    }
    QVERIFY2(reported.size() >= iterations, "the writer hardly got anything done; the test proves little");
    qInfo("%lld actions across %d kills in %lld ms", qint64(reported.size()), iterations, clock.elapsed());
}

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
