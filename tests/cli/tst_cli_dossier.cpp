// `plaint export` and `plaint verify FILE`, run as a user's script would:
// every bad argument is one line on stderr, exit code 2, and no file written.

#include "plaintrunner.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint::test;

class TestCliDossier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badArguments_data();
    void badArguments();
    void exportAndVerify();
    void bundleAndVerify();
    void exhibitsNamedFromAFile();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QStringList exportArgs() const
    {
        return {u"export"_s, u"--case"_s, QString::number(m_case), u"--audience"_s, u"regulator"_s, u"--lang"_s, u"en"_s};
    }
    QTemporaryDir m_dir;
    std::unique_ptr<PlaintRunner> m_plaint;
    qint64 m_case = 0;
};

void TestCliDossier::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_plaint = std::make_unique<PlaintRunner>(m_dir.path(), path(u"library.plaint"_s));
    m_case = m_plaint->addedId({u"case"_s, u"add"_s, u"--title"_s, u"Voucher extension"_s, u"--company"_s,
                                u"Bright Mobile"_s, u"--jurisdiction"_s, u"UK"_s});
    QVERIFY(m_case > 0);
    QImage photo(320, 240, QImage::Format_RGB32);
    photo.fill(Qt::darkCyan);
    QVERIFY(photo.save(path(u"counter.jpg"_s), "JPEG", 90));
    const Run added = m_plaint->run({u"event"_s, u"add"_s, u"--case"_s, QString::number(m_case), u"--at"_s,
                                     u"2021-04-06T10:15+01:00"_s, u"--channel"_s, u"phone"_s, u"--agent"_s, u"23338"_s,
                                     u"--summary"_s, u"Agent 23338 said the voucher was extended to 31 May"_s,
                                     u"--attach"_s, path(u"counter.jpg"_s)});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QFile object(path(u"exhibits-object.json"_s));
    QVERIFY(object.open(QIODevice::WriteOnly));
    object.write(R"({"counter.jpg": "a title"})");
    object.close();
    QFile unknown(path(u"exhibits-unknown.json"_s));
    QVERIFY(unknown.open(QIODevice::WriteOnly));
    unknown.write(R"([{"file": "elsewhere.jpg", "title": "a title"}])");
    unknown.close();
}

void TestCliDossier::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    const QStringList base = exportArgs();
    QTest::newRow("no output") << base << u"-o FILE.pdf"_s;
    QTest::newRow("both outputs") << (base + QStringList{u"-o"_s, path(u"a.pdf"_s), u"--bundle"_s, path(u"a.zip"_s)})
                                  << u"either"_s;
    QTest::newRow("audience") << QStringList{u"export"_s, u"--case"_s, QString::number(m_case), u"--audience"_s,
                                             u"judge"_s, u"--lang"_s, u"en"_s, u"-o"_s, path(u"a.pdf"_s)}
                              << u"--audience"_s;
    QTest::newRow("language") << QStringList{u"export"_s, u"--case"_s, QString::number(m_case), u"--audience"_s,
                                             u"court"_s, u"--lang"_s, u"fr"_s, u"-o"_s, path(u"a.pdf"_s)}
                              << u"--lang"_s;
    QTest::newRow("jurisdiction") << (base + QStringList{u"--jurisdiction"_s, u"Mars"_s, u"-o"_s, path(u"a.pdf"_s)})
                                  << u"--jurisdiction"_s;
    QTest::newRow("no case") << QStringList{u"export"_s, u"--case"_s, u"99"_s, u"--audience"_s, u"court"_s, u"--lang"_s,
                                            u"en"_s, u"-o"_s, path(u"a.pdf"_s)}
                             << u"99"_s;
    QTest::newRow("date") << (base + QStringList{u"--from"_s, u"yesterday"_s, u"-o"_s, path(u"a.pdf"_s)}) << u"--from"_s;
    QTest::newRow("dates reversed") << (base + QStringList{u"--from"_s, u"2021-05-01"_s, u"--to"_s, u"2021-04-01"_s,
                                                           u"-o"_s, path(u"a.pdf"_s)})
                                    << u"after"_s;
    QTest::newRow("term without redact") << (base + QStringList{u"--redact-term"_s, u"Zhang"_s, u"-o"_s, path(u"a.pdf"_s)})
                                         << u"--redact"_s;
    QTest::newRow("mask") << (base + QStringList{u"--mask"_s, u"abc:1,2"_s, u"-o"_s, path(u"a.pdf"_s)}) << u"--mask"_s;
    QTest::newRow("folder missing") << (base + QStringList{u"-o"_s, path(u"nowhere/a.pdf"_s)}) << u"does not exist"_s;
    QTest::newRow("redacted bundle") << (base + QStringList{u"--redact"_s, u"--bundle"_s, path(u"a.zip"_s)})
                                     << u"redact"_s;
    QTest::newRow("exhibits not a list") << (base + QStringList{u"--exhibits"_s, path(u"exhibits-object.json"_s), u"-o"_s, path(u"a.pdf"_s)})
                                         << u"JSON list"_s;
    QTest::newRow("exhibits unknown file") << (base + QStringList{u"--exhibits"_s, path(u"exhibits-unknown.json"_s), u"-o"_s, path(u"a.pdf"_s)})
                                           << u"no evidence of case"_s;
    QTest::newRow("exhibits missing") << (base + QStringList{u"--exhibits"_s, path(u"nowhere.json"_s), u"-o"_s, path(u"a.pdf"_s)})
                                      << u"cannot read"_s;
    QTest::newRow("verify nothing") << QStringList{u"verify"_s, path(u"missing.pdf"_s)} << u"does not exist"_s;
}

