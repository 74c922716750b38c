#include "catalogview.h"

#include "celldelegate.h"
#include "core/models/catalogtablemodel.h"
#include "core/search/searchquery.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
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
    case Table::People:
        return fieldNames(Table::People);
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
        return QObject::tr("Search films: words, \"phrases\", year:>=2000, genre:drama, "
                           "has:poster, -word, OR");
    case Table::Companies:
        return QObject::tr("Search companies: words, country:FR, films:>10");
    case Table::Reviews:
        return QObject::tr("Search reviews: words, critic:, score:>=80, date:2024");
    case Table::People:
        return QObject::tr("Search people: words, role:director, films:>3");
    }
    return {};
}

// The tooltip of the filter box: the language in brief.
QString searchHelp(Table table)
{
    const QString fields = SearchQuery::fieldNames(table).join(QStringLiteral(", "));
    return QObject::tr("<p>Words match as you type (prefixes); \"quoted phrases\" match "
                       "exactly.</p><p>Field terms: %1.<br>Numbers: <code>year:2005</code>, "
                       "<code>year:&gt;=2000</code>, <code>year:1990..1999</code>. Dates: "
                       "<code>2005-06</code>, <code>added:&lt;30d</code>. Missing data: "
                       "<code>no:synopsis</code>.</p><p>A space means AND; also <code>OR</code>, "
                       "<code>-word</code> or <code>NOT</code>, and parentheses.</p>")
        .arg(fields);
}

} // namespace

CatalogView::CatalogView(CatalogTableModel *model, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(new QLineEdit(this)),
      m_filterError(new QLabel(this)), m_table(new QTableView(this)),
      m_filterTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_filter->setPlaceholderText(filterHint(model->table()));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(searchHelp(model->table()));
    layout->addWidget(m_filter);
    // Where a query goes wrong, while the table keeps the last valid query's rows.
    m_filterError->setObjectName(QStringLiteral("filterError"));
    m_filterError->setTextFormat(Qt::RichText);
    m_filterError->setWordWrap(true);
    m_filterError->hide();
    layout->addWidget(m_filterError);
    layout->addWidget(m_table);

    // Row heights are set before the rows arrive: set after, the header would resize each of
    // them, one signal per row (a third of the time to open three million reviews).
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->setModel(model);
    m_table->setItemDelegate(new CellDelegate(undoStack, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
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
    connect(m_filterTimer, &QTimer::timeout, this, &CatalogView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentIdChanged(currentId()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, 0));
        emit currentIdChanged(currentId());
    });
    // The order, saved or the first column's, is set before sorting is enabled, which then
    // sorts once: each sort reads the order again and finds the current row in it.
    header->setSortIndicator(0, Qt::AscendingOrder);
    restoreLayout();
    m_table->setSortingEnabled(true);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

CatalogView::~CatalogView() = default;

void CatalogView::applyFilter()
{
    const SearchQuery search = m_model->setFilter(m_filter->text());
    showSearchError(search);
}

void CatalogView::setFilterText(const QString &text)
{
    m_filterTimer->stop();
    const QSignalBlocker blocker(m_filter);
    m_filter->setText(text);
    applyFilter();
}

void CatalogView::showSearchError(const SearchQuery &search)
{
    if (search.isValid()) {
        m_filterError->hide();
        m_filter->setStyleSheet(QString());
        return;
    }
    // The query as typed, with the part that goes wrong marked.
    const SearchError &error = search.error();
    const QString text = search.text();
    const int length = std::max(1, error.length);
    const QString marked =
        text.left(error.position).toHtmlEscaped() +
        QStringLiteral("<span style=\"color:#b00020; text-decoration: underline;\">%1</span>")
            .arg(error.position < text.size() ? text.mid(error.position, length).toHtmlEscaped()
                                              : QStringLiteral("&nbsp;&nbsp;")) +
        text.mid(error.position + length).toHtmlEscaped();
    m_filterError->setText(tr("<b>%1</b> <code>%2</code> <i>Showing the last valid search.</i>")
                               .arg(error.message.toHtmlEscaped(), marked));
    m_filterError->show();
    m_filter->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #b00020; }"));
}

QString CatalogView::settingsKey() const
{
    return QStringLiteral("views/%1/header").arg(tableName(m_model->table()));
}

void CatalogView::restoreLayout()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QByteArray state = QSettings().value(settingsKey()).toByteArray();
    if (!state.isEmpty() && header->restoreState(state))
        return;
    const QStringList shown = defaultColumns(m_model->table());
    const QList<FieldInfo> &fields = fieldsOf(m_model->table());
    // Widths from what a column holds, not from measuring its rows: before the view is
    // shown, Qt would measure a thousand of them, reading pages for nothing.
    const QFontMetrics metrics = m_table->fontMetrics();
    for (int c = 0; c < fields.size(); ++c) {
        header->setSectionHidden(c, !shown.contains(fields[c].name));
        const QString &name = fields[c].name;
        const int chars = name == u"title" || name == u"film_title" || name == u"name" ? 28
                          : name == u"quote"                                           ? 60
                          : name == u"companies" || name == u"genres"                  ? 22
                          : fields[c].kind == FieldKind::Text || fields[c].kind == FieldKind::List
                              ? 16
                              : 0;
        // Digits and dates are wider than the average letter: measured on a sample.
        const QString sample = fields[c].kind == FieldKind::Date   ? QStringLiteral("2000-12-31")
                               : fields[c].kind == FieldKind::Enum ? QStringLiteral("Documentary")
                                                                   : QStringLiteral("00000.0");
        const int content =
            chars > 0 ? metrics.averageCharWidth() * chars : metrics.horizontalAdvance(sample) + 16;
        const QString title = m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        header->resizeSection(c, std::max(content, metrics.horizontalAdvance(title) + 28));
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
        setFilterText(QString());
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
