// Plaint in the user's language: which translation a locale gets, that the
// compiled-in translations are found and used, that dates follow the
// language, and that the window and the demo case speak Chinese.

#include "casedialog.h"
#include "democase.h"
#include "language.h"
#include "languagemenu.h"
#include "library.h"
#include "localeformat.h"
#include "caselistmodel.h"
#include "caseoverview.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace plaint;

namespace {

bool hasHan(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

static const QRegularExpression latin(u"[A-Za-z]"_s);

bool english(const QString &text)
{
    QString words = text;
    words.remove(u"Plaint"_s); // the name is the same in every language
    return words.contains(latin) && !hasHan(words);
}

// Every text a person reads in a window or dialog that is English: menus and
// their entries, their tooltips, buttons, visible labels, placeholders, the
// items of fixed combo boxes, tree headers, tooltips and the window title.
QStringList englishTexts(QWidget *root)
{
    QStringList found;
    if (english(root->windowTitle()))
        found << u"title: "_s + root->windowTitle();
    for (const QMenu *menu : root->findChildren<QMenu *>()) {
        if (menu->objectName() == u"languageMenu")
            continue; // each language is named in itself
        if (english(menu->title()))
            found << u"menu: "_s + menu->title();
        for (const QAction *a : menu->actions()) {
            if (a->isSeparator() || a->menu())
                continue;
            if (english(a->text()))
                found << a->objectName() + u": "_s + a->text();
            if (english(a->toolTip()))
                found << a->objectName() + u" tooltip: "_s + a->toolTip();
        }
    }
    const auto shown = [root](const QWidget *w) { return w->isVisibleTo(root); };
    for (const QAbstractButton *b : root->findChildren<QAbstractButton *>())
        if (shown(b) && english(b->text()))
            found << u"button: "_s + b->text();
    for (const QLabel *l : root->findChildren<QLabel *>())
        if (shown(l) && english(l->text()))
            found << u"label: "_s + l->text();
    for (const QLineEdit *e : root->findChildren<QLineEdit *>())
        if (shown(e) && english(e->placeholderText()))
            found << u"placeholder: "_s + e->placeholderText();
    for (const QComboBox *c : root->findChildren<QComboBox *>()) {
        if (!shown(c) || c->isEditable())
            continue;
        for (int i = 0; i < c->count(); ++i)
            if (english(c->itemText(i)))
                found << c->objectName() + u" item: "_s + c->itemText(i);
    }
    for (const QTreeWidget *t : root->findChildren<QTreeWidget *>())
        for (int i = 0; i < t->headerItem()->columnCount(); ++i)
            if (english(t->headerItem()->text(i)))
                found << u"header: "_s + t->headerItem()->text(i);
    for (const QWidget *w : root->findChildren<QWidget *>())
        if (shown(w) && english(w->toolTip()))
            found << QString::fromLatin1(w->metaObject()->className()) + u" tooltip: "_s + w->toolTip();
    return found;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> openWindow(const QString &name)
    {
        auto library = Library::open(m_dir.filePath(name));
        if (!library)
            return {};
        return std::make_unique<MainWindow>(std::move(library).value());
    }

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void forLocale_data();
    void forLocale();
    void translationsAreCompiledIn_data();
    void translationsAreCompiledIn();
    void englishPluralForms();
    void qtsOwnStringsTranslated();
    void localeFollowsLanguage();
    void choiceIsStored();
    void drawableFormat_data();
    void drawableFormat();
    void timesAsPeopleReadThem_data();
    void timesAsPeopleReadThem();
    void windowSpeaksChinese_data();
    void windowSpeaksChinese();
    void languageChangesInTheOpenWindow_data();
    void languageChangesInTheOpenWindow();
    void demoCaseInChinese();
};

void TestLanguage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The user's own settings stay untouched.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(u"plaint-test"_s);
    QCoreApplication::setApplicationName(u"tst_language"_s);
}

void TestLanguage::cleanup()
{
    Language::apply(Language::English);
}

void TestLanguage::forLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mainland") << u"zh_CN"_s << Language::SimplifiedChinese;
    QTest::newRow("Singapore") << u"zh_SG"_s << Language::SimplifiedChinese;
    QTest::newRow("Chinese, no territory") << u"zh"_s << Language::SimplifiedChinese;
    QTest::newRow("Taiwan") << u"zh_TW"_s << Language::TraditionalChinese;
    QTest::newRow("Hong Kong") << u"zh_HK"_s << Language::TraditionalChinese;
    QTest::newRow("Macao") << u"zh_MO"_s << Language::TraditionalChinese;
    QTest::newRow("Traditional script") << u"zh-Hant"_s << Language::TraditionalChinese;
    QTest::newRow("Simplified in Hong Kong") << u"zh-Hans-HK"_s << Language::SimplifiedChinese;
    QTest::newRow("British English") << u"en_GB"_s << Language::English;
    QTest::newRow("German") << u"de_DE"_s << Language::English;
    QTest::newRow("C") << u"C"_s << Language::English;
}

