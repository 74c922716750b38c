#pragma once

#include "../domain/fields.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>

namespace Marquee {

class Catalog;

// Streams the rows of a table for export, one at a time, with every field of fieldsOf(table)
// in order, as UTF-8 text ready for a file: integers in decimal, reals in their shortest exact
// form, lists joined with "; ", computed fields (critics' score, film count) filled in, NULL as
// empty. Rows come in catalog order (by id); memory does not grow with the number of rows.
// The views of a row stay valid until the next call to next().
class ExportCursor
{
public:
    virtual ~ExportCursor() = default;
    virtual bool next(QList<QByteArrayView> &row) = 0;

    // All rows, or those that pass `filter` (the words of a view's filter box) and, when `ids`
    // is not empty, are among `ids`.
    static std::unique_ptr<ExportCursor> open(Catalog &catalog, Table table,
                                              const QString &filter = QString(),
                                              const QList<qint64> &ids = {});
};

} // namespace Marquee
