#pragma once

#include "../domain/fields.h"

#include <QVariantList>

#include <memory>

namespace Marquee {

class Catalog;

// Streams the rows of a table for export, one at a time, with every field of fieldsOf(table)
// in order: plain values as stored, lists already joined with "; ", computed fields (critics'
// score, film count) filled in. Rows come in catalog order (by id). Memory does not grow with
// the number of rows.
class ExportCursor
{
public:
    virtual ~ExportCursor() = default;
    virtual bool next(QVariantList &row) = 0;

    static std::unique_ptr<ExportCursor> open(Catalog &catalog, Table table);
};

} // namespace Marquee
