#include "catalogtablemodel.h"

#include "../db/catalog.h"
#include "../db/companyrepository.h"
#include "../db/filmrepository.h"
#include "../db/personrepository.h"
#include "../db/reviewrepository.h"
#include "../domain/error.h"
#include "../domain/score.h"
#include "../io/fieldtext.h"
#include "backgroundcount.h"

#include <QDate>
#include <QLocale>

namespace Marquee {

namespace {

// An edited value as the text the CSV parsers take, so that a cell and an imported file go
// through the same rules.
QString editText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().isValid() ? value.toDate().toString(Qt::ISODate) : QString();
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    default:
        return value.toString();
    }
}

bool isComputedOrLinked(Table table, int field)
{
    if (fieldsOf(table)[field].computed)
        return true;
    // A review's film is chosen in the film column ("Title (Year)"); the year follows it.
    return table == Table::Reviews && field == int(ReviewField::FilmYear);
}

} // namespace

CatalogTableModel::CatalogTableModel(Catalog &catalog, Table table, QObject *parent)
    : QAbstractTableModel(parent), m_catalog(catalog), m_query(catalog, table)
{
    reload();
}

CatalogTableModel::~CatalogTableModel() = default; // the count in progress is dropped

QString CatalogTableModel::headerText(Table table, int field)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("title"), tr("Title")},
        {QStringLiteral("original_title"), tr("Original title")},
        {QStringLiteral("year"), tr("Year")},
        {QStringLiteral("release_date"), tr("Released")},
        {QStringLiteral("runtime_minutes"), tr("Runtime")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("type"), tr("Type")},
        {QStringLiteral("certification"), tr("Certification")},
        {QStringLiteral("original_language"), tr("Language")},
        {QStringLiteral("countries"), tr("Countries")},
        {QStringLiteral("genres"), tr("Genres")},
        {QStringLiteral("companies"), tr("Companies")},
        {QStringLiteral("providers"), tr("Where to watch")},
        {QStringLiteral("synopsis"), tr("Synopsis")},
        {QStringLiteral("tmdb_popularity"), tr("TMDB popularity")},
        {QStringLiteral("tmdb_vote_average"), tr("TMDB")},
        {QStringLiteral("tmdb_vote_count"), tr("TMDB votes")},
        {QStringLiteral("imdb_id"), tr("IMDb id")},
        {QStringLiteral("imdb_rating"), tr("IMDb")},
        {QStringLiteral("imdb_votes"), tr("IMDb votes")},
        {QStringLiteral("metascore"), tr("Metascore")},
        {QStringLiteral("critics_score"), tr("Critics")},
        {QStringLiteral("critics_count"), tr("Reviews scored")},
        {QStringLiteral("my_rating"), tr("My rating")},
        {QStringLiteral("watched_on"), tr("Watched")},
        {QStringLiteral("notes"), tr("Notes")},
        {QStringLiteral("directors"), tr("Directors")},
        {QStringLiteral("writers"), tr("Writers")},
        {QStringLiteral("cast"), tr("Cast")},
        {QStringLiteral("tags"), tr("Tags")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("country"), tr("Country")},
        {QStringLiteral("film_count"), tr("Films")},
        {QStringLiteral("roles"), tr("Credited as")},
        {QStringLiteral("film_title"), tr("Film")},
        {QStringLiteral("film_year"), tr("Year")},
        {QStringLiteral("date"), tr("Date")},
        {QStringLiteral("critic"), tr("Critic")},
        {QStringLiteral("publication"), tr("Publication")},
        {QStringLiteral("quote"), tr("Quote")},
        {QStringLiteral("original_score"), tr("Score as written")},
        {QStringLiteral("score"), tr("Score")},
        {QStringLiteral("url"), tr("Address")},
    };
    const QString name = fieldsOf(table).value(field).name;
    return names.value(name, name);
}

void CatalogTableModel::reload()
{
    m_pages.clear();
    m_recent.clear();
    // Counting a million rows takes a while: the total stands for the filtered count when
    // there is no filter, and a new filter counts only its own rows (setFilter).
    m_total = m_query.totalCount();
    m_count = m_query.filter().isEmpty() ? m_total : m_query.count();
}

