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
    options.upgrading = [&](int from, int to) {
        if (!dialog) {
            dialog = std::make_unique<QProgressDialog>(parent);
            dialog->setWindowTitle(QCoreApplication::translate("Marquee", "Upgrading the catalog"));
            dialog->setLabelText(QCoreApplication::translate(
                                     "Marquee",
                                     "Upgrading %1 for this version of Marquee (schema %2 to %3).\n"
                                     "A large catalog takes some minutes; it opens when done.")
                                     .arg(QFileInfo(path).fileName())
                                     .arg(from)
                                     .arg(to));
            dialog->setToolTip(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
            dialog->setCancelButton(nullptr); // each step is one transaction; none is undone
            dialog->setRange(0, 0);
            dialog->setMinimumDuration(0);
            dialog->setWindowModality(Qt::ApplicationModal);
            dialog->show();
        }
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    };
    return Catalog::open(path, options);
}

} // namespace Marquee
