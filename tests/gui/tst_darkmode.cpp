// The window follows the desktop's palette: switching the application to a
// dark palette (as a desktop turning dark does) changes the problem banner,
// the escalation advice, the suggestion box, the viewer's problem note, the channel icons and the
// red of an overdue promise, and no text is left light on light or dark on
// dark. The pictures checked are the widgets as they are painted.

#include "caselistmodel.h"
#include "caseoverview.h"
#include "eventeditor.h"
#include "evidenceviewer.h"
#include "library.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "suggestionbox.h"
#include "themecolours.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace plaint;

namespace {

// A dark desktop, as the screenshot tool simulates one.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

struct Painted
{
    QColor background; // the colour most of the widget is painted in
    QColor ink;        // the pixel that stands out most from it: the text
    double contrast = 1;
};

// What a person sees of a widget: its commonest colour and its text's contrast on it.
Painted painted(QWidget *widget)
{
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    Painted p;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            p.background = QColor(it.key());
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double c = ThemeColours::contrast(QColor(it.key()), p.background);
        if (c > p.contrast) {
            p.contrast = c;
            p.ink = QColor(it.key());
        }
    }
    return p;
}

// The colour of an icon's drawn (opaque) pixels.
QColor inkOf(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(16, 16)).toImage();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y).alpha() == 255)
                return image.pixelColor(x, y);
    return {};
}

} // namespace