void CatalogTableModel::refresh()
{
    // Keeps the selection and the current row on their rows when the row count is unchanged.
    relayout();
    emit countsChanged();
}

int CatalogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int CatalogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(fieldsOf(table()).size());
}

int CatalogTableModel::cachedRows() const
{
    int rows = 0;
    for (const auto &page : m_pages)
        rows += int(page.size());
    return rows;
}

const TableQuery::Row *CatalogTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const qint64 page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        QList<TableQuery::Row> rows;
        try {
            rows = m_query.fetch(page * PageSize, PageSize, m_counting ? -1 : m_count, m_counting);
        } catch (const Error &) {
            return nullptr; // the view shows an empty row; the next refresh tries again
        }
        if (m_pages.size() >= MaxPages) {
            m_pages.remove(m_recent.takeFirst());
        }
        it = m_pages.insert(page, rows);
        m_recent.append(page);
    } else if (m_recent.last() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const qsizetype offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

qint64 CatalogTableModel::idAt(int row) const
{
    const TableQuery::Row *r = rowAt(row);
    return r ? r->id : 0;
}

int CatalogTableModel::rowOfId(qint64 id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).id == id)
                return int(it.key() * PageSize + i);
        }
    }
    try {
        return int(m_query.positionOf(id));
    } catch (const Error &) {
        return -1;
    }
}

QVariant CatalogTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TableQuery::Row *row = rowAt(index.row());
    if (!row)
        return {};
    const int field = index.column();
    const FieldInfo &info = fieldsOf(table())[field];
    const QVariant &value = row->values.value(field);
    switch (role) {
    case IdRole:
        return row->id;
    case FieldNameRole:
        return info.name;
    case Qt::EditRole:
        if (table() == Table::Reviews && field == int(ReviewField::FilmTitle)) {
            const QVariant year = row->values.value(int(ReviewField::FilmYear));
            return year.isNull()
                       ? value
                       : QVariant(
                             QStringLiteral("%1 (%2)").arg(value.toString()).arg(year.toInt()));
        }
        if (info.kind == FieldKind::Date)
            return value.isNull() ? QVariant()
                                  : QVariant(QDate::fromString(value.toString(), Qt::ISODate));
        return value;
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        if (value.isNull())
            return {};
        if (role == Qt::ToolTipRole && info.name != u"synopsis" && info.name != u"quote" &&
            info.name != u"notes")
            return {};
        if (info.kind == FieldKind::Real) {
            const double v = value.toDouble();
            return QLocale().toString(v, 'f', info.name == u"tmdb_popularity" ? 2 : 1);
        }
        if (info.name == u"runtime_minutes")
            return formatRuntime(value.toInt());
        if (info.kind == FieldKind::Integer && info.name != u"year" && info.name != u"film_year")
            return QLocale().toString(value.toLongLong());
        if (role == Qt::DisplayRole && value.typeId() == QMetaType::QString) {
            // One line in a cell; the whole text is in the tooltip and the detail view.
            QString text = value.toString();
            text.replace(u'\n', u' ');
            return text.size() > 300 ? text.left(300) + QChar(0x2026) : text;
        }
        return value;
    }
    case Qt::TextAlignmentRole:
        if (info.kind == FieldKind::Integer || info.kind == FieldKind::Real)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant CatalogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return headerText(table(), section);
    if (role == FieldNameRole)
        return fieldsOf(table()).value(section).name;
    return {};
}

