#include "samplecatalog.h"

#include "../domain/error.h"
#include "marqueejson.h"

#include <QFile>

namespace Marquee {

SampleResult loadSampleCatalog(Catalog &catalog)
{
    QFile file(QStringLiteral(":/sample/sample-catalog.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("The sample catalog is missing from this build of Marquee."));
    ImportOptions options;
    options.onDuplicate = DuplicatePolicy::Skip;
    const ImportReport report =
        MarqueeJsonImporter(catalog, options).import(&file, file.fileName());
    if (!report.fatal.isEmpty() || report.failed > 0)
        throw Error(QStringLiteral("The sample catalog of this build is damaged: %1")
                        .arg(report.fatal.isEmpty() ? report.text() : report.fatal));
    return {int(report.imported), int(report.skipped)};
}

} // namespace Marquee
