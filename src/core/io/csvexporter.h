#pragma once

#include "importexport.h"

namespace Marquee {

class Catalog;

// Writes one table of a catalog as CSV (UTF-8, a header of snake_case field names, lists joined
// with "; "), streaming row by row. To a file it writes through QSaveFile: a failed or
// cancelled export leaves any earlier file as it was.
class CsvExporter : public Exporter
{
public:
    CsvExporter(Catalog &catalog, const ExportOptions &options);

    // The options' columns as field indexes; sets `error` naming an unknown column.
    static QList<int> resolveColumns(Table table, const QStringList &names, QString &error);

    ExportReport exportTo(QIODevice *device) override;

private:
    Catalog &m_catalog;
    ExportOptions m_options;
};

} // namespace Marquee
