#include "cli.h"
#include "casefileactions.h"
#include "library.h"
#include "mainwindow.h"
#include "pagecanvas.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(u"plaint"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PLAINT_VERSION));
}

// Where a display can be had: on Linux, an X11 or Wayland session, or a
// platform chosen explicitly (offscreen in tests).
bool displayAvailable()
{
#if defined(Q_OS_LINUX)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    // A verb (or --help, --version) means the command line; nothing else, the window.
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (plaint::cli::wantsCommandLine(args) || !displayAvailable()) {
        QCoreApplication app(argc, argv);
        describeApplication();
        if (!plaint::cli::wantsCommandLine(args)) {
            QTextStream(stderr) << QCoreApplication::translate("main", "No display: Plaint's window needs a desktop session. "
                                                                       "The command line works everywhere:")
                                << Qt::endl;
        }
        const int code = plaint::cli::run(QCoreApplication::arguments());
        plaint::PageCanvas::releaseFontCaches();
        return code;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(u"Plaint"_s);
    QApplication::setDesktopFileName(u"io.github.plaint.Plaint"_s);
    const QString path = plaint::cli::libraryPathFrom(args);
    auto library = plaint::Library::open(path);
    if (!library) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Plaint"),
                              QCoreApplication::translate("main", "Your library could not be opened.\n\n%1").arg(library.error()));
        return plaint::cli::BadInput;
    }
    plaint::MainWindow window(std::move(library).value());
    window.show();
    // A case file given on the command line, as a double-click in a file manager gives it: import it.
    if (const QString caseFile = plaint::cli::caseFileFrom(args); !caseFile.isEmpty())
        window.caseFiles()->importFile(caseFile);
    return app.exec();
}
