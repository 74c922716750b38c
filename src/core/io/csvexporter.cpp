#include "csvexporter.h"

#include "../db/exportcursor.h"
#include "../domain/error.h"
#include "csvwriter.h"

#include <QIODevice>

namespace Marquee {

CsvExporter::CsvExporter(Catalog &catalog, const ExportOptions &options)
    : m_catalog(catalog), m_options(options)
{}

QList<int> CsvExporter::resolveColumns(Table table, const QStringList &names, QString &error)
{
    const QList<FieldInfo> &fields = fieldsOf(table);
    QList<int> columns;
    if (names.isEmpty()) {
        for (qsizetype i = 0; i < fields.size(); ++i)
            columns.append(int(i));
        return columns;
    }
    for (const QString &name : names) {
        const int f = fieldForHeader(table, name.trimmed());
        if (f < 0) {
            error = QStringLiteral("\"%1\" is not a column of %2; the columns are: %3")
                        .arg(name.trimmed(), tableName(table),
                             fieldNames(table).join(QStringLiteral(", ")));
            return {};
        }
        columns.append(f);
    }
    return columns;
}

ExportReport CsvExporter::exportTo(QIODevice *device)
{
    ExportReport report;
    const QList<FieldInfo> &fields = fieldsOf(m_options.table);
    const QList<int> columns = resolveColumns(m_options.table, m_options.columns, report.error);
    if (columns.isEmpty())
        return report;

    CsvWriter writer(device, m_options.delimiter);
    if (m_options.header) {
        for (const int c : columns)
            writer.appendField(fields[c].name.toUtf8());
        writer.endRecord();
    }
    // Guarding applies to text; numbers are written as they are.
    QList<bool> guard;
    for (const int c : columns) {
        const FieldKind kind = fields[c].kind;
        guard.append(m_options.formulaGuard && kind != FieldKind::Integer &&
                     kind != FieldKind::Real);
    }

    try {
        const auto cursor =
            ExportCursor::open(m_catalog, m_options.table, m_options.filter, m_options.ids);
        QList<QByteArrayView> row;
        while (cursor->next(row)) {
            for (qsizetype i = 0; i < columns.size(); ++i)
                writer.appendField(row[columns[i]], guard[i]);
            writer.endRecord();
            ++report.rows;
            if (!writer.errorString().isEmpty())
                break;
            if (report.rows % 4096 == 0) {
                if (m_options.progress && !m_options.progress(report.rows)) {
                    report.cancelled = true;
                    return report;
                }
                if (!writer.errorString().isEmpty())
                    break;
            }
        }
    } catch (const Error &e) {
        report.error = e.message();
        return report;
    }
    if (!writer.flush())
        report.error = QStringLiteral("Writing failed: %1").arg(writer.errorString());
    if (m_options.progress)
        m_options.progress(report.rows);
    return report;
}

} // namespace Marquee