Qt::ItemFlags CatalogTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (!m_catalog.isReadOnly() && !isComputedOrLinked(table(), index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

// The frame every edit shares: read the row, check it is the version shown, change it, check
// the domain's rules, and save it when asked to.
template <typename Repository, typename Change>
QString CatalogTableModel::editRecord(Repository &repository, qint64 id, qint64 rowVersion,
                                      bool write, Change change)
{
    auto record = repository.find(id);
    if (!record)
        return tr("This row was deleted elsewhere.");
    if (record->rowVersion != rowVersion)
        return tr("This row was changed elsewhere since it was shown; it has been reloaded.");
    QString error = change(*record);
    if (error.isEmpty()) {
        const FieldErrors errors = validate(*record);
        if (!errors.isEmpty())
            error = errors.first().message;
    }
    if (error.isEmpty() && write)
        repository.update(*record);
    return error;
}

QString CatalogTableModel::applyEdit(qint64 id, qint64 rowVersion, int field, const QString &text,
                                     bool write)
{
    switch (table()) {
    case Table::Films: {
        FilmRepository films(m_catalog);
        return editRecord(films, id, rowVersion, write,
                          [&](Film &film) { return setFilmField(film, FilmField(field), text); });
    }
    case Table::Companies: {
        CompanyRepository companies(m_catalog);
        return editRecord(companies, id, rowVersion, write, [&](Company &company) {
            QString error = setCompanyField(company, CompanyField(field), text);
            if (error.isEmpty() && field == int(CompanyField::Name)) {
                const auto other = companies.findByName(company.name);
                if (other && other->id != id)
                    error = tr("A company named \"%1\" already exists.").arg(company.name);
            }
            return error;
        });
    }
    case Table::Reviews: {
        ReviewRepository reviews(m_catalog);
        return editRecord(reviews, id, rowVersion, write, [&](Review &review) {
            if (field == int(ReviewField::FilmTitle)) {
                const auto [title, year] = FilmRepository::parseTitleYear(text);
                const auto filmId = FilmRepository(m_catalog).findByTitleYear(title, year);
                if (!filmId)
                    return tr("There is no film \"%1\" in the catalog.").arg(text.trimmed());
                review.filmId = *filmId;
                return QString();
            }
            const QString error = setReviewField(review, ReviewField(field), text);
            // A new written score brings its normalized score along.
            if (error.isEmpty() && field == int(ReviewField::OriginalScore))
                review.score = normalizeScore(review.originalScore);
            return error;
        });
    }
    case Table::People: {
        PersonRepository people(m_catalog);
        return editRecord(people, id, rowVersion, write, [&](Person &person) {
            QString error = setPersonField(person, PersonField(field), text);
            if (error.isEmpty() && field == int(PersonField::Name)) {
                const auto other = people.findByName(person.name);
                if (other && other->id != id)
                    error = tr("There is already a person named \"%1\".").arg(person.name);
            }
            return error;
        });
    }
    }
    return {};
}

QString CatalogTableModel::validateCell(const QModelIndex &index, const QVariant &value) const
{
    const TableQuery::Row *row = rowAt(index.row());
    if (!row)
        return tr("This row is no longer in the catalog.");
    try {
        return const_cast<CatalogTableModel *>(this)->applyEdit(
            row->id, row->rowVersion, index.column(), editText(value), false);
    } catch (const Error &e) {
        return e.message();
    }
}

bool CatalogTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    const TableQuery::Row *row = rowAt(index.row());
    if (!row)
        return false;
    const qint64 id = row->id;
    const qint64 version = row->rowVersion;
    return setValue(id, version, index.column(), value);
}

qint64 CatalogTableModel::rowVersionAt(int row) const
{
    const TableQuery::Row *r = rowAt(row);
    return r ? r->rowVersion : -1;
}

qint64 CatalogTableModel::storedRowVersion(qint64 id) const
{
    try {
        switch (table()) {
        case Table::Films:
            if (const auto film = FilmRepository(m_catalog).find(id))
                return film->rowVersion;
            break;
        case Table::Companies:
            if (const auto company = CompanyRepository(m_catalog).find(id))
                return company->rowVersion;
            break;
        case Table::Reviews:
            if (const auto review = ReviewRepository(m_catalog).find(id))
                return review->rowVersion;
            break;
        case Table::People:
            if (const auto person = PersonRepository(m_catalog).find(id))
                return person->rowVersion;
            break;
        }
    } catch (const Error &) {
    }
    return -1;
}

bool CatalogTableModel::setValue(qint64 id, qint64 rowVersion, int column, const QVariant &value)
{
    // By id, whether the row is shown or not: undo and the edit form act on rows that an
    // earlier step may have moved out of the filter.
    QString error;
    try {
        error = applyEdit(id, rowVersion, column, editText(value), true);
    } catch (const Error &e) {
        error = e.message();
    }
    relayout();
    m_lastError = error;
    if (!error.isEmpty()) {
        emit editFailed(error);
        return false;
    }
    noteOwnVersion(id);
    emit catalogWritten();
    return true;
}

void CatalogTableModel::noteOwnVersion(qint64 id)
{
    const qint64 version = storedRowVersion(id);
    if (version >= 0)
        m_ownVersions.insert(id, version);
}

void CatalogTableModel::followRows(const QModelIndexList &persistent, const QList<qint64> &ids)
{
    // Where the rows are now, found in one pass however many there are; a row that is no
    // longer shown loses its index.
    QHash<qint64, qint64> positions;
    try {
        positions = m_query.positionsOf(ids);
    } catch (const Error &) {
        // Positions unknown: the indexes are dropped rather than pointing at other rows.
    }
    QModelIndexList moved;
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const qint64 row = positions.value(ids[i], -1);
        moved.append(row >= 0 ? index(int(row), persistent[i].column()) : QModelIndex());
    }
    changePersistentIndexList(persistent, moved);
}

