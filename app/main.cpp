#include "cli.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"plaint"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PLAINT_VERSION));
    // Until the desktop window lands, every start goes through the CLI; with
    // no verb it prints the overview and where the library lives.
    return plaint::cli::run(QCoreApplication::arguments());
}
