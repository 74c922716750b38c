#include "exportdialog.h"

#include "core/db/catalog.h"
#include "core/domain/error.h"
#include "core/io/formats.h"
#include "core/models/catalogtablemodel.h"
#include "print/pdfcatalog.h"
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
      m_scope(scope), m_scopeTable(table)
{
    m_ui->setupUi(this);
    registerPrintFormats();
    for (const FileFormat &format : fileFormats()) {
        if (format.exports())
            m_ui->formatCombo->addItem(format.title, format.name);
    }
    for (const Table t : AllTables)
        m_ui->tableCombo->addItem(tableTitle(t), int(t));
    m_ui->tableCombo->setCurrentIndex(int(table));
    m_ui->layoutCombo->addItem(tr("A page per film, with its poster"), false);
    m_ui->layoutCombo->addItem(tr("A compact list"), true);
    m_ui->delimiterCombo->addItem(tr("Comma"), int(','));
    m_ui->delimiterCombo->addItem(tr("Semicolon"), int(';'));
    m_ui->delimiterCombo->addItem(tr("Tab"), int('\t'));
    m_ui->delimiterCombo->addItem(tr("Vertical bar |"), int('|'));
    m_ui->filteredRadio->setText(scope.filter.isEmpty()
                                     ? tr("The rows the filter shows (no filter)")
                                     : tr("The rows the filter \"%1\" shows").arg(scope.filter));
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
        updateRowChoices();
        fillColumns();
    });
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        if (format().folders) {
            const QString folder = QFileDialog::getExistingDirectory(
                this, tr("Export into a folder"), m_ui->fileEdit->text());
            if (!folder.isEmpty())
                setFile(folder);
            return;
        }
        QString path = QFileDialog::getSaveFileName(this, tr("Export"), m_ui->fileEdit->text(),
                                                    format().fileFilter());
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += u'.' + format().suffixes.first();
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
    formatChanged();
    m_exportButton->setEnabled(false);
    if (!scope.selection.isEmpty())
        m_ui->selectedRadio->setChecked(true);
    else if (!scope.filter.isEmpty())
        m_ui->filteredRadio->setChecked(true);
}

const FileFormat &ExportDialog::format() const
{
    const FileFormat *format = findFormat(m_ui->formatCombo->currentData().toString());
    return format ? *format : fileFormats().first();
}

void ExportDialog::setFormat(const QString &name)
{
    m_ui->formatCombo->setCurrentIndex(std::max(0, m_ui->formatCombo->findData(name)));
}

// CSV is one table with its columns; the other formats hold the films with all they have.
void ExportDialog::formatChanged()
{
    const bool oneTable = format().oneTable;
    for (QWidget *csvOnly : std::initializer_list<QWidget *>{
             m_ui->tableLabel, m_ui->tableCombo, m_ui->delimiterLabel, m_ui->delimiterCombo,
             m_ui->columnsBox, m_ui->headerCheck, m_ui->guardCheck})
        csvOnly->setVisible(oneTable);
    m_ui->layoutLabel->setVisible(format().printable);
    m_ui->layoutCombo->setVisible(format().printable);
    m_ui->formatNote->setText(
        oneTable ? tr("One table, a row per line, in the columns checked below.")
        : format().printable
            ? tr("The films with their poster, facts, credits and ratings, to read or print.")
        : format().folders
            ? tr("A .nfo file per film, named \"Title (Year).nfo\", and its poster "
                 "beside it, as Kodi reads them.")
            : tr("Every film with all it holds: companies, genres, providers, related "
                 "films, poster and reviews. With all rows, the saved searches too. "
                 "Importing the file into an empty catalog gives the same catalog."));
    if (isVisible() && !oneTable)
        resize(width(), sizeHint().height());
    // The file's name follows the format: another format's suffix is swapped, and a format of
    // a file per film writes into a folder of that name.
    const QString path = m_ui->fileEdit->text().trimmed();
    const QString suffix = QFileInfo(path).suffix();
    if (!path.isEmpty() && format().folders) {
        if (!suffix.isEmpty())
            m_ui->fileEdit->setText(path.chopped(suffix.size() + 1));
    } else if (!path.isEmpty() && suffix.isEmpty()) {
        m_ui->fileEdit->setText(path + u'.' + format().suffixes.first());
    } else if (!path.isEmpty() && !format().suffixes.contains(suffix, Qt::CaseInsensitive)) {
        m_ui->fileEdit->setText(path.chopped(suffix.size()) + format().suffixes.first());
    }
    m_ui->fileCaption->setText(format().folders ? tr("Folder:") : tr("File:"));
    updateRowChoices();
}

// The filter and the selection belong to the table they were made in.
void ExportDialog::updateRowChoices()
{
    const bool sameTable = table() == m_scopeTable;
    m_ui->filteredRadio->setEnabled(sameTable && !m_scope.filter.isEmpty());
    m_ui->selectedRadio->setEnabled(sameTable && !m_scope.selection.isEmpty());
    if ((m_ui->filteredRadio->isChecked() && !m_ui->filteredRadio->isEnabled()) ||
        (m_ui->selectedRadio->isChecked() && !m_ui->selectedRadio->isEnabled()))
        m_ui->allRadio->setChecked(true);
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
    return format().oneTable ? Table(m_ui->tableCombo->currentData().toInt()) : Table::Films;
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
    const FileFormat *format = &this->format();
    ExportOptions options;
    options.table = table();
    options.columns = format->oneTable ? columns() : QStringList();
    if (format->oneTable && options.columns.isEmpty()) {
        m_ui->statusLabel->setText(tr("Choose at least one column."));
        return;
    }
    options.delimiter = char(m_ui->delimiterCombo->currentData().toInt());
    options.header = m_ui->headerCheck->isChecked();
    options.formulaGuard = m_ui->guardCheck->isChecked();
    options.compact = m_ui->layoutCombo->currentData().toBool();
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
    m_worker = QThread::create([this, format, options, path, catalogPath]() mutable {
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
            report = format->exporter(*catalog, options)->exportFile(path);
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
        m_ui->statusLabel->setText((format().oneTable
                                        ? tr("Exported %n row(s) to %1.", nullptr, int(rows))
                                        : tr("Exported %n film(s) to %1.", nullptr, int(rows)))
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
