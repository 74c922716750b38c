#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Marquee {

// A mapped cell of a CSV record: the field of the table it goes to and its text.
struct Cell
{
    int field;
    QString text;
};

// The CSV files of another program (an IMDb export ...): how its header maps to Marquee's
// fields, and how its values become Marquee's, row by row, before the CSV importer reads them.
class CsvDialect
{
public:
    enum class Verdict { Keep, Skip, Fail };

    virtual ~CsvDialect() = default;
    // For the report: "IMDb export".
    virtual QString title() const = 0;
    // The field of films each column goes to (-1: not read), with a note for every column that
    // is not read and why.
    virtual QList<int> mapHeader(const QStringList &header, QStringList &notes) const = 0;
    // Rewrites the cells into Marquee's values. Skip (with `reason`) for rows that are not
    // films; Fail (with `field` and `reason`) for a value that cannot be read.
    virtual Verdict adapt(QList<Cell> &cells, QString &field, QString &reason) const = 0;
};

} // namespace Marquee
