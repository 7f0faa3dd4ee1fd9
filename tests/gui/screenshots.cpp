// Writes PNGs of Plaint's window with the demo case, in the light and the
// dark palette, so that a person can look at what users see: `make screenshots`.

#include "democase.h"
#include "exportdialog.h"
#include "library.h"
#include "mainwindow.h"
#include "maskeditor.h"
#include "thumbnailcache.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPdfDocument>
#include <QDir>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

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

// The export dialog as a user first fills it in: their name and number,
// hiding them, with the demo case's screenshots listed for masking.
static bool grabExportDialog(plaint::MainWindow &window, const QString &out, QTextStream &err)
{
    QSettings().remove(u"dossier"_s); // the same picture every time, whatever an earlier run remembered
    window.action(u"exportDossier"_s)->trigger();
    auto *dialog = window.findChild<plaint::ExportDialog *>();
    if (!dialog) {
        err << "the export dialog did not open" << Qt::endl;
        return false;
    }
    if (!QTest::qWaitForWindowExposed(dialog))
        QTest::qWait(500);
    dialog->findChild<QLineEdit *>(u"complainantName"_s)->setText(u"Li Wei"_s);
    dialog->findChild<QLineEdit *>(u"complainantPhones"_s)->setText(u"139 1234 5678"_s);
    QElapsedTimer clock;
    clock.start();
    dialog->findChild<QCheckBox *>(u"redact"_s)->setChecked(true);
    while ((dialog->previewPending() || dialog->previewDocument()->status() != QPdfDocument::Status::Ready)
           && dialog->problem().isEmpty() && clock.elapsed() < 120000)
        QTest::qWait(10);
    err << "export preview ready " << clock.elapsed() << " ms after the last change (400 ms of it waiting for more)"
        << Qt::endl;
    QTest::qWait(500);
    const QString file = QDir(out).filePath(u"export-dialog.png"_s);
    const bool saved = dialog->grab().save(file, "PNG");
    err << (saved ? "wrote " : "could not write ") << file << Qt::endl;
    // The mask editor on the demo's screenshot, with one box drawn.
    bool maskSaved = false;
    const QString maskFile = QDir(out).filePath(u"mask-editor.png"_s);
    QTimer::singleShot(300, dialog, [&maskSaved, maskFile] {
        auto *maskDialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        auto *editor = maskDialog ? maskDialog->findChild<plaint::MaskEditor *>() : nullptr;
        if (!editor)
            return;
        const QSize size = editor->image().size();
        editor->addMask(QRectF(size.width() * 0.1, size.height() * 0.1, size.width() * 0.4, size.height() * 0.08));
        QTest::qWait(100);
        maskSaved = maskDialog->grab().save(maskFile, "PNG");
        maskDialog->reject();
    });
    const QStringList images = dialog->imageExhibits();
    if (!images.isEmpty())
        dialog->editMasks(images.first());
    err << (maskSaved ? "wrote " : "could not write ") << maskFile << Qt::endl;
    dialog->reject();
    QTest::qWait(100);
    return saved && maskSaved;
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

    for (const QString &theme : {u"light"_s, u"dark"_s}) {
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
        const QString file = QDir(out).filePath(u"main-%1.png"_s.arg(theme));
        if (!window.grab().save(file, "PNG")) {
            err << "could not write " << file << Qt::endl;
            return 1;
        }
        err << "wrote " << file << Qt::endl;
        if (theme == u"light" && !grabExportDialog(window, out, err))
            return 1;
    }
    return 0;
}
