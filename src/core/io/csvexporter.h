#pragma once

#include "../domain/fields.h"

#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace Marquee {

class Catalog;

struct ExportOptions
{
    Table table = Table::Films;
    QStringList columns; // field names in the order wanted; empty means all
    char delimiter = ',';
    bool header = true;
    bool formulaGuard = true;
    QString filter;    // only the rows that pass a view's filter ...
    QList<qint64> ids; // ... and, when not empty, only these rows (a selection)
    // Called every few thousand rows with the rows written; returning false cancels.
    std::function<bool(qint64 rows)> progress;
};

struct ExportReport
{
    qint64 rows = 0;
    bool cancelled = false;
    QString error; // empty when the export succeeded
};

// Writes one table of a catalog as CSV (UTF-8, a header of snake_case field names, lists joined
// with "; "), streaming row by row. To a file it writes through QSaveFile: a failed or
// cancelled export leaves any earlier file as it was.
class CsvExporter
{
public:
    CsvExporter(Catalog &catalog, const ExportOptions &options);

    // The options' columns as field indexes; sets `error` naming an unknown column.
    static QList<int> resolveColumns(Table table, const QStringList &names, QString &error);

    ExportReport exportFile(const QString &path);
    ExportReport exportTo(QIODevice *device);

private:
    Catalog &m_catalog;
    ExportOptions m_options;
};

} // namespace Marquee
