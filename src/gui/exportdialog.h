#pragma once

#include "core/domain/fields.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QThread;

namespace Ui {
class ExportDialog;
}

namespace Marquee {

struct FileFormat;

// Export in any format of the registry: CSV of one table with its columns (checked and
// ordered), delimiter, header and spreadsheet guard, or the films with everything they hold
// (Marquee JSON); all rows or only the filtered or selected ones; progress with Cancel while a
// worker thread writes through its own connection; a short report.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // While the work runs, Cancel stops it (whole committed batches stay); otherwise it closes.
    void reject() override;
    struct Scope
    {
        QString filter;          // the view's filter box, if any
        QList<qint64> selection; // ids of the selected rows, if any
    };

    ExportDialog(const QString &catalogPath, Table table, const Scope &scope,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setFormat(const QString &name); // a FileFormat's name: "csv", "json"
    void setFile(const QString &path);
    void setRows(int choice); // 0 all, 1 filtered, 2 selected
    void setColumns(const QStringList &names);
    QStringList columns() const;
    void start();
    bool isRunning() const { return m_worker != nullptr; }
    QString status() const;

private:
    const FileFormat &format() const;
    void formatChanged();
    void updateRowChoices();
    Table table() const;
    void fillColumns();
    void finished(qint64 rows, bool cancelled, const QString &error);

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QString m_catalogPath;
    Scope m_scope;
    Table m_scopeTable; // the table the filter and selection were made in
    QThread *m_worker = nullptr;
    std::atomic<bool> m_cancel{false};
    QPushButton *m_exportButton = nullptr;
};

} // namespace Marquee
