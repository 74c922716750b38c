#pragma once

#include "../domain/fields.h"
#include "csvreader.h"

#include <QList>
#include <QStringList>

namespace Marquee {

// The first records of a CSV file as the importer would read them, for the import dialog: the
// header, some rows, the encoding and delimiter in force, and the field each column maps to.
struct CsvPreview
{
    QString error; // set when the file cannot be read at all
    Encoding encoding = Encoding::Utf8;
    char delimiter = ',';
    QStringList warnings;
    QStringList header;
    QList<QStringList> rows;
    QList<int> columnFields; // per column: a field of the table, or -1

    static CsvPreview read(const QString &path, Table table, const CsvReader::Options &options,
                           int maxRows = 20);
};

} // namespace Marquee
