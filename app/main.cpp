#include "cli.h"
#include "casefileactions.h"
#include "language.h"
#include "library.h"
#include "mainwindow.h"
#include "pagecanvas.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

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
        // The command line speaks the system's language (LANG, LC_MESSAGES);
        // its --json output and times are the same in every language.
        plaint::Language::apply(QString());
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
    plaint::Language::apply(plaint::Language::stored());
    QApplication::setApplicationDisplayName(u"Plaint"_s);
    QApplication::setDesktopFileName(u"io.github.plaint.Plaint"_s);
    // A file handed over alone (a double-click): its content says what to do.
    const QString file = plaint::cli::fileFrom(args);
    plaint::CaseFileActions::Opening plan;
    plan.library = plaint::cli::libraryPathFrom(args);
    if (!file.isEmpty())
        plan = plaint::CaseFileActions::planOpening(file, plan.library);
    auto library = plaint::Library::open(plan.library);
    if (!library) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Plaint"),
                              QCoreApplication::translate("main", "Your library could not be opened.\n\n%1").arg(library.error()));
        return plaint::cli::BadInput;
    }
    plaint::MainWindow window(std::move(library).value());
    window.show();
    // Asked once the window is up, over it.
    QTimer::singleShot(0, &window, [&window, plan] {
        if (!plan.offerImport.isEmpty())
            window.caseFiles()->offerImport(plan.offerImport, plan.caseTitle);
        else if (!plan.message.isEmpty())
            window.caseFiles()->explain(plan.message);
    });
    return app.exec();
}
