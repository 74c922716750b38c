#include "csvpreview.h"

#include "importexport.h"

#include <QFile>

namespace Marquee {

CsvPreview CsvPreview::read(const QString &path, Table table, const CsvReader::Options &options,
                            int maxRows)
{
    CsvPreview preview;
    QFile file(path);
    if (!openForReading(file, preview.error))
        return preview;
    CsvReader reader(&file, path, options);
    if (!reader.start()) {
        preview.error = reader.errorString();
        return preview;
    }
    preview.encoding = reader.encoding();
    preview.delimiter = reader.delimiter();
    preview.warnings = reader.warnings();
    CsvReader::Record record;
    if (!reader.next(record)) {
        preview.error = QStringLiteral("%1 is empty: a CSV file starts with a header line naming "
                                       "its columns.")
                            .arg(path);
        return preview;
    }
    preview.header = record.fields;
    QList<bool> taken(fieldsOf(table).size(), false);
    for (const QString &name : std::as_const(preview.header)) {
        int f = fieldForHeader(table, name.trimmed());
        if (f >= 0 && (fieldsOf(table)[f].computed || taken[f]))
            f = -1;
        if (f >= 0)
            taken[f] = true;
        preview.columnFields.append(f);
    }
    while (preview.rows.size() < maxRows && reader.next(record))
        preview.rows.append(record.fields);
    return preview;
}

} // namespace Marquee
