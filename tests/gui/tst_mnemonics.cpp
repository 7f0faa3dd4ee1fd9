// Alt+letter reaches one thing only: in English, 简体中文 and 繁體中文, the
// menus, each menu's entries, and the event editor in every mode (with the
// menu bar's own letters) never share a mnemonic. Keyboard shortcuts for
// saving an entry and ending a call exist in every language.

#include "eventeditor.h"
#include "language.h"
#include "library.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "timelinemodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint;

namespace {

// The letter after a lone '&' ("渠道(&L)：" → l); empty when there is none.
QString mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Each letter once; the clashes named otherwise.
QString clashes(const QList<std::pair<QString, QString>> &labelled)
{
    QHash<QString, QStringList> byLetter;
    for (const auto &[letter, text] : labelled) {
        if (!letter.isEmpty())
            byLetter[letter] << text;
    }
    QStringList found;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1)
            found << u"%1: %2"_s.arg(it.key(), it.value().join(u" / "_s));
    }
    found.sort();
    return found.join(u"; "_s);
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QList<std::pair<QString, QString>> menuBarLetters(MainWindow &window)
    {
        QList<std::pair<QString, QString>> letters;
        for (QAction *menu : window.menuBar()->actions())
            letters << std::pair{mnemonic(menu->text()), menu->text()};
        return letters;
    }

    // The menu bar's letters plus every visible label (with a buddy) and button of the editor.
    static QString editorClashes(MainWindow &window)
    {
        QList<std::pair<QString, QString>> letters = menuBarLetters(window);
        for (QLabel *label : window.editor()->findChildren<QLabel *>()) {
            if (label->isVisibleTo(&window) && label->buddy())
                letters << std::pair{mnemonic(label->text()), label->text()};
        }
        for (QAbstractButton *button : window.editor()->findChildren<QAbstractButton *>()) {
            if (button->isVisibleTo(&window))
                letters << std::pair{mnemonic(button->text()), button->text()};
        }
        return clashes(letters);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        MessageBox::setAnswer([](const QString &, QMessageBox::StandardButtons) { return QMessageBox::Discard; });
    }

    void eachLetterOnce_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << Language::English;
        QTest::newRow("zh_CN") << Language::SimplifiedChinese;
        QTest::newRow("zh_TW") << Language::TraditionalChinese;
    }

    void eachLetterOnce()
    {
        QFETCH(QString, language);
        Language::apply(language);
        auto library = Library::open(m_dir.filePath(u"mnemonics-%1.plaint"_s.arg(language)));
        QVERIFY(library);
        Case c;
        c.title = u"Plan"_s;
        c.company = u"Operator"_s;
        const qint64 caseId = library.value()->addCase(c).value();
        QList<qint64> events;
        for (Channel channel : {Channel::Phone, Channel::Store}) {
            Event e;
            e.caseId = caseId;
            e.channel = channel;
            e.occurred = QDateTime::currentDateTimeUtc().addDays(-1);
            e.summary = u"Earlier"_s;
            Promise p;
            p.text = u"Call back"_s;
            p.due = e.occurred.addDays(1);
            events << library.value()->addEvent(e, {}, {p}).value();
        }
        MainWindow window(std::move(library).value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectCase(caseId);

        const QString bar = clashes(menuBarLetters(window));
        QVERIFY2(bar.isEmpty(), qPrintable(bar));
        for (QAction *entry : window.menuBar()->actions()) {
            QList<std::pair<QString, QString>> letters;
            for (QAction *a : entry->menu()->actions()) {
                if (!a->isSeparator())
                    letters << std::pair{mnemonic(a->text()), a->text()};
            }
            const QString inMenu = clashes(letters);
            QVERIFY2(inMenu.isEmpty(), qPrintable(entry->text() + u": "_s + inMenu));
        }

        // The editor in every mode, against the menu bar.
        for (qint64 id : events) {
            window.selectEvent(id);
            QCOMPARE(window.editor()->mode(), EventEditor::Mode::Existing);
            const QString existing = editorClashes(window);
            QVERIFY2(existing.isEmpty(), qPrintable(existing));
        }
        window.action(u"logVisit"_s)->trigger();
        const QString entry = editorClashes(window);
        QVERIFY2(entry.isEmpty(), qPrintable(entry));
        window.action(u"startCall"_s)->trigger();
        QCOMPARE(window.editor()->mode(), EventEditor::Mode::Call);
        const QString call = editorClashes(window);
        QVERIFY2(call.isEmpty(), qPrintable(call));

        // Saving and ending a call have keys, whatever the language.
        QCOMPARE(window.action(u"saveEntry"_s)->shortcuts().size(), 2);
        QCOMPARE(window.action(u"saveEntry"_s)->shortcuts().first(), QKeySequence(u"Ctrl+S"_s));
        QCOMPARE(window.action(u"saveEntry"_s)->shortcuts().last(), QKeySequence(u"Ctrl+Return"_s));
        QCOMPARE(window.action(u"endCall"_s)->shortcut(), QKeySequence(u"Ctrl+Shift+E"_s));
        QCOMPARE(window.action(u"holdCall"_s)->shortcut(), QKeySequence(u"Ctrl+H"_s));
        window.editor()->discard();
    }

    void cleanupTestCase()
    {
        MessageBox::setAnswer({});
        Language::apply(Language::English);
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
