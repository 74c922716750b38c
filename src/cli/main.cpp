#include "commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Shared with the window, so that both find the same default catalog.
    QCoreApplication::setApplicationName(QStringLiteral("marquee"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARQUEE_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return Marquee::Cli::run(arguments);
}
