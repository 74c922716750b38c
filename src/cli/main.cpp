#include "commands.h"
#include "print/pdfcatalog.h"

#include <QGuiApplication>

#include <memory>

namespace {

// Only a PDF export lays out pages, which takes Qt Gui; every other command runs without it.
bool writesPdf(int argc, char *argv[])
{
    bool exporting = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        exporting = exporting || arg == "export";
        pdf = pdf || arg.endsWith(".pdf") || arg.endsWith(".PDF") || arg == "pdf" ||
              arg == "--format=pdf";
    }
    return exporting && pdf;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (writesPdf(argc, argv)) {
        // No display is needed to lay out pages.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
        Marquee::registerPrintFormats();
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // Shared with the window, so that both find the same default catalog.
    QCoreApplication::setApplicationName(QStringLiteral("marquee"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARQUEE_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return Marquee::Cli::run(arguments);
}
