#include "catalogopener.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>

namespace Marquee {

std::unique_ptr<Catalog> openCatalogShowingUpgrade(QWidget *parent, const QString &path,
                                                   Catalog::Options options)
{
    std::unique_ptr<QProgressDialog> dialog;
    // Shows the dialog saying `title` and `label` (the latest: indexes built first, then an
    // upgrade), and keeps the window drawn.
    const auto busy = [&](const QString &title, const QString &label) {
        if (!dialog) {
            dialog = std::make_unique<QProgressDialog>(parent);
            dialog->setToolTip(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
            dialog->setCancelButton(nullptr); // one transaction each; none is undone
            dialog->setRange(0, 0);
            dialog->setMinimumDuration(0);
            dialog->setWindowModality(Qt::ApplicationModal);
            dialog->show();
        }
        if (dialog->labelText() != label) {
            dialog->setWindowTitle(title);
            dialog->setLabelText(label);
        }
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    };
    const QString name = QFileInfo(path).fileName();
    options.upgrading = [&](int from, int to) {
        busy(QCoreApplication::translate("Marquee", "Upgrading the catalog"),
             QCoreApplication::translate(
                 "Marquee", "Upgrading %1 for this version of Marquee (schema %2 to %3).\n"
                            "A large catalog takes some minutes; it opens when done.")
                 .arg(name)
                 .arg(from)
                 .arg(to));
    };
    options.buildingIndexes = [&] {
        busy(QCoreApplication::translate("Marquee", "Finishing an interrupted import"),
             QCoreApplication::translate(
                 "Marquee", "An import into %1 was interrupted before it built the indexes "
                            "that sort and search the films.\nBuilding them now; %1 opens when "
                            "done.")
                 .arg(name));
    };
    return Catalog::open(path, options);
}

} // namespace Marquee
