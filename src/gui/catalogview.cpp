#include "catalogview.h"

#include "celldelegate.h"
#include "core/models/catalogtablemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Marquee {

namespace {

// Columns a new user sees; the rest are one right-click away.
QStringList defaultColumns(Table table)
{
    switch (table) {
    case Table::Films:
        return {QStringLiteral("title"),         QStringLiteral("year"),
                QStringLiteral("type"),          QStringLiteral("runtime_minutes"),
                QStringLiteral("status"),        QStringLiteral("certification"),
                QStringLiteral("countries"),     QStringLiteral("genres"),
                QStringLiteral("companies"),     QStringLiteral("tmdb_vote_average"),
                QStringLiteral("imdb_rating"),   QStringLiteral("metascore"),
                QStringLiteral("critics_score"), QStringLiteral("my_rating")};
    case Table::Companies:
        return fieldNames(Table::Companies);
    case Table::Reviews:
        return {QStringLiteral("film_title"),     QStringLiteral("film_year"),
                QStringLiteral("date"),           QStringLiteral("critic"),
                QStringLiteral("publication"),    QStringLiteral("quote"),
                QStringLiteral("original_score"), QStringLiteral("score")};
    }
    return {};
}

QString filterHint(Table table)
{
    switch (table) {
    case Table::Films:
        return QObject::tr("Filter films by title or company");
    case Table::Companies:
        return QObject::tr("Filter companies by name");
    case Table::Reviews:
        return QObject::tr("Filter reviews by critic, quote or film");
    }
    return {};
}

} // namespace

CatalogView::CatalogView(CatalogTableModel *model, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(new QLineEdit(this)), m_table(new QTableView(this)),
      m_filterTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_filter->setPlaceholderText(filterHint(model->table()));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);

    m_table->setModel(model);
    m_table->setItemDelegate(new CellDelegate(undoStack, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setStretchLastSection(false);
    connect(header, &QHeaderView::customContextMenuRequested, this, &CatalogView::showHeaderMenu);

    // The query runs when typing pauses, not at every key.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this,
            [this] { m_model->setFilter(m_filter->text()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentIdChanged(currentId()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, 0));
        emit currentIdChanged(currentId());
    });
    restoreLayout();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

CatalogView::~CatalogView() = default;

QString CatalogView::settingsKey() const
{
    return QStringLiteral("views/%1/header").arg(tableName(m_model->table()));
}

void CatalogView::restoreLayout()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QByteArray state = QSettings().value(settingsKey()).toByteArray();
    if (!state.isEmpty() && header->restoreState(state)) {
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
        return;
    }
    const QStringList shown = defaultColumns(m_model->table());
    const QList<FieldInfo> &fields = fieldsOf(m_model->table());
    for (int c = 0; c < fields.size(); ++c) {
        header->setSectionHidden(c, !shown.contains(fields[c].name));
        const QString &name = fields[c].name;
        const int chars = name == u"title" || name == u"film_title" || name == u"name" ? 28
                          : name == u"quote"                                           ? 60
                          : name == u"companies" || name == u"genres"                  ? 22
                                                                                       : 0;
        if (chars > 0)
            header->resizeSection(c, m_table->fontMetrics().averageCharWidth() * chars);
        else if (!header->isSectionHidden(c))
            m_table->resizeColumnToContents(c); // measures the rows in view only
    }
}

void CatalogView::saveLayout() const
{
    QSettings().setValue(settingsKey(), m_table->horizontalHeader()->saveState());
}

void CatalogView::fillColumnsMenu(QMenu *menu)
{
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *action = menu->addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        connect(action, &QAction::toggled, this, [header, c](bool on) {
            header->setSectionHidden(c, !on);
            if (on && header->sectionSize(c) < 30)
                header->resizeSection(c, 100);
        });
    }
}

void CatalogView::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    fillColumnsMenu(&menu);
    menu.exec(m_table->horizontalHeader()->mapToGlobal(position));
}

qint64 CatalogView::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void CatalogView::selectId(qint64 id)
{
    int row = m_model->rowOfId(id);
    if (row < 0 && !m_model->filter().isEmpty()) {
        m_filter->clear();
        m_model->setFilter(QString());
        row = m_model->rowOfId(id);
    }
    if (row < 0)
        return;
    const int column = m_table->horizontalHeader()->logicalIndexAt(0);
    m_table->setCurrentIndex(m_model->index(row, std::max(0, column)));
    m_table->scrollTo(m_model->index(row, std::max(0, column)),
                      QAbstractItemView::PositionAtCenter);
}

} // namespace Marquee
