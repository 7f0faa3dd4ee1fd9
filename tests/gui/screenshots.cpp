// Writes PNGs of Plaint's window with the demo case, in the light and the
// dark palette, so that a person can look at what users see: `make screenshots`.

#include "democase.h"
#include "language.h"
#include "library.h"
#include "mainwindow.h"
#include "thumbnailcache.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

static QPalette darkPalette()
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
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7d, 0x83));
    return p;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"plaint-screenshots"_s);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"docs/screenshots"_s;
    QDir().mkpath(out);
    QTextStream err(stderr);

    // Each language in both palettes; English keeps the names README has always shown.
    QList<std::pair<QString, QString>> shots;
    for (const QString &language :
        {plaint::Language::English, plaint::Language::SimplifiedChinese, plaint::Language::TraditionalChinese})
        shots << std::pair {language, u"light"_s} << std::pair {language, u"dark"_s};
    for (const auto &[language, theme] : shots) {
        plaint::Language::apply(language);
        QApplication::setPalette(theme == u"dark" ? darkPalette() : QApplication::style()->standardPalette());
        QTemporaryDir dir;
        auto library = plaint::Library::open(dir.filePath(u"demo.plaint"_s));
        if (!library) {
            err << library.error() << Qt::endl;
            return 1;
        }
        auto caseId = plaint::DemoCase::load(*library.value());
        if (!caseId) {
            err << caseId.error() << Qt::endl;
            return 1;
        }
        plaint::MainWindow window(std::move(library).value());
        window.resize(1440, 880);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            QTest::qWait(500);
        window.selectCase(*caseId);
        // The hotline call with its agent, reference, quotes and promises.
        const auto *model = window.timelineModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->eventAt(row)->agentCode == u"23338")
                window.selectEvent(model->eventAt(row)->id);
        }
        // Thumbnails are made when rows are first painted, off the UI thread.
        QTest::qWait(300);
        window.thumbnails()->waitForIdle(10000);
        QTest::qWait(300);
        const QString name = language == plaint::Language::English ? u"main-%1.png"_s.arg(theme)
                                                                   : u"main-%1-%2.png"_s.arg(language, theme);
        const QString file = QDir(out).filePath(name);
        if (!window.grab().save(file, "PNG")) {
            err << "could not write " << file << Qt::endl;
            return 1;
        }
        err << "wrote " << file << Qt::endl;
    }
    return 0;
}