void CatalogTableModel::relayout()
{
    stopCounting(); // counted here
    qint64 count = m_count;
    qint64 total = m_total;
    try {
        count = m_query.count();
        total = m_query.totalCount();
    } catch (const Error &) {
        // Keep what is known; the next read tries again.
    }
    if (count != m_count) {
        beginResetModel();
        m_pages.clear();
        m_recent.clear();
        m_count = count;
        m_total = total;
        endResetModel();
        emit countsChanged();
        return;
    }
    // The selection model saves its own persistent indexes when told the layout is changing, so
    // the indexes are collected after that signal, and the rows' ids before the pages go.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &i : persistent)
        ids.append(idAt(i.row()));
    m_pages.clear();
    m_recent.clear();
    m_total = total;
    followRows(persistent, ids);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CatalogTableModel::sort(int column, Qt::SortOrder order)
{
    if (!TableQuery::isSortable(table(), column))
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &i : persistent)
        ids.append(idAt(i.row()));
    m_query.setSort(column, order);
    m_pages.clear();
    m_recent.clear();
    // Selection and the current row follow their rows to where the new order puts them, found
    // in one pass however many rows are selected.
    followRows(persistent, ids);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

SearchQuery CatalogTableModel::setFilter(const QString &text)
{
    const SearchQuery search = SearchQuery::parse(table(), text.trimmed());
    if (!search.isValid() || search.text() == m_query.filter())
        return search;
    // Counted before the reset begins: a failure leaves the rows as they were.
    const QString previous = m_query.filter();
    m_query.setFilter(search);
    qint64 count = m_total;
    bool counting = false;
    bool racing = false; // the count started in the background, the first page read meanwhile
    const bool wasCounting = m_counting;
    QList<TableQuery::Row> first;
    if (search.isEmpty())
        m_slowSearch.clear();
    try {
        if (!search.isEmpty()) {
            // A small table is counted at once (within milliseconds, whatever the search). A
            // search that one full-text index counts by itself has more time (a word that
            // 200,000 films of a million hold takes 10 ms; a prefix of three letters, more).
            // A search typed on from one whose count was slow (a letter or a term more) is
            // not waited for: its count is most likely as slow.
            const bool typedOn = !m_slowSearch.isEmpty() && search.text().startsWith(m_slowSearch);
            const int budget = m_query.countsInOneIndex() ? 2 * m_countBudget + 5 : m_countBudget;
            std::optional<qint64> known;
            if (m_countBudget < 0 || (m_countBudget > 0 && m_total < TableQuery::LargeTable))
                known = m_query.count();
            else if (m_countBudget > 0 && !typedOn) {
                racing = true; // from here on, the count of the rows on screen is cancelled
                known = raceCount(search.text(), budget, first);
            }
            if (known) {
                count = *known;
                m_slowSearch.clear();
            } else {
                m_slowSearch = search.text();
                m_quickCount = budget;
                // A slow count means many rows to test: the first page is read along the
                // order's index, and the rest is counted in the background.
                if (!racing)
                    first = m_query.fetch(0, PageSize, -1, true);
                count = first.size();
                counting = first.size() == PageSize;
            }
        }
    } catch (const Error &e) {
        m_query.setFilter(previous);
        if (racing) {
            // The race cancelled the count of the rows on screen: it starts again.
            stopCounting();
            m_counting = wasCounting;
            if (wasCounting)
                startCount(previous);
        }
        return search.failed(e.message());
    }
    // The count raced against the first page goes on when it is still wanted.
    const bool raced = racing && counting;
    if (!raced)
        stopCounting();
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_count = count;
    m_counting = counting;
    if (!first.isEmpty()) {
        m_pages.insert(0, first);
        m_recent.append(0);
    }
    endResetModel();
    if (counting && !raced)
        startCount(search.text());
    emit countsChanged();
    return search;
}

void CatalogTableModel::startCount(const QString &filter)
{
    if (!m_counter) {
        m_counter = std::make_unique<BackgroundCount>(m_catalog.path());
        connect(m_counter.get(), &BackgroundCount::counted, this, &CatalogTableModel::counted);
    }
    m_counter->start(m_generation, table(), filter);
    m_countTimer.start();
}

std::optional<qint64> CatalogTableModel::raceCount(const QString &filter, int budget,
                                                   QList<TableQuery::Row> &first)
{
    // The count on the other core, and the first page here meanwhile: the page is given up
    // when the count comes first with fewer than ManyMatches rows (the count then says how
    // best to read them), and the count is waited for until the budget is spent (shown with
    // the rows, it does not flicker). At a million films, a common word with a field term
    // shows its rows in 40 ms rather than 50, and its count in 140 ms rather than 180.
    ++m_generation;
    startCount(filter);
    const quint64 generation = m_generation;
    const BackgroundCount &counter = *m_counter;
    QElapsedTimer timer;
    timer.start();
    // Many rows are read along the order's index whether counted or not: that read goes on.
    std::optional<QList<TableQuery::Row>> page =
        m_query.fetchFirstUnless(PageSize, [&counter, generation] {
            const std::optional<qint64> rows = counter.result(generation);
            return rows && *rows >= 0 && *rows < TableQuery::ManyMatches;
        });
    const auto rows = counter.waitFor(generation, std::max(0, budget - int(timer.elapsed())));
    if (rows && *rows >= 0) {
        if (!page)
            return rows;
        // Two connections may see two states of the catalog (another program writing): the
        // page, read here, has the last word on how few the rows are.
        first = *page;
        return first.size() < PageSize ? qint64(first.size()) : std::max<qint64>(*rows, PageSize);
    }
    // Not counted yet (or the count failed: counted() then counts here).
    first = page ? *page : m_query.fetch(0, PageSize, -1, true);
    return std::nullopt;
}

void CatalogTableModel::stopCounting()
{
    ++m_generation;
    m_counting = false;
    if (m_counter)
        m_counter->cancel();
}

void CatalogTableModel::counted(quint64 generation, qint64 rows)
{
    if (generation != m_generation || !m_counting)
        return;
    m_counting = false;
    if (m_countTimer.isValid() && m_countTimer.elapsed() < m_quickCount)
        m_slowSearch.clear(); // within what the foreground would have given it
    if (rows < 0) {
        // The other connection could not count: this one does, taking its time.
        try {
            rows = m_query.count();
        } catch (const Error &) {
            rows = m_count;
        }
    }
    const int shown = rowCount();
    const int now = int(std::min<qint64>(rows, std::numeric_limits<int>::max()));
    if (now > shown) {
        beginInsertRows({}, shown, now - 1);
        m_count = rows;
        endInsertRows();
    } else if (now < shown) {
        // Fewer than the first page: the catalog changed meanwhile.
        beginResetModel();
        m_pages.clear();
        m_recent.clear();
        m_count = rows;
        endResetModel();
    }
    emit countsChanged();
}

} // namespace Marquee