void TestLanguage::forLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(Language::forLocale(QLocale(locale)), expected);
}

void TestLanguage::translationsAreCompiledIn_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("call");
    QTest::newRow("zh_CN") << Language::SimplifiedChinese << u"文件(&F)"_s << u"开始通话(&C)"_s;
    QTest::newRow("zh_TW") << Language::TraditionalChinese << u"檔案(&F)"_s << u"開始通話(&C)"_s;
    QTest::newRow("en") << Language::English << u"&File"_s << u"Start &call"_s;
}

void TestLanguage::translationsAreCompiledIn()
{
    QFETCH(QString, code);
    QFETCH(QString, file);
    QFETCH(QString, call);
    QCOMPARE(Language::apply(code), code);
    QCOMPARE(Language::current(), code);
    QCOMPARE(QCoreApplication::translate("plaint::MainWindow", "&File"), file);
    QCOMPARE(QCoreApplication::translate("plaint::MainWindow", "Start &call"), call);
    // The same text whatever is installed, for the "restart" message.
    QCOMPARE(Language::translated(Language::TraditionalChinese, "plaint::MainWindow", "&File"), u"檔案(&F)"_s);
}

void TestLanguage::englishPluralForms()
{
    Language::apply(Language::English);
    QCOMPARE(QCoreApplication::translate("plaint::CaseListModel", "%Ln event(s)", nullptr, 1), u"1 event"_s);
    QCOMPARE(QCoreApplication::translate("plaint::CaseListModel", "%Ln event(s)", nullptr, 2), u"2 events"_s);
    QCOMPARE(QCoreApplication::translate("plaint::MainWindow", "%n piece(s) of evidence added.", nullptr, 1),
        u"1 piece of evidence added."_s);
    Language::apply(Language::SimplifiedChinese);
    QCOMPARE(QCoreApplication::translate("plaint::CaseListModel", "%Ln event(s)", nullptr, 2), u"2 个事件"_s);
}

// Standard buttons and context menus come from Qt's own translations
// (Debian's qt6-translations-l10n).
void TestLanguage::qtsOwnStringsTranslated()
{
    Language::apply(Language::SimplifiedChinese);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"取消"_s);
    Language::apply(Language::TraditionalChinese);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"取消"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Save"), u"儲存"_s);
    Language::apply(Language::English);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
}

void TestLanguage::localeFollowsLanguage()
{
    const QDate day(2021, 4, 6);
    Language::apply(Language::SimplifiedChinese);
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    QVERIFY2(QLocale().toString(day, QLocale::LongFormat).contains(u"2021年4月6日"_s),
        qPrintable(QLocale().toString(day, QLocale::LongFormat)));
    Language::apply(Language::TraditionalChinese);
    QCOMPARE(QLocale().script(), QLocale::TraditionalHanScript);
    QVERIFY(QLocale().toString(day, QLocale::LongFormat).contains(u"2021年4月6日"_s));
    Language::apply(Language::English);
    QCOMPARE(QLocale().language(), QLocale::English);
    QVERIFY2(QLocale().toString(day, QLocale::LongFormat).contains(u"April"_s),
        qPrintable(QLocale().toString(day, QLocale::LongFormat)));
}

