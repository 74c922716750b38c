#include "duplicatesdialog.h"

#include "core/db/catalog.h"
#include "core/db/filmrepository.h"
#include "core/db/tablequery.h"
#include "core/domain/error.h"
#include "core/io/fieldtext.h"
#include "core/models/catalogtablemodel.h"
#include "core/models/duplicatesearch.h"
#include "filmcommands.h"
#include "ui_duplicatesdialog.h"

#include <QApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QUndoStack>

#include <climits>

namespace Marquee {

namespace {

QString filmName(const Film &film)
{
    return film.year ? QStringLiteral("#%1 %2 (%3)").arg(film.id).arg(film.title).arg(*film.year)
                     : QStringLiteral("#%1 %2").arg(film.id).arg(film.title);
}

} // namespace

DuplicatesDialog::DuplicatesDialog(Catalog &catalog, QUndoStack *undoStack,
                                   std::function<void(qint64)> changed,
                                   std::function<void(QString)> failed, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DuplicatesDialog>()), m_catalog(catalog),
      m_undo(undoStack), m_changed(std::move(changed)), m_failed(std::move(failed))
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({220, 780});
    // Every field a film has a single value of; the lists are joined, so they are shown too.
    const QList<FieldInfo> &fields = fieldsOf(Table::Films);
    for (int f = 0; f < fields.size(); ++f) {
        if (!fields[f].computed)
            m_rows.append(f);
    }
    connect(m_ui->groupList, &QListWidget::currentRowChanged, this, [this] { showGroup(); });
    connect(m_ui->keepCombo, &QComboBox::activated, this,
            [this] { setKept(m_ui->keepCombo->currentData().toLongLong()); });
    connect(m_ui->fieldTable, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (column < m_films.size())
            choose(m_rows[row], m_films[column].id);
    });
    connect(m_ui->mergeButton, &QPushButton::clicked, this, &DuplicatesDialog::merge);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->fieldTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    // A small catalog is searched at once; a large one (seconds at a million films) on a
    // thread of its own, the dialog saying so meanwhile.
    qint64 films = 0;
    try {
        films = TableQuery(m_catalog, Table::Films).rowsAtMost();
        if (films < TableQuery::LargeTable) {
            showGroups(DuplicateFinder(m_catalog).find(), {});
            return;
        }
    } catch (const Error &e) {
        showGroups({}, e.message());
        return;
    }
    m_ui->groupList->setEnabled(false);
    m_ui->keepCombo->setEnabled(false);
    m_ui->fieldTable->setEnabled(false);
    m_ui->mergeButton->setEnabled(false);
    m_ui->evidenceLabel->setText(tr("Looking for likely duplicates among %Ln films…", nullptr,
                                    int(std::min<qint64>(films, INT_MAX))));
    m_search = std::make_unique<DuplicateSearch>(m_catalog.path());
    connect(m_search.get(), &DuplicateSearch::found, this, &DuplicatesDialog::showGroups);
}

DuplicatesDialog::~DuplicatesDialog() = default;

void DuplicatesDialog::showGroups(const QList<DuplicateGroup> &groups, const QString &error)
{
    if (m_search)
        m_search.release()->deleteLater(); // it is telling us: not deleted under its feet
    m_ui->groupList->setEnabled(true);
    m_ui->keepCombo->setEnabled(true);
    m_groups = groups;
    m_ui->statusLabel->setText(error);
    for (const DuplicateGroup &group : std::as_const(m_groups))
        m_ui->groupList->addItem(group.evidence);
    if (!error.isEmpty()) {
        m_ui->evidenceLabel->setText(tr("The catalog could not be searched for duplicates."));
        m_ui->groupPane->setEnabled(false);
    } else if (m_groups.isEmpty()) {
        m_ui->evidenceLabel->setText(tr("No likely duplicates: no two films share an IMDb id, "
                                        "a title and year, or a near-identical title with the "
                                        "same year and runtime."));
        m_ui->groupPane->setEnabled(false);
    } else {
        m_ui->groupPane->setEnabled(true);
        m_ui->groupList->setCurrentRow(0);
    }
    emit groupsFound();
}

int DuplicatesDialog::groupCount() const
{
    return int(m_groups.size());
}

void DuplicatesDialog::selectGroup(int group)
{
    m_ui->groupList->setCurrentRow(group);
}