class TestDarkMode : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QPalette m_light;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        MessageBox::setAnswer([](const QString &text, QMessageBox::StandardButtons) {
            qWarning("Unexpected question: %s", qPrintable(text));
            return QMessageBox::Discard;
        });
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        m_light = QApplication::style()->standardPalette();
        QApplication::setPalette(m_light);
        auto library = Library::open(m_dir.filePath(u"dark.plaint"_s));
        QVERIFY(library);
        Case c;
        c.title = u"Refund"_s;
        c.company = u"中国电信"_s;
        c.jurisdiction = Jurisdiction::CN;
        const qint64 caseId = library.value()->addCase(c).value();
        Event e;
        e.caseId = caseId;
        e.occurred = QDateTime::currentDateTimeUtc().addDays(-5);
        e.summary = u"Hotline promised a refund"_s;
        Promise p;
        p.text = u"Refund within 48 hours"_s;
        p.due = e.occurred.addDays(2);
        QVERIFY(library.value()->addEvent(e, {}, {p}));
        m_window = std::make_unique<MainWindow>(std::move(library).value());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        QApplication::setPalette(m_light);
        QTest::qWait(50); // the widgets hear of it from the event loop
    }

    void problemBannerFollowsThePalette()
    {
        // A problem to show: a file that is not there any more, attached during a new entry and saved.
        m_window->action(u"logNote"_s)->trigger();
        m_window->editor()->addPendingFiles({m_dir.filePath(u"gone.png"_s)}, false);
        m_window->editor()->findChild<QLineEdit *>(u"summary"_s)->setText(u"Screenshot of the app"_s);
        QVERIFY(m_window->editor()->save());
        QLabel *banner = m_window->banner();
        QVERIFY(banner->isVisible());
        const Painted light = painted(banner);
        QVERIFY2(light.background.lightness() > 180, qPrintable(light.background.name()));
        QVERIFY2(light.contrast >= 4.5, qPrintable(QString::number(light.contrast)));
        QVERIFY(light.background.red() > light.background.green()); // it says "problem": reddish

        QApplication::setPalette(darkPalette());
        QTest::qWait(50);
        const Painted dark = painted(banner);
        QVERIFY2(dark.background.lightness() < 100, qPrintable(dark.background.name()));
        QVERIFY2(dark.contrast >= 4.5, qPrintable(QString::number(dark.contrast)));
        QVERIFY(dark.background.red() > dark.background.green());
        QVERIFY2(dark.ink.lightness() > dark.background.lightness(), qPrintable(dark.ink.name()));
        m_window->editor()->discard();
    }

    void suggestionBoxFollowsThePalette()
    {
        m_window->action(u"logSms"_s)->trigger();
        EventEditor *editor = m_window->editor();
        editor->findChild<QPlainTextEdit *>(u"quotes"_s)->setPlainText(u"我们会在48小时内回复您"_s);
        editor->updateSuggestion();
        auto *box = editor->findChild<SuggestionBox *>();
        QVERIFY(box->isVisible());
        const Painted light = painted(box);
        QVERIFY2(light.background.lightness() > 180, qPrintable(light.background.name()));
        QVERIFY(light.background.green() > light.background.red()); // a suggestion: greenish
        QApplication::setPalette(darkPalette());
        QTest::qWait(50);
        const Painted dark = painted(box);
        QVERIFY2(dark.background.lightness() < 100, qPrintable(dark.background.name()));
        QVERIFY(dark.background.green() > dark.background.red());
        // Its text, the label alone (the button has its own colours).
        const Painted words = painted(box->findChild<QLabel *>(u"suggestion"_s));
        QVERIFY2(words.contrast >= 4.5, qPrintable(QString::number(words.contrast)));
        QVERIFY(words.ink.lightness() > words.background.lightness());
        editor->discard();
    }

    void channelIconsAreDrawnAgain()
    {
        m_window->action(u"logNote"_s)->trigger();
        auto *channel = m_window->editor()->findChild<QComboBox *>(u"channel"_s);
        const QColor lightInk = inkOf(channel->itemIcon(0));
        QCOMPARE(lightInk, m_light.color(QPalette::Text));
        QApplication::setPalette(darkPalette());
        QTest::qWait(50);
        const QColor darkInk = inkOf(channel->itemIcon(0));
        QCOMPARE(darkInk, darkPalette().color(QPalette::Text));
        m_window->editor()->discard();
    }

    void overdueRedReadsOnBoth()
    {
        const QModelIndex row = m_window->caseModel()->index(0);
        for (const QPalette &palette : {m_light, darkPalette()}) {
            QApplication::setPalette(palette);
            QTest::qWait(20);
            const QColor red = row.data(Qt::ForegroundRole).value<QColor>();
            QVERIFY(red.isValid());
            QVERIFY2(ThemeColours::contrast(red, palette.color(QPalette::Base)) >= 4.5, qPrintable(red.name()));
            QVERIFY(red.red() > red.green() && red.red() > red.blue());
        }
        // In the editor's list of promises, too.
        m_window->selectEvent(m_window->library()->timeline(m_window->currentCaseId())->first().id);
        auto *promises = m_window->editor()->findChild<QListWidget *>(u"promises"_s);
        QCOMPARE(promises->count(), 1);
        const QColor darkRed = promises->item(0)->foreground().color();
        QVERIFY2(ThemeColours::contrast(darkRed, darkPalette().color(QPalette::Base)) >= 4.5, qPrintable(darkRed.name()));
        QApplication::setPalette(m_light);
        QTest::qWait(20);
        const QColor lightRed = promises->item(0)->foreground().color();
        QVERIFY(lightRed != darkRed);
        QVERIFY2(ThemeColours::contrast(lightRed, m_light.color(QPalette::Base)) >= 4.5, qPrintable(lightRed.name()));
    }

    void viewerProblemFollowsThePalette()
    {
        QByteArray damaged("%PDF-1.7\n1 0 obj << /Type /Catalog >>\n");
        damaged.append(QByteArray(3000, '\x9c'));
        const QString path = m_dir.filePath(u"damaged.pdf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(damaged);
        file.close();
        const qint64 eventId = m_window->library()->timeline(m_window->currentCaseId())->first().id;
        const Attachment pdf = m_window->library()->attachFiles(eventId, {path})->first();
        EvidenceViewer viewer(m_window->library(), pdf, m_dir.filePath(u"export"_s));
        viewer.show();
        QTRY_VERIFY(!viewer.isLoading());
        auto *problem = viewer.findChild<QLabel *>(u"problem"_s);
        QVERIFY(problem->isVisible());
        QVERIFY(painted(problem).background.lightness() > 180);
        QApplication::setPalette(darkPalette());
        QTest::qWait(50);
        const Painted dark = painted(problem);
        QVERIFY2(dark.background.lightness() < 100, qPrintable(dark.background.name()));
        QVERIFY2(dark.contrast >= 4.5, qPrintable(QString::number(dark.contrast)));
    }

    void escalationAdviceFollowsThePalette()
    {
        // A complaint to the operator three weeks ago: the appeal is open.
        const qint64 caseId = m_window->caseModel()->summaryAt(0)->info.id;
        Event call;
        call.caseId = caseId;
        call.channel = Channel::Phone;
        call.direction = Direction::Outgoing;
        call.occurred = QDateTime::currentDateTimeUtc().addDays(-21);
        call.summary = u"Complained to the hotline"_s;
        QVERIFY(m_window->library()->addEvent(call));
        m_window->caseModel()->reload();
        m_window->selectCase(caseId);
        m_window->caseOverview()->load(m_window->library()->path(), *m_window->library()->caseById(caseId),
                                       QDateTime::currentDateTimeUtc());
        QTRY_VERIFY(!m_window->caseOverview()->isLoading());
        QLabel *advice = m_window->caseOverview()->escalation();
        QTRY_VERIFY(advice->isVisible());
        const Painted light = painted(advice);
        QVERIFY2(light.background.lightness() > 180, qPrintable(light.background.name()));
        QVERIFY2(light.contrast >= 4.5, qPrintable(QString::number(light.contrast)));
        QVERIFY(light.background.blue() > light.background.red()); // advice: a calm blue

        QApplication::setPalette(darkPalette());
        QTest::qWait(50);
        const Painted dark = painted(advice);
        QVERIFY2(dark.background.lightness() < 100, qPrintable(dark.background.name()));
        QVERIFY2(dark.contrast >= 4.5, qPrintable(QString::number(dark.contrast)));
        QVERIFY(dark.background.blue() > dark.background.red());
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }
};

QTEST_MAIN(TestDarkMode)
#include "tst_darkmode.moc"
