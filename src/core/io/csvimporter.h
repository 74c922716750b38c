#pragma once

#include "importexport.h"

namespace Marquee {

class Catalog;
class CsvDialect;

// Imports a CSV file into one table of a catalog. Valid rows go in batches, each batch in one
// transaction; every bad row is reported with the line where its record starts, the field
// and the reason, and skipped. A crash or a cancel leaves only whole committed batches.
class CsvImporter : public Importer
{
public:
    // With a dialect, the file is another program's films (the options' table is not used).
    CsvImporter(Catalog &catalog, const ImportOptions &options,
                const CsvDialect *dialect = nullptr);

    ImportReport import(QIODevice *device, const QString &fileName) override;

private:
    Catalog &m_catalog;
    ImportOptions m_options;
    const CsvDialect *m_dialect;
};

} // namespace Marquee
