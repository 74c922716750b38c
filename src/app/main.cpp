#include "catalogopener.h"
#include "core/db/catalog.h"
#include "core/domain/error.h"
#include "core/io/samplecatalog.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

using namespace Marquee;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("marquee"));
    QApplication::setApplicationDisplayName(QStringLiteral("Marquee"));
    QApplication::setApplicationVersion(QStringLiteral(MARQUEE_VERSION));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Marquee, a film catalog manager"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("catalog"),
                                 QStringLiteral("The catalog to open (default: your own catalog)."),
                                 QStringLiteral("[CATALOG]"));
    parser.process(app);

    MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        window.openCatalog(files.first(), !QFileInfo::exists(files.first()));
    } else {
        // The default catalog; the first start creates it with the sample catalog.
        try {
            auto catalog = openCatalogShowingUpgrade(&window, Catalog::defaultPath());
            if (catalog->isNew())
                loadSampleCatalog(*catalog);
            window.setCatalog(std::move(catalog));
        } catch (const Error &e) {
            QMessageBox::warning(&window, QObject::tr("Cannot open your catalog"), e.message());
        }
    }
    window.show();
    return app.exec();
}
