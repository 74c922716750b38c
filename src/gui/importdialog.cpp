#include "importdialog.h"

#include "core/db/catalog.h"
#include "core/domain/error.h"
#include "core/io/csvpreview.h"
#include "core/io/formats.h"
#include "tabletitles.h"
#include "ui_importdialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>
#include <QSaveFile>
#include <QThread>

namespace Marquee {

ImportDialog::ImportDialog(const QString &catalogPath, Table table, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_catalogPath(catalogPath)
{
    m_ui->setupUi(this);
    m_ui->formatCombo->addItem(tr("Detect from the file"), QString());
    for (const FileFormat &format : fileFormats()) {
        if (format.imports())
            m_ui->formatCombo->addItem(format.title, format.name);
    }
    for (const Table t : AllTables)
        m_ui->tableCombo->addItem(tableTitle(t), int(t));
    m_ui->tableCombo->setCurrentIndex(int(table));
    m_ui->encodingCombo->addItem(tr("Detect"), int(Encoding::Auto));
    m_ui->encodingCombo->addItem(QStringLiteral("UTF-8"), int(Encoding::Utf8));
    m_ui->encodingCombo->addItem(QStringLiteral("Windows-1252"), int(Encoding::Windows1252));
    m_ui->delimiterCombo->addItem(tr("Detect"), 0);
    m_ui->delimiterCombo->addItem(tr("Comma"), int(','));
    m_ui->delimiterCombo->addItem(tr("Semicolon"), int(';'));
    m_ui->delimiterCombo->addItem(tr("Tab"), int('\t'));
    m_ui->delimiterCombo->addItem(tr("Vertical bar |"), int('|'));
    m_ui->duplicateCombo->addItem(tr("Skip them"), int(DuplicatePolicy::Skip));
    m_ui->duplicateCombo->addItem(tr("Update them from the file"), int(DuplicatePolicy::Update));
    m_ui->duplicateCombo->addItem(tr("Add them anyway"), int(DuplicatePolicy::Add));
    m_ui->mappingTable->setColumnCount(3);
    m_ui->mappingTable->setHorizontalHeaderLabels({tr("Column"), tr("First value"), tr("Field")});
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->mappingTable->verticalHeader()->hide();
    m_ui->previewTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // The mapping needs the room: a preview of a few rows says enough.
    m_ui->previewTable->setMaximumHeight((fontMetrics().height() + 6) * 7);

    m_importButton = m_ui->buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_saveButton = m_ui->buttons->addButton(tr("Save Report…"), QDialogButtonBox::ActionRole);
    m_ui->buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::start);
    connect(m_saveButton, &QPushButton::clicked, this, &ImportDialog::saveReport);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const FileFormat *chosen = findFormat(m_ui->formatCombo->currentData().toString());
        if (chosen && chosen->folders) {
            const QString folder =
                QFileDialog::getExistingDirectory(this, tr("Import a folder"), QString());
            if (!folder.isEmpty())
                setFile(folder);
            return;
        }
        QStringList filters;
        for (const FileFormat &format : fileFormats()) {
            if (format.imports())
                filters.append(format.fileFilter());
        }
        filters.append(tr("All files (*)"));
        const QString path = QFileDialog::getOpenFileName(this, tr("Import"), QString(),
                                                          filters.join(QStringLiteral(";;")));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_ui->fileEdit, &QLineEdit::editingFinished, this, &ImportDialog::refreshPreview);
    for (QComboBox *combo :
         {m_ui->formatCombo, m_ui->tableCombo, m_ui->encodingCombo, m_ui->delimiterCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    m_ui->pages->setCurrentWidget(m_ui->setupPage);
    updateButtons();
}

ImportDialog::~ImportDialog()
{
    if (m_worker) {
        m_cancel = true;
        m_worker->wait();
        delete m_worker;
    }
}

Table ImportDialog::table() const
{
    return Table(m_ui->tableCombo->currentData().toInt());
}

void ImportDialog::setFile(const QString &path)
{
    m_ui->fileEdit->setText(path);
    refreshPreview();
}

void ImportDialog::setFormat(const QString &name)
{
    m_ui->formatCombo->setCurrentIndex(std::max(0, m_ui->formatCombo->findData(name)));
}

void ImportDialog::refreshPreview()
{
    const QString path = m_ui->fileEdit->text().trimmed();
    m_ui->previewTable->clear();
    m_ui->previewTable->setRowCount(0);
    m_ui->previewTable->setColumnCount(0);
    m_ui->mappingTable->setRowCount(0);
    m_previewOk = false;
    m_ui->formatCombo->setItemText(0, tr("Detect from the file"));
    m_format = nullptr;
    if (path.isEmpty()) {
        m_ui->detectedLabel->clear();
        updateButtons();
        return;
    }
    const QString chosen = m_ui->formatCombo->currentData().toString();
    QString error;
    m_format = chosen.isEmpty() ? detectImportFormat(path, &error) : findFormat(chosen);
    if (!m_format) {
        m_ui->detectedLabel->setText(error);
        updateButtons();
        return;
    }
    if (chosen.isEmpty())
        m_ui->formatCombo->setItemText(0, tr("Detect from the file: %1").arg(m_format->title));
    const bool oneTable = m_format->oneTable;
    for (QWidget *csvOnly : std::initializer_list<QWidget *>{
             m_ui->tableLabel, m_ui->tableCombo, m_ui->encodingLabel, m_ui->encodingCombo,
             m_ui->delimiterLabel, m_ui->delimiterCombo, m_ui->mappingCaption, m_ui->mappingTable})
        csvOnly->setVisible(oneTable);
    m_ui->previewTable->setMaximumHeight(oneTable ? (fontMetrics().height() + 6) * 7
                                                  : QWIDGETSIZE_MAX);
    if (oneTable)
        showCsvPreview(path);
    else
        showFilePreview(path);
    updateButtons();
}

void ImportDialog::showFilePreview(const QString &path)
{
    const FilePreview preview = m_format->preview(path, 50);
    m_ui->previewCaption->setText(tr("The first films in the file:"));
    if (!preview.error.isEmpty()) {
        m_ui->detectedLabel->setText(preview.error);
        return;
    }
    m_ui->detectedLabel->setText(tr("%1: %2.").arg(m_format->title, preview.summary));
    m_ui->previewTable->setColumnCount(int(preview.header.size()));
    m_ui->previewTable->setHorizontalHeaderLabels(preview.header);
    m_ui->previewTable->setRowCount(int(preview.rows.size()));
    for (int r = 0; r < preview.rows.size(); ++r) {
        for (int c = 0; c < preview.rows[r].size(); ++c)
            m_ui->previewTable->setItem(r, c, new QTableWidgetItem(preview.rows[r][c]));
    }
    m_ui->previewTable->resizeColumnsToContents();
    for (int c = 0; c < m_ui->previewTable->columnCount(); ++c)
        m_ui->previewTable->setColumnWidth(c, std::min(m_ui->previewTable->columnWidth(c), 320));
    m_ui->previewTable->horizontalHeader()->setStretchLastSection(true);
    m_previewOk = preview.films > 0 || !preview.summary.isEmpty();
}

void ImportDialog::showCsvPreview(const QString &path)
{
    CsvReader::Options options;
    options.encoding = Encoding(m_ui->encodingCombo->currentData().toInt());
    options.delimiter = char(m_ui->delimiterCombo->currentData().toInt());
    m_ui->previewCaption->setText(tr("Preview of the first rows, as read:"));
    m_ui->previewTable->horizontalHeader()->setStretchLastSection(false);
    const CsvPreview preview = CsvPreview::read(path, table(), options);
    if (!preview.error.isEmpty()) {
        m_ui->detectedLabel->setText(preview.error);
        return;
    }
    QString detected =
        tr("Read as %1, %2-separated.")
            .arg(toText(preview.encoding), CsvReader::delimiterName(preview.delimiter));
    for (const QString &warning : preview.warnings)
        detected += u' ' + warning;
    m_ui->detectedLabel->setText(detected);

    m_ui->previewTable->setColumnCount(int(preview.header.size()));
    m_ui->previewTable->setHorizontalHeaderLabels(preview.header);
    m_ui->previewTable->setRowCount(int(preview.rows.size()));
    for (int r = 0; r < preview.rows.size(); ++r) {
        for (int c = 0; c < preview.rows[r].size() && c < preview.header.size(); ++c) {
            QString text = preview.rows[r][c];
            text.replace(u'\n', u' ');
            m_ui->previewTable->setItem(r, c, new QTableWidgetItem(text.left(200)));
        }
    }
    m_ui->previewTable->resizeColumnsToContents();
    for (int c = 0; c < m_ui->previewTable->columnCount(); ++c)
        m_ui->previewTable->setColumnWidth(c, std::min(m_ui->previewTable->columnWidth(c), 240));

    const QList<FieldInfo> &fields = fieldsOf(table());
    m_ui->mappingTable->setRowCount(int(preview.header.size()));
    for (int c = 0; c < preview.header.size(); ++c) {
        m_ui->mappingTable->setItem(c, 0, new QTableWidgetItem(preview.header[c]));
        const QString sample = preview.rows.isEmpty() ? QString() : preview.rows.first().value(c);
        m_ui->mappingTable->setItem(c, 1,
                                    new QTableWidgetItem(sample.left(120).replace(u'\n', u' ')));
        auto *combo = new QComboBox;
        combo->addItem(tr("(ignore)"), -1);
        for (int f = 0; f < fields.size(); ++f) {
            if (!fields[f].computed)
                combo->addItem(fields[f].name, f);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(preview.columnFields.value(c, -1))));
        m_ui->mappingTable->setCellWidget(c, 2, combo);
    }
    m_ui->mappingTable->resizeColumnToContents(0);
    m_ui->mappingTable->resizeColumnToContents(2);
    m_previewOk = m_ui->mappingTable->rowCount() > 0;
}

QList<int> ImportDialog::columnFields() const
{
    QList<int> fields;
    for (int r = 0; r < m_ui->mappingTable->rowCount(); ++r) {
        auto *combo = qobject_cast<QComboBox *>(m_ui->mappingTable->cellWidget(r, 2));
        fields.append(combo ? combo->currentData().toInt() : -1);
    }
    return fields;
}

void ImportDialog::setColumnField(int column, int field)
{
    if (auto *combo = qobject_cast<QComboBox *>(m_ui->mappingTable->cellWidget(column, 2)))
        combo->setCurrentIndex(std::max(0, combo->findData(field)));
}

void ImportDialog::updateButtons()
{
    const bool setup = m_ui->pages->currentWidget() == m_ui->setupPage;
    m_importButton->setVisible(setup);
    m_importButton->setEnabled(setup && m_format && m_previewOk);
    m_saveButton->setVisible(m_ui->pages->currentWidget() == m_ui->reportPage);
    QPushButton *cancel = m_ui->buttons->button(QDialogButtonBox::Cancel);
    if (cancel) {
        cancel->setText(m_ui->pages->currentWidget() == m_ui->reportPage ? tr("Close")
                                                                         : tr("Cancel"));
        cancel->setEnabled(!(m_worker && m_finishing));
    }
}

bool ImportDialog::isRunning() const
{
    return m_worker != nullptr;
}

void ImportDialog::start()
{
    if (m_worker || !m_format)
        return;
    const FileFormat *format = m_format;
    ImportOptions options;
    options.table = table();
    options.encoding = Encoding(m_ui->encodingCombo->currentData().toInt());
    options.delimiter = char(m_ui->delimiterCombo->currentData().toInt());
    options.onDuplicate = DuplicatePolicy(m_ui->duplicateCombo->currentData().toInt());
    options.strict = m_ui->strictCheck->isChecked();
    options.dryRun = m_ui->dryRunCheck->isChecked();
    if (format->oneTable)
        options.columnFields = columnFields();
    const QString file = m_ui->fileEdit->text().trimmed();
    const QString catalogPath = m_catalogPath;

    m_cancel = false;
    m_finishing = false;
    m_ui->pages->setCurrentWidget(m_ui->progressPage);
    m_ui->progressLabel->setText(tr("Importing %1…").arg(QFileInfo(file).fileName()));
    m_ui->progressBar->setRange(0, 1000);
    m_ui->progressBar->setValue(0);
    updateButtons();

    // The worker opens its own connection: the window keeps browsing while rows go in.
    m_worker = QThread::create([this, format, options, file, catalogPath]() mutable {
        options.progress = [this](qint64 done, qint64 total) {
            if (total > 0) {
                const int permille = int(1000 * done / total);
                QMetaObject::invokeMethod(m_ui->progressBar, "setValue", Qt::QueuedConnection,
                                          Q_ARG(int, permille));
            }
            return !m_cancel.load();
        };
        options.finishing = [this] {
            m_finishing = true;
            QMetaObject::invokeMethod(this, &ImportDialog::showFinishing, Qt::QueuedConnection);
        };
        ImportReport report;
        try {
            Catalog::Options existing;
            existing.create = false; // a catalog moved away meanwhile is an error, not a new one
            auto catalog = Catalog::open(catalogPath, existing);
            report = format->importer(*catalog, options)->importFile(file);
        } catch (const Error &e) {
            report.fileName = file;
            report.fatal = e.message();
        }
        QMetaObject::invokeMethod(
            this, [this, report] { finished(report); }, Qt::QueuedConnection);
    });
    m_worker->start();
}

void ImportDialog::finished(const ImportReport &report)
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_report = report;
    m_ui->pages->setCurrentWidget(m_ui->reportPage);
    m_ui->summaryLabel->setText(report.summary());
    m_ui->reportText->setPlainText(report.text());
    updateButtons();
    if (!report.dryRun && (report.committed > 0 || report.updated > 0))
        emit catalogChanged();
}

void ImportDialog::saveReport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Report"),
        QFileInfo(m_report.fileName).completeBaseName() + QStringLiteral("-import-report.txt"),
        tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(m_report.text().toUtf8() + '\n');
        file.commit();
    }
}

void ImportDialog::showFinishing()
{
    m_ui->progressLabel->setText(
        tr("Building the indexes that sort and search the films (twenty seconds for a million "
           "films)…"));
    m_ui->progressBar->setRange(0, 0); // busy: SQLite says nothing of how far it is
    updateButtons();
}

void ImportDialog::reject()
{
    if (m_worker && m_finishing)
        return; // the rows are in; the indexes cannot be left half built
    if (m_worker) {
        // Cancel: the batch in progress is rolled back; whole batches before it stay.
        m_cancel = true;
        m_ui->progressLabel->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace Marquee