void DuplicatesDialog::showGroup()
{
    const int group = m_ui->groupList->currentRow();
    m_films.clear();
    m_choices.clear();
    m_ui->keepCombo->clear();
    m_ui->fieldTable->clear();
    if (group < 0 || group >= m_groups.size())
        return;
    FilmRepository films(m_catalog);
    for (const qint64 id : m_groups[group].films) {
        if (const auto film = films.find(id))
            m_films.append(*film);
    }
    m_ui->evidenceLabel->setText(tr("<b>%1</b>").arg(m_groups[group].evidence.toHtmlEscaped()));
    m_ui->evidenceLabel->setTextFormat(Qt::RichText);
    for (const Film &film : std::as_const(m_films)) {
        m_ui->keepCombo->addItem(
            tr("%1, %n review(s)", nullptr, int(films.reviewCount(film.id))).arg(filmName(film)),
            film.id);
    }
    m_kept = m_films.isEmpty() ? 0 : m_films.first().id;
    m_ui->fieldTable->setColumnCount(int(m_films.size()) + 1);
    QStringList headers;
    for (const Film &film : std::as_const(m_films))
        headers.append(filmName(film));
    headers.append(tr("After the merge"));
    m_ui->fieldTable->setHorizontalHeaderLabels(headers);
    m_ui->fieldTable->setRowCount(int(m_rows.size()));
    QStringList rowNames;
    for (const int field : std::as_const(m_rows))
        rowNames.append(CatalogTableModel::headerText(Table::Films, field));
    m_ui->fieldTable->setVerticalHeaderLabels(rowNames);
    for (int r = 0; r < m_rows.size(); ++r) {
        for (int c = 0; c < m_films.size(); ++c) {
            QString text = filmFieldText(m_films[c], FilmField(m_rows[r]));
            auto *item = new QTableWidgetItem(text.replace(u'\n', u' ').left(300));
            item->setToolTip(filmFieldText(m_films[c], FilmField(m_rows[r])).left(2000));
            m_ui->fieldTable->setItem(r, c, item);
        }
    }
    m_ui->fieldTable->setEnabled(m_films.size() > 1);
    m_ui->mergeButton->setEnabled(m_films.size() > 1);
    m_ui->statusLabel->clear();
    refreshResult();
}

void DuplicatesDialog::setKept(qint64 filmId)
{
    m_kept = filmId;
    m_ui->keepCombo->setCurrentIndex(std::max(0, m_ui->keepCombo->findData(filmId)));
    refreshResult();
}

void DuplicatesDialog::choose(int field, qint64 filmId)
{
    m_choices.insert(field, filmId);
    refreshResult();
}

Film DuplicatesDialog::preview() const
{
    QList<qint64> others;
    for (const Film &film : m_films) {
        if (film.id != m_kept)
            others.append(film.id);
    }
    return FilmMerger(m_catalog).preview(m_kept, others, m_choices);
}

void DuplicatesDialog::refreshResult()
{
    if (m_films.size() < 2)
        return;
    Film result;
    try {
        result = preview();
    } catch (const Error &e) {
        m_ui->statusLabel->setText(e.message());
        return;
    }
    const int resultColumn = int(m_films.size());
    QFont chosenFont = m_ui->fieldTable->font();
    chosenFont.setBold(true);
    for (int r = 0; r < m_rows.size(); ++r) {
        const QString value = filmFieldText(result, FilmField(m_rows[r]));
        auto *item = new QTableWidgetItem(QString(value).replace(u'\n', u' ').left(300));
        item->setFont(chosenFont);
        item->setToolTip(value.left(2000));
        m_ui->fieldTable->setItem(r, resultColumn, item);
        // The films whose value the result has stand out.
        for (int c = 0; c < m_films.size(); ++c) {
            QTableWidgetItem *cell = m_ui->fieldTable->item(r, c);
            const bool same =
                !value.isEmpty() && filmFieldText(m_films[c], FilmField(m_rows[r])) == value;
            cell->setBackground(same ? palette().color(QPalette::Highlight).lighter(180)
                                     : QBrush());
        }
    }
    // The films and the result share the width; long values are cut, whole in the tooltip.
    m_ui->fieldTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    Q_UNUSED(resultColumn);
}

void DuplicatesDialog::merge()
{
    const int group = m_ui->groupList->currentRow();
    if (group < 0 || m_films.size() < 2 || !m_undo)
        return;
    QList<qint64> others;
    QString title;
    for (const Film &film : std::as_const(m_films)) {
        if (film.id != m_kept)
            others.append(film.id);
        else
            title = film.title;
    }
    m_undo->push(
        new MergeCommand(m_catalog, m_kept, others, m_choices, title, m_changed, m_failed));
    m_ui->statusLabel->setText(
        tr("Merged into %1. Edit ▸ Undo puts the films back.")
            .arg(filmName(FilmRepository(m_catalog).find(m_kept).value_or(Film()))));
    // Taking the current row out would move the current row first and show the wrong group.
    m_groups.removeAt(group);
    {
        const QSignalBlocker blocker(m_ui->groupList);
        delete m_ui->groupList->takeItem(group);
        m_ui->groupList->setCurrentRow(std::min(group, int(m_groups.size()) - 1));
    }
    if (!m_groups.isEmpty())
        showGroup();
    if (m_groups.isEmpty()) {
        m_ui->fieldTable->clear();
        m_ui->fieldTable->setRowCount(0);
        m_ui->fieldTable->setColumnCount(0);
        m_ui->mergeButton->setEnabled(false);
        m_ui->evidenceLabel->setText(tr("No likely duplicates are left."));
    }
}

} // namespace Marquee
