#pragma once

#include "../domain/fields.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <limits>
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

    // The rows whose id is after `after` and up to `upTo`: one part of a table, for one of
    // several threads that export it together.
    struct IdRange
    {
        qint64 after = 0;
        qint64 upTo = std::numeric_limits<qint64>::max();
        // Not a part: every row, whatever its id.
        bool isWhole() const { return after == 0 && upTo == std::numeric_limits<qint64>::max(); }
    };

    // Goes on to the rows of another part of the table, on a cursor opened for a part (not
    // for the whole table), in the same read: names it has read already are not read again.
    virtual void moveTo(IdRange range) = 0;

    // All rows, or those that pass `filter` (the words of a view's filter box) and, when `ids`
    // is not empty, are among `ids`; all within `range`.
    static std::unique_ptr<ExportCursor> open(Catalog &catalog, Table table,
                                              const QString &filter = QString(),
                                              const QList<qint64> &ids = {});
    static std::unique_ptr<ExportCursor> open(Catalog &catalog, Table table, const QString &filter,
                                              const QList<qint64> &ids, IdRange range);
};

} // namespace Marquee
