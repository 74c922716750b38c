#pragma once

#include "../domain/fields.h"
#include "importreport.h"
#include "textencoding.h"

#include <QList>

#include <functional>

class QIODevice;

namespace Marquee {

class Catalog;

struct ImportOptions
{
    Table table = Table::Films;
    Encoding encoding = Encoding::Auto;
    char delimiter = 0; // 0: detect
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    bool strict = false;      // all or nothing
    bool dryRun = false;      // report only, write nothing
    bool formulaGuard = true; // remove the spreadsheet guard apostrophe
    int batchSize = 2000;     // rows per committed transaction
    // The field each column goes to (an index into fieldsOf(table), -1 to ignore it); empty
    // means matching the header's names.
    QList<int> columnFields;
    // Called now and then with the bytes read so far and the file's size (-1 if unknown);
    // returning false cancels the import.
    std::function<bool(qint64 done, qint64 total)> progress;
};

// Imports a CSV file into one table of a catalog. Valid rows go in batches, each batch in one
// transaction; every bad row is reported with the line where its record starts, the field
// and the reason, and skipped. A crash or a cancel leaves only whole committed batches.
class CsvImporter
{
public:
    CsvImporter(Catalog &catalog, const ImportOptions &options);

    ImportReport importFile(const QString &path);
    ImportReport import(QIODevice *device, const QString &fileName);

private:
    Catalog &m_catalog;
    ImportOptions m_options;
};

} // namespace Marquee
