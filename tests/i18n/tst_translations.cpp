// The translation files as a translator and a release manager see them: every
// string of the sources is in them, none is left unfinished, and every
// translation keeps the source's placeholders.

#include "tsfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kTranslations = QStringLiteral(PLAINT_SOURCE_DIR "/translations");

// %1…%99 and %n, each counted once: "%1 of %1" and "%1" carry the same arguments.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d{1,2}|n)"_s);
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

QString describe(const TsMessage &m)
{
    return u"[%1] \"%2\""_s.arg(m.context, m.source.left(80));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholderPattern_data();
    void placeholderPattern();
    void complete_data();
    void complete();
    void placeholdersMatch_data();
    void placeholdersMatch();
    void upToDate_data();
    void upToDate();
    void englishCarriesPluralForms();
};

void TestTranslations::placeholderPattern_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("none") << u"Saved."_s << QStringList {};
    QTest::newRow("two") << u"%1 — against %2"_s << QStringList {u"%1"_s, u"%2"_s};
    QTest::newRow("plural") << u"%n event(s)"_s << QStringList {u"%n"_s};
    QTest::newRow("percent sign") << u"%1  [%2, %3%]"_s << QStringList {u"%1"_s, u"%2"_s, u"%3"_s};
    QTest::newRow("repeated") << u"\"%1\" needs an action, e.g. \"%1 add\""_s << QStringList {u"%1"_s};
}

void TestTranslations::placeholderPattern()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(placeholders(text), QSet<QString>(expected.begin(), expected.end()));
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("forms"); // plural forms the language has
    QTest::newRow("zh_CN") << u"plaint_zh_CN.ts"_s << 1;
    QTest::newRow("zh_TW") << u"plaint_zh_TW.ts"_s << 1;
    QTest::newRow("en") << u"plaint_en.ts"_s << 2;
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    QFETCH(int, forms);
    const TsFile ts = TsFile::read(QDir(kTranslations).filePath(file));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.messages.isEmpty());
    QStringList unfinished;
    for (const TsMessage &m : ts.messages) {
        if (m.vanished)
            continue;
        bool empty = m.numerus ? m.forms.size() != forms : m.translation.trimmed().isEmpty();
        for (const QString &form : m.forms)
            empty = empty || form.trimmed().isEmpty();
        if (m.unfinished || empty)
            unfinished << describe(m);
    }
    QVERIFY2(unfinished.isEmpty(),
        qPrintable(u"%1 unfinished in %2 (run the update_translations target, then translate "
                   "them in Qt Linguist):\n"_s.arg(unfinished.size())
                       .arg(file)
            + unfinished.join(u'\n')));
}

void TestTranslations::placeholdersMatch_data()
{
    complete_data();
}

void TestTranslations::placeholdersMatch()
{
    QFETCH(QString, file);
    const TsFile ts = TsFile::read(QDir(kTranslations).filePath(file));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList wrong;
    for (const TsMessage &m : ts.messages) {
        if (m.vanished || m.unfinished)
            continue;
        const QSet<QString> expected = placeholders(m.source);
        const QStringList texts = m.numerus ? m.forms : QStringList {m.translation};
        for (const QString &text : texts) {
            if (placeholders(text) != expected)
                wrong << describe(m) + u" → \""_s + text + u'"';
        }
    }
    QVERIFY2(
        wrong.isEmpty(), qPrintable(u"Placeholders differ from the source in %1:\n"_s.arg(file) + wrong.join(u'\n')));
}

void TestTranslations::upToDate_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    const QStringList options = u"" PLAINT_LUPDATE_OPTIONS ""_s.split(u'|', Qt::SkipEmptyParts);
    QTest::newRow("zh_CN") << u"plaint_zh_CN.ts"_s << options;
    QTest::newRow("zh_TW") << u"plaint_zh_TW.ts"_s << options;
    QTest::newRow("en") << u"plaint_en.ts"_s << (options + QStringList {u"-pluralonly"_s});
}

// lupdate run over today's sources into a copy must find exactly the strings
// the committed file has: none new, none gone.
void TestTranslations::upToDate()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString committed = QDir(kTranslations).filePath(file);
    const QString copy = dir.filePath(file);
    QVERIFY(QFile::copy(committed, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.start(
        QStringLiteral(PLAINT_LUPDATE), options + QStringList {u"@" PLAINT_LUPDATE_LIST ""_s, u"-ts"_s, copy});
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
        qPrintable(QString::fromLocal8Bit(lupdate.readAllStandardError())));

    const TsFile before = TsFile::read(committed);
    const TsFile after = TsFile::read(copy);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    const QSet<QString> oldKeys = before.keys(), newKeys = after.keys();
    QStringList problems;
    for (const QString &key : newKeys - oldKeys)
        problems << u"new in the sources: "_s + QString(key).replace(u'\x1f', u" | "_s);
    for (const QString &key : oldKeys - newKeys)
        problems << u"no longer in the sources: "_s + QString(key).replace(u'\x1f', u" | "_s);
    QVERIFY2(problems.isEmpty(),
        qPrintable(u"%1 is out of date; run the update_translations target:\n"_s.arg(file) + problems.join(u'\n')));
    QVERIFY(!newKeys.isEmpty());
}

// Every message with "(s)" in English reads as "1 event" / "2 events".
void TestTranslations::englishCarriesPluralForms()
{
    const TsFile ts = TsFile::read(QDir(kTranslations).filePath(u"plaint_en.ts"_s));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.messages.isEmpty());
    for (const TsMessage &m : ts.messages) {
        QVERIFY2(m.numerus, qPrintable(describe(m)));
        QVERIFY2(!m.vanished && !m.unfinished, qPrintable(describe(m)));
        QCOMPARE(m.forms.size(), 2);
        for (const QString &form : m.forms)
            QVERIFY2(!form.contains(u"(s)"_s), qPrintable(describe(m) + u" → "_s + form));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