void TestCliDossier::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    // SQLite's -wal and -shm files come and go with any reader; they are not output.
    const auto files = [this] {
        QStringList names = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        names.removeIf([](const QString &n) { return n.endsWith(u"-wal"_s) || n.endsWith(u"-shm"_s); });
        return names;
    };
    const QStringList before = files();
    const Run r = m_plaint->run(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.contains(says, Qt::CaseInsensitive), qPrintable(r.err));
    QCOMPARE(files(), before);
}

void TestCliDossier::exportAndVerify()
{
    const QString pdf = path(u"dossier.pdf"_s);
    const Run made = m_plaint->run(exportArgs() + QStringList{u"--complainant"_s, u"Zhang San"_s, u"-o"_s, pdf, u"--json"_s});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const QJsonObject outcome = QJsonDocument::fromJson(made.out.toUtf8()).object();
    QCOMPARE(outcome.value(u"exhibits"_s).toInt(), 1);
    QVERIFY(outcome.value(u"pages"_s).toInt() >= 3);
    const QString head = outcome.value(u"journal_head"_s).toString();
    QCOMPARE(head.size(), 64);

    const Run checked = m_plaint->run({u"verify"_s, pdf, u"--library"_s, path(u"library.plaint"_s), u"--json"_s});
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
    const QJsonObject report = QJsonDocument::fromJson(checked.out.toUtf8()).object();
    QVERIFY(report.value(u"ok"_s).toBool());
    QCOMPARE(report.value(u"journal_head"_s).toString(), head);
    QCOMPARE(report.value(u"originals_exact"_s).toInt(), 1);

    // A later change to the library is seen, and the dossier still verifies.
    QVERIFY(m_plaint->run({u"case"_s, u"edit"_s, u"--id"_s, QString::number(m_case), u"--outcome"_s, u"Refund"_s}).exitCode == 0);
    const Run later = m_plaint->run({u"verify"_s, pdf, u"--library"_s, path(u"library.plaint"_s)});
    QCOMPARE(later.exitCode, 0);
    QVERIFY2(later.out.contains(u"1 entries were added since"_s), qPrintable(later.out));

    // A file that is not a dossier fails with exit code 1.
    const Run notDossier = m_plaint->run({u"verify"_s, path(u"counter.jpg"_s)});
    QCOMPARE(notDossier.exitCode, 1);
}

void TestCliDossier::bundleAndVerify()
{
    const QString zip = path(u"dossier.zip"_s);
    const Run made = m_plaint->run(exportArgs() + QStringList{u"--complainant"_s, u"Zhang San"_s, u"--bundle"_s, zip});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const Run checked = m_plaint->run({u"verify"_s, zip});
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
    QVERIFY(checked.out.contains(u"SHA256SUMS"_s) || checked.out.contains(u"dossier.pdf matches"_s));
}

void TestCliDossier::exhibitsNamedFromAFile()
{
    QFile texts(path(u"exhibits.json"_s));
    QVERIFY(texts.open(QIODevice::WriteOnly));
    texts.write(R"([{"file": "counter.jpg", "title": "The shop's counter, 6 April", "proves": "that the shop was visited"}])");
    texts.close();
    const QString pdf = path(u"named.pdf"_s);
    const Run made = m_plaint->run({u"export"_s, u"--case"_s, QString::number(m_case), u"--audience"_s, u"court"_s,
                                    u"--lang"_s, u"en"_s, u"--complainant"_s, u"Zhang San"_s, u"--exhibits"_s,
                                    path(u"exhibits.json"_s), u"-o"_s, pdf});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QProcess text;
    text.start(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    const QString out = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY2(out.contains(u"The shop's counter, 6 April"_s), qPrintable(out));
    QVERIFY(out.contains(u"What it proves: that the shop was visited"_s));
}

QTEST_GUILESS_MAIN(TestCliDossier)
#include "tst_cli_dossier.moc"
