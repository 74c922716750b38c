#include "importexport.h"

#include <QFile>
#include <QSaveFile>

namespace Marquee {

bool openForReading(QFile &file, QString &error)
{
    if (file.open(QIODevice::ReadOnly))
        return true;
    error = QStringLiteral("Cannot read %1: %2").arg(file.fileName(), file.errorString());
    return false;
}

ImportReport Importer::importFile(const QString &path)
{
    QFile file(path);
    ImportReport report;
    report.fileName = path;
    if (!openForReading(file, report.fatal))
        return report;
    return import(&file, path);
}

ExportReport Exporter::exportFile(const QString &path)
{
    QSaveFile file(path);
    ExportReport report;
    if (!file.open(QIODevice::WriteOnly)) {
        report.error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return report;
    }
    report = exportTo(&file);
    if (!report.error.isEmpty() || report.cancelled) {
        file.cancelWriting();
        return report;
    }
    if (!file.commit())
        report.error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
    return report;
}

} // namespace Marquee
