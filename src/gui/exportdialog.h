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

// Export a table as CSV: the columns (checked and ordered), all rows or only the filtered or
// selected ones, the delimiter, the header and the spreadsheet guard; progress with Cancel
// while a worker thread writes through its own connection; a short report.
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

    void setFile(const QString &path);
    void setRows(int choice); // 0 all, 1 filtered, 2 selected
    void setColumns(const QStringList &names);
    QStringList columns() const;
    void start();
    bool isRunning() const { return m_worker != nullptr; }
    QString status() const;

private:
    Table table() const;
    void fillColumns();
    void finished(qint64 rows, bool cancelled, const QString &error);

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QString m_catalogPath;
    Scope m_scope;
    QThread *m_worker = nullptr;
    std::atomic<bool> m_cancel{false};
    QPushButton *m_exportButton = nullptr;
};

} // namespace Marquee
