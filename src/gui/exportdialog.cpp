#include "exportdialog.h"

#include "core/db/catalog.h"
#include "core/domain/error.h"
#include "core/io/csvexporter.h"
#include "core/models/catalogtablemodel.h"
#include "tabletitles.h"
#include "ui_exportdialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QThread>

namespace Marquee {

ExportDialog::ExportDialog(const QString &catalogPath, Table table, const Scope &scope,
                           QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>()), m_catalogPath(catalogPath),
      m_scope(scope)
{
    m_ui->setupUi(this);
    for (const Table t : {Table::Films, Table::Companies, Table::Reviews})
        m_ui->tableCombo->addItem(tableTitle(t), int(t));
    m_ui->tableCombo->setCurrentIndex(int(table));
    m_ui->delimiterCombo->addItem(tr("Comma"), int(','));
    m_ui->delimiterCombo->addItem(tr("Semicolon"), int(';'));
    m_ui->delimiterCombo->addItem(tr("Tab"), int('\t'));
    m_ui->delimiterCombo->addItem(tr("Vertical bar |"), int('|'));
    m_ui->filteredRadio->setEnabled(!scope.filter.isEmpty());
    m_ui->filteredRadio->setText(scope.filter.isEmpty()
                                     ? tr("The rows the filter shows (no filter)")
                                     : tr("The rows the filter \"%1\" shows").arg(scope.filter));
    m_ui->selectedRadio->setEnabled(!scope.selection.isEmpty());
    m_ui->selectedRadio->setText(
        scope.selection.isEmpty()
            ? tr("The selected rows (select several rows first)")
            : tr("The %n selected row(s)", nullptr, int(scope.selection.size())));
    m_ui->progressBar->setRange(0, 0);
    m_ui->progressBar->hide();
    m_exportButton = m_ui->buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_ui->buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_ui->tableCombo, &QComboBox::currentIndexChanged, this, [this] {
        // The filter and selection belong to the table they were made in.
        m_ui->allRadio->setChecked(true);
        m_ui->filteredRadio->setEnabled(false);
        m_ui->selectedRadio->setEnabled(false);
        fillColumns();
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export CSV"), m_ui->fileEdit->text(), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_ui->allColumnsButton, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_ui->columnList->count(); ++i)
            m_ui->columnList->item(i)->setCheckState(Qt::Checked);
    });
    connect(m_ui->noColumnsButton, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_ui->columnList->count(); ++i)
            m_ui->columnList->item(i)->setCheckState(Qt::Unchecked);
    });
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_exportButton->setEnabled(!text.trimmed().isEmpty()); });
    fillColumns();
    m_exportButton->setEnabled(false);
    if (!scope.selection.isEmpty())
        m_ui->selectedRadio->setChecked(true);
    else if (!scope.filter.isEmpty())
        m_ui->filteredRadio->setChecked(true);
}

ExportDialog::~ExportDialog()
{
    if (m_worker) {
        m_cancel = true;
        m_worker->wait();
        delete m_worker;
    }
}

Table ExportDialog::table() const
{
    return Table(m_ui->tableCombo->currentData().toInt());
}

void ExportDialog::fillColumns()
{
    m_ui->columnList->clear();
    const QList<FieldInfo> &fields = fieldsOf(table());
    for (int f = 0; f < fields.size(); ++f) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  (%2)")
                .arg(CatalogTableModel::headerText(table(), f), fields[f].name));
        item->setData(Qt::UserRole, fields[f].name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(Qt::Checked);
        m_ui->columnList->addItem(item);
    }
}

void ExportDialog::setFile(const QString &path)
{
    m_ui->fileEdit->setText(path);
}

void ExportDialog::setRows(int choice)
{
    (choice == 2   ? m_ui->selectedRadio
     : choice == 1 ? m_ui->filteredRadio
                   : m_ui->allRadio)
        ->setChecked(true);
}

void ExportDialog::setColumns(const QStringList &names)
{
    // Checked columns first, in the order given; the rest after them, unchecked.
    for (int i = 0; i < m_ui->columnList->count(); ++i)
        m_ui->columnList->item(i)->setCheckState(Qt::Unchecked);
    for (int target = 0; target < names.size(); ++target) {
        for (int i = 0; i < m_ui->columnList->count(); ++i) {
            if (m_ui->columnList->item(i)->data(Qt::UserRole).toString() == names[target]) {
                QListWidgetItem *item = m_ui->columnList->takeItem(i);
                item->setCheckState(Qt::Checked);
                m_ui->columnList->insertItem(target, item);
                break;
            }
        }
    }
}

QStringList ExportDialog::columns() const
{
    QStringList names;
    for (int i = 0; i < m_ui->columnList->count(); ++i) {
        if (m_ui->columnList->item(i)->checkState() == Qt::Checked)
            names.append(m_ui->columnList->item(i)->data(Qt::UserRole).toString());
    }
    return names;
}

QString ExportDialog::status() const
{
    return m_ui->statusLabel->text();
}

void ExportDialog::start()
{
    if (m_worker)
        return;
    ExportOptions options;
    options.table = table();
    options.columns = columns();
    if (options.columns.isEmpty()) {
        m_ui->statusLabel->setText(tr("Choose at least one column."));
        return;
    }
    options.delimiter = char(m_ui->delimiterCombo->currentData().toInt());
    options.header = m_ui->headerCheck->isChecked();
    options.formulaGuard = m_ui->guardCheck->isChecked();
    if (m_ui->filteredRadio->isChecked())
        options.filter = m_scope.filter;
    if (m_ui->selectedRadio->isChecked())
        options.ids = m_scope.selection;
    const QString path = m_ui->fileEdit->text().trimmed();
    const QString catalogPath = m_catalogPath;

    m_cancel = false;
    m_exportButton->setEnabled(false);
    m_ui->progressBar->show();
    m_ui->statusLabel->setText(tr("Exporting…"));
    m_worker = QThread::create([this, options, path, catalogPath]() mutable {
        options.progress = [this](qint64 rows) {
            QMetaObject::invokeMethod(m_ui->statusLabel, "setText", Qt::QueuedConnection,
                                      Q_ARG(QString, tr("Exporting… %1 rows").arg(rows)));
            return !m_cancel.load();
        };
        ExportReport report;
        try {
            Catalog::Options readOnly;
            readOnly.readOnly = true;
            auto catalog = Catalog::open(catalogPath, readOnly);
            report = CsvExporter(*catalog, options).exportFile(path);
        } catch (const Error &e) {
            report.error = e.message();
        }
        QMetaObject::invokeMethod(
            this, [this, report] { finished(report.rows, report.cancelled, report.error); },
            Qt::QueuedConnection);
    });
    m_worker->start();
}

void ExportDialog::finished(qint64 rows, bool cancelled, const QString &error)
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_ui->progressBar->hide();
    m_exportButton->setEnabled(true);
    if (!error.isEmpty())
        m_ui->statusLabel->setText(error);
    else if (cancelled)
        m_ui->statusLabel->setText(tr("Cancelled: no file was written."));
    else
        m_ui->statusLabel->setText(tr("Exported %n row(s) to %1.", nullptr, int(rows))
                                       .arg(QFileInfo(m_ui->fileEdit->text()).fileName()));
    if (QPushButton *cancel = m_ui->buttons->button(QDialogButtonBox::Cancel))
        cancel->setText(tr("Close"));
}

void ExportDialog::reject()
{
    if (m_worker) {
        m_cancel = true;
        m_ui->statusLabel->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace Marquee