void TestLanguage::choiceIsStored()
{
    LanguageMenu menu;
    QCOMPARE(Language::stored(), QString());
    QVERIFY(menu.findChild<QAction *>(u"language_system"_s)->isChecked());
    menu.choose(Language::TraditionalChinese);
    QCOMPARE(Language::stored(), Language::TraditionalChinese);
    QVERIFY(menu.findChild<QAction *>(u"language_zh_TW"_s)->isChecked());
    QVERIFY(!menu.findChild<QAction *>(u"language_system"_s)->isChecked());
    // A new menu (the next start) shows the stored choice.
    LanguageMenu next;
    QVERIFY(next.findChild<QAction *>(u"language_zh_TW"_s)->isChecked());
    // A value Plaint does not know reads as "follow the system".
    QSettings().setValue(u"language"_s, u"xx"_s);
    QCOMPARE(Language::stored(), QString());
    menu.choose(QString());
    QCOMPARE(Language::stored(), QString());
}

void TestLanguage::drawableFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Taiwan") << u"Bh:mm"_s << u"APh:mm"_s;
    QTest::newRow("long day period") << u"y/M/d BBBBh:mm:ss"_s << u"y/M/d APh:mm:ss"_s;
    QTest::newRow("quoted B stays") << u"h 'By' mm"_s << u"h 'By' mm"_s;
    QTest::newRow("24 hours") << u"HH:mm"_s << u"HH:mm"_s;
}

void TestLanguage::drawableFormat()
{
    QFETCH(QString, format);
    QFETCH(QString, expected);
    QCOMPARE(LocaleFormat::drawable(format), expected);
}

void TestLanguage::timesAsPeopleReadThem_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("afternoon");
    QTest::addColumn<QString>("moment");
    QTest::newRow("zh_CN") << Language::SimplifiedChinese << u"14:10"_s << u"2021年4月6日星期二 14:10"_s;
    QTest::newRow("zh_TW") << Language::TraditionalChinese << u"下午2:10"_s << u"2021年4月6日 星期二 下午2:10"_s;
}

// The wall-clock time of the moment, in the language's own way, never a stray "B".
void TestLanguage::timesAsPeopleReadThem()
{
    QFETCH(QString, code);
    QFETCH(QString, afternoon);
    QFETCH(QString, moment);
    Language::apply(code);
    QCOMPARE(LocaleFormat::time(QTime(14, 10)), afternoon);
    const QDateTime beijing(QDate(2021, 4, 6), QTime(14, 10), Qt::OffsetFromUTC, 8 * 3600);
    QCOMPARE(LocaleFormat::longDateTime(beijing), moment);
    QVERIFY2(!LocaleFormat::dateTime(beijing).contains(u'B'), qPrintable(LocaleFormat::dateTime(beijing)));
    QVERIFY(!LocaleFormat::dateTimeFormat(QLocale::LongFormat).contains(u'B'));
}

void TestLanguage::windowSpeaksChinese_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("zh_CN") << Language::SimplifiedChinese;
    QTest::newRow("zh_TW") << Language::TraditionalChinese;
}

// Every menu entry and its tooltip, button, label, placeholder, combo box
// item and tooltip of the window and of a dialog is translated: an English
// one means a string lupdate does not see under the context the code uses.
void TestLanguage::windowSpeaksChinese()
{
    QFETCH(QString, code);
    Language::apply(code);
    auto window = openWindow(u"window-%1.plaint"_s.arg(code));
    QVERIFY(window);
    window->show();
    QVERIFY(window->menuBar()->findChildren<QMenu *>().size() >= 5);
    QStringList english = englishTexts(window.get());
    CaseDialog dialog(window.get());
    dialog.show();
    QVERIFY(hasHan(dialog.windowTitle()));
    english += englishTexts(&dialog);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u" | "_s)));
    // The checks can fail: the same window in English is full of it.
    Language::apply(Language::English);
    auto inEnglish = openWindow(u"window-en-%1.plaint"_s.arg(code));
    QVERIFY(inEnglish);
    inEnglish->show();
    QVERIFY(englishTexts(inEnglish.get()).size() > 20);
}

