#pragma once

#include "core/domain/fields.h"
#include "core/io/importreport.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QThread;

namespace Ui {
class ImportDialog;
}

namespace Marquee {

struct FileFormat;

// Import a file in any format of the registry, detected from the file or chosen. For CSV:
// choose the table, see the first rows as read with the detected encoding and delimiter (both
// changeable, the preview follows), map each column to a field or ignore it. For a whole
// catalog (Marquee JSON): see its first films and what it holds. Then the duplicate policy,
// strict and dry-run; a progress bar with Cancel while a worker thread imports on a connection
// of its own, and a report that can be saved.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // While the work runs, Cancel stops it (whole committed batches stay); otherwise it closes.
    void reject() override;
    ImportDialog(const QString &catalogPath, Table table, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString &path);
    void setFormat(const QString &name); // empty: detect from the file
    // Columns -> field indexes as the mapping table shows them (-1: ignored).
    QList<int> columnFields() const;
    void setColumnField(int column, int field);
    void start();
    bool isRunning() const;
    const ImportReport &report() const { return m_report; }

signals:
    // The catalog changed (rows were committed): views should refresh.
    void catalogChanged();

private:
    Table table() const;
    void refreshPreview();
    void showCsvPreview(const QString &path);
    void showFilePreview(const QString &path);
    void finished(const ImportReport &report);
    void showFinishing();
    void saveReport();
    void updateButtons();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    QString m_catalogPath;
    QThread *m_worker = nullptr;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_finishing{false}; // the rows are in, the indexes being built
    ImportReport m_report;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    const FileFormat *m_format = nullptr; // of the file chosen
    bool m_previewOk = false;
};

} // namespace Marquee