void TestLanguage::languageChangesInTheOpenWindow_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fileMenu");
    QTest::newRow("zh_CN") << Language::SimplifiedChinese << u"文件(&F)"_s;
    QTest::newRow("zh_TW") << Language::TraditionalChinese << u"檔案(&F)"_s;
}

// View → Language turns the window and an open dialog to the new language
// at once, and back.
void TestLanguage::languageChangesInTheOpenWindow()
{
    QFETCH(QString, code);
    QFETCH(QString, fileMenu);
    Language::apply(Language::English);
    auto window = openWindow(u"switch-%1.plaint"_s.arg(code));
    QVERIFY(window);
    window->show();
    auto *dialog = new CaseDialog(window.get());
    dialog->show();
    QCOMPARE(dialog->windowTitle(), u"New case"_s);
    QMenu *file = window->menuBar()->findChildren<QMenu *>().first();
    QCOMPARE(file->title(), u"&File"_s);
    auto *menu = window->findChild<LanguageMenu *>(u"languageMenu"_s);
    QVERIFY(menu);

    menu->choose(code);
    QCOMPARE(Language::current(), code);
    QCOMPARE(file->title(), fileMenu);
    // Fixed texts turn at once; what widgets write from their locale (the
    // calendar's month names) follows the LanguageChange event Qt posts.
    QStringList english;
    QTRY_VERIFY2((english = englishTexts(window.get()) + englishTexts(dialog)).isEmpty(),
                 qPrintable(english.join(u" | "_s)));

    // With a case open, what the window builds from it follows too: the
    // case in numbers, the agents' filter.
    const qint64 caseId = DemoCase::load(*window->library()).value();
    window->caseModel()->reload();
    window->selectCase(caseId);
    QTRY_VERIFY(!window->caseOverview()->isLoading());
    // The agents' names are the case's own words (the demo's front-desk clerk
    // has a Chinese name); the words around them follow the language.
    const auto withoutAgents = [&] {
        static const QRegularExpression agents(u"agents: [^·]*|客服：[^·]*|工號：[^·]*|工号：[^·]*"_s);
        return window->caseOverview()->facts()->text().remove(agents);
    };
    const auto lastAgent = [&] { return window->agentFilter()->itemText(window->agentFilter()->count() - 1); };
    QTRY_VERIFY(hasHan(withoutAgents()));
    menu->choose(Language::English);
    QTRY_VERIFY2(!hasHan(withoutAgents()), qPrintable(window->caseOverview()->facts()->text()));
    QVERIFY(window->caseOverview()->facts()->text().contains(u"agents: "_s));
    QTRY_COMPARE(lastAgent(), u"Agent 23338"_s);
    menu->choose(code);
    QTRY_VERIFY2(hasHan(withoutAgents()), qPrintable(window->caseOverview()->facts()->text()));
    QTRY_VERIFY2(hasHan(lastAgent()), qPrintable(lastAgent()));
    QVERIFY(hasHan(dialog->windowTitle()));
    QVERIFY(hasHan(window->searchField()->placeholderText()));
    QVERIFY(hasHan(window->channelFilter()->itemText(0)));

    menu->choose(Language::English);
    QCOMPARE(file->title(), u"&File"_s);
    QCOMPARE(dialog->windowTitle(), u"New case"_s);
    QVERIFY(!hasHan(window->searchField()->placeholderText()));
    delete dialog;
}

void TestLanguage::demoCaseInChinese()
{
    Language::apply(Language::SimplifiedChinese);
    auto window = openWindow(u"demo.plaint"_s);
    QVERIFY(window);
    auto caseId = DemoCase::load(*window->library());
    QVERIFY2(caseId, qPrintable(caseId.error()));
    auto c = window->library()->caseById(*caseId);
    QVERIFY(c);
    QVERIFY2(c->title.startsWith(u"示例"_s), qPrintable(c->title));
    QVERIFY(hasHan(c->company));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
