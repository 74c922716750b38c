#include "tablequery.h"

#include "../domain/error.h"
#include "catalog.h"
#include "sql.h"
#include "sqlitestatement.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace Marquee {

namespace {

// Many matches are cheaper found along an index than looked up one by one (and sorted).
constexpr qint64 ManyMatches = TableQuery::ManyMatches;

// A film's credits in one role, joined as on export: "Name" or, for the cast, "Name (Character)".
QString creditsExpression(const char *role)
{
    return QStringLiteral("(SELECT group_concat(n, '; ') FROM (SELECT p.name || CASE WHEN "
                          "coalesce(fp.character, '') <> '' THEN ' (' || fp.character || ')' ELSE "
                          "'' END AS n FROM film_people fp JOIN people p ON p.id = fp.person_id "
                          "WHERE fp.film_id = f.id AND fp.role = '%1' ORDER BY fp.position))")
        .arg(QLatin1String(role));
}

// The SQL expression of each field, in fieldsOf(table) order. Lists are joined as on export.
const QStringList &expressions(Table table)
{
    static const QStringList films = {
        QStringLiteral("f.title"),
        QStringLiteral("f.original_title"),
        QStringLiteral("f.year"),
        QStringLiteral("f.release_date"),
        QStringLiteral("f.runtime_minutes"),
        QStringLiteral("f.status"),
        QStringLiteral("f.type"),
        QStringLiteral("f.certification"),
        QStringLiteral("f.original_language"),
        QStringLiteral("(SELECT group_concat(country_code, '; ') FROM (SELECT country_code FROM "
                       "film_countries WHERE film_id = f.id ORDER BY position))"),
        QStringLiteral("(SELECT group_concat(name, '; ') FROM (SELECT g.name FROM film_genres fg "
                       "JOIN genres g ON g.id = fg.genre_id WHERE fg.film_id = f.id ORDER BY "
                       "fg.position))"),
        QStringLiteral("(SELECT group_concat(name, '; ') FROM (SELECT c.name FROM film_companies "
                       "fc JOIN companies c ON c.id = fc.company_id WHERE fc.film_id = f.id ORDER "
                       "BY fc.position))"),
        QStringLiteral("(SELECT group_concat(p, '; ') FROM (SELECT provider || ' (' || offer || "
                       "')' AS p FROM watch_providers WHERE film_id = f.id ORDER BY position))"),
        QStringLiteral("f.synopsis"),
        QStringLiteral("f.tmdb_popularity"),
        QStringLiteral("f.tmdb_vote_average"),
        QStringLiteral("f.tmdb_vote_count"),
        QStringLiteral("f.imdb_id"),
        QStringLiteral("f.imdb_rating"),
        QStringLiteral("f.imdb_votes"),
        QStringLiteral("f.metascore"),
        QStringLiteral("round(f.critics_average, 1)"), // kept by triggers (migration 0007)
        QStringLiteral("f.critics_count"),
        QStringLiteral("f.my_rating"),
        QStringLiteral("f.watched_on"),
        QStringLiteral("f.notes"),
        creditsExpression("director"),
        creditsExpression("writer"),
        creditsExpression("cast"),
        QStringLiteral("(SELECT group_concat(tag, '; ') FROM (SELECT tag FROM film_tags WHERE "
                       "film_id = f.id ORDER BY position))"),
    };
    static const QStringList companies = {
        QStringLiteral("c.name"), QStringLiteral("c.country"), QStringLiteral("c.notes"),
        QStringLiteral("c.film_count"), // kept by triggers (migration 0016)
    };
    static const QStringList reviews = {
        QStringLiteral("(SELECT title FROM films WHERE id = r.film_id)"),
        QStringLiteral("(SELECT year FROM films WHERE id = r.film_id)"),
        QStringLiteral("r.review_date"),
        QStringLiteral("r.critic"),
        QStringLiteral("r.publication"),
        QStringLiteral("r.quote"),
        QStringLiteral("r.original_score"),
        QStringLiteral("r.score"),
        QStringLiteral("r.url"),
    };
    static const QStringList people = {
        QStringLiteral("p.name"),
        QStringLiteral("(SELECT group_concat(role, ', ') FROM (SELECT DISTINCT role FROM "
                       "film_people WHERE person_id = p.id ORDER BY CASE role WHEN 'director' THEN "
                       "0 WHEN 'writer' THEN 1 ELSE 2 END))"),
        QStringLiteral("(SELECT count(DISTINCT film_id) FROM film_people WHERE person_id = p.id)"),
        QStringLiteral("p.notes"),
    };
    switch (table) {
    case Table::Films:
        return films;
    case Table::Companies:
        return companies;
    case Table::Reviews:
        return reviews;
    case Table::People:
        return people;
    }
    return films;
}

// The list columns of films, read for a whole page with one query each instead of a
// correlated sub-query per row and column: eight sub-queries for each of 128 rows cost more
// than the page itself. Each gives (film, entry) in the entries' order.
struct PageList
{
    FilmField field;
    const char *sql;
};

#define PAGE_IDS " IN (SELECT value FROM json_each(?))"
#define CREDITS(role)                                                                              \
    "SELECT fp.film_id, p.name || CASE WHEN coalesce(fp.character, '') <> '' THEN ' (' || "        \
    "fp.character || ')' ELSE '' END FROM film_people fp JOIN people p ON p.id = fp.person_id "    \
    "WHERE fp.role = '" role "' AND fp.film_id" PAGE_IDS " ORDER BY fp.film_id, fp.position"

const PageList FilmPageLists[] = {
    {FilmField::Countries, "SELECT film_id, country_code FROM film_countries WHERE film_id" PAGE_IDS
                           " ORDER BY film_id, position"},
    {FilmField::Genres,
     "SELECT fg.film_id, g.name FROM film_genres fg JOIN genres g ON g.id = "
     "fg.genre_id WHERE fg.film_id" PAGE_IDS " ORDER BY fg.film_id, fg.position"},
    {FilmField::Companies,
     "SELECT fc.film_id, c.name FROM film_companies fc JOIN companies c ON "
     "c.id = fc.company_id WHERE fc.film_id" PAGE_IDS " ORDER BY fc.film_id, fc.position"},
    {FilmField::Providers, "SELECT film_id, provider || ' (' || offer || ')' FROM watch_providers "
                           "WHERE film_id" PAGE_IDS " ORDER BY film_id, position"},
    {FilmField::Directors, CREDITS("director")},
    {FilmField::Writers, CREDITS("writer")},
    {FilmField::Cast, CREDITS("cast")},
    {FilmField::Tags,
     "SELECT film_id, tag FROM film_tags WHERE film_id" PAGE_IDS " ORDER BY film_id, position"},
};

// The column that orders the films by a list (migration 0016); empty for other fields.
QString listKey(FilmField field)
{
    switch (field) {
    case FilmField::Countries:
        return QStringLiteral("f.countries_key");
    case FilmField::Genres:
        return QStringLiteral("f.genres_key");
    case FilmField::Companies:
        return QStringLiteral("f.companies_key");
    case FilmField::Providers:
        return QStringLiteral("f.providers_key");
    case FilmField::Directors:
        return QStringLiteral("f.directors_key");
    case FilmField::Writers:
        return QStringLiteral("f.writers_key");
    case FilmField::Cast:
        return QStringLiteral("f.cast_key");
    case FilmField::Tags:
        return QStringLiteral("f.tags_key");
    default:
        return QString();
    }
}

QString from(Table table)
{
    switch (table) {
    case Table::Films:
        return QStringLiteral(" FROM films f");
    case Table::Companies:
        return QStringLiteral(" FROM companies c");
    case Table::Reviews:
        return QStringLiteral(" FROM reviews r");
    case Table::People:
        return QStringLiteral(" FROM people p");
    }
    return {};
}

// All the rows of a table. SQLite counts them along the index it estimates narrowest, and an
// index over an expression counts as the narrowest of all, whatever its size: the sort keys
// are columns (migrations 0015 and 0016), not expressions, so that the reviews are counted
// along an index over numbers.
QString countAll(Table table)
{
    return QStringLiteral("SELECT count(*)") + from(table);
}

} // namespace

QString TableQuery::alias(Table table)
{
    return table == Table::Films       ? QStringLiteral("f")
           : table == Table::Companies ? QStringLiteral("c")
           : table == Table::People    ? QStringLiteral("p")
                                       : QStringLiteral("r");
}

TableQuery::TableQuery(Catalog &catalog, Table table)
    : m_catalog(catalog), m_table(table), m_search(SearchQuery::parse(table, QString()))
{}

SearchQuery TableQuery::setFilter(const QString &text)
{
    SearchQuery search = SearchQuery::parse(m_table, text.trimmed());
    setFilter(search);
    return search;
}

void TableQuery::setFilter(const SearchQuery &search)
{
    if (search.isValid() && search.table() == m_table)
        m_search = search;
}

bool TableQuery::isSortable(Table table, int field)
{
    return field >= 0 && field < expressions(table).size();
}

void TableQuery::setSort(int field, Qt::SortOrder order)
{
    if (!isSortable(m_table, field))
        return;
    m_sortField = field;
    m_sortOrder = order;
}

QString TableQuery::whereClause(Table table, const QString &filter, const QList<qint64> &ids,
                                QVariantList &binds)
{
    const SearchQuery search = SearchQuery::parse(table, filter.trimmed());
    if (!search.isValid())
        throw Error(
            QStringLiteral("The search \"%1\" is not valid at %2").arg(filter, search.errorText()),
            Error::Kind::Invalid);
    return whereClause(table, search, ids, binds);
}

QString TableQuery::whereClause(Table table, const SearchQuery &search, const QList<qint64> &ids,
                                QVariantList &binds, SearchQuery::Plan plan)
{
    QStringList conditions;
    if (const QString condition = search.sql(binds, plan); !condition.isEmpty())
        conditions.append(condition);
    if (!ids.isEmpty()) {
        conditions.append(
            QStringLiteral("%1.id IN (SELECT value FROM json_each(?))").arg(alias(table)));
        binds.append(Sql::jsonIds(ids));
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString TableQuery::sortedFrom() const
{
    // Reviews in their films' years: read along the films' year index, each film's reviews
    // through their own index, instead of sorting every review by a looked-up year. (By
    // title, each review keeps its film's title key, with an index of its own.)
    if (m_table == Table::Reviews && m_sortField == int(ReviewField::FilmYear))
        return from(m_table) + QStringLiteral(" JOIN films rf ON rf.id = r.film_id");
    return from(m_table);
}

QString TableQuery::fromWhere(QVariantList &binds, SearchQuery::Plan plan) const
{
    return sortedFrom() + whereClause(m_table, m_search, {}, binds, plan);
}

bool TableQuery::sortIsIndexed() const
{
    // The sort indexes of migrations 0002, 0003, 0006, 0007, 0015 and 0016: every column of
    // the films, the companies and the reviews; of the people, the name (0008).
    if (m_table == Table::People)
        return m_sortField == int(PersonField::Name);
    return true;
}

QString TableQuery::sortExpression() const
{
    if (m_table == Table::Films) {
        if (const QString key = listKey(FilmField(m_sortField)); !key.isEmpty())
            return key; // kept with the film's lists (migration 0016)
        if (m_sortField == int(FilmField::Synopsis))
            return QStringLiteral("f.synopsis_key"); // its first 32 letters, lower case
        if (m_sortField == int(FilmField::ImdbId))
            return QStringLiteral("f.imdb_id"); // as its index, which finds a film by id too
    }
    if (m_table == Table::Films && m_sortField == int(FilmField::Title))
        return QStringLiteral("f.title_key"); // indexed, and ignores case beyond ASCII
    if (m_table == Table::Films && m_sortField == int(FilmField::CriticsScore))
        return QStringLiteral("f.critics_average"); // indexed; rounding keeps the order
    if (m_table == Table::Reviews && m_sortField == int(ReviewField::FilmTitle))
        return QStringLiteral("r.film_title_key"); // kept by triggers (migration 0015)
    if (m_table == Table::Reviews && m_sortField == int(ReviewField::FilmYear))
        return QStringLiteral("rf.year");
    if (m_table == Table::Reviews && m_sortField == int(ReviewField::Quote))
        return QStringLiteral("r.quote_key"); // its first 32 letters, lower case (0016)
    QString expression = expressions(m_table)[m_sortField];
    if (fieldsOf(m_table)[m_sortField].kind == FieldKind::Text)
        expression += QStringLiteral(" COLLATE NOCASE");
    return expression;
}

QString TableQuery::orderBy(bool reversed) const
{
    const bool ascending = (m_sortOrder == Qt::AscendingOrder) != reversed;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // The id breaks ties, so that pages never overlap.
    return QStringLiteral(" ORDER BY %1%2, %3.id%2")
        .arg(sortExpression(), direction, alias(m_table));
}

qint64 TableQuery::count() const
{
    QVariantList binds;
    // A search that is one set of full-text matches is counted in the set itself, without
    // looking each row up (a third of a second for 200,000 films of a million).
    QString sql = m_search.setCountSql(binds);
    if (sql.isEmpty()) {
        // A word that a fifth of the films hold, beside year:>=2000: SQLite would look up each
        // film the word finds in the table (1.4 us a film at a million); reading the year's
        // index and testing each entry against the word's set costs a quarter of that. Both
        // counts come from indexes alone (a few milliseconds).
        SearchQuery::Plan plan = SearchQuery::Plan::Default;
        if (const auto drivers = m_search.drivers()) {
            const QSqlDatabase db = m_catalog.database();
            const qint64 matches =
                Sql::scalar(db, drivers->setCountSql, drivers->setBinds).toLongLong();
            if (matches >= ManyMatches &&
                Sql::scalar(db, drivers->indexedCountSql, drivers->indexedBinds).toLongLong() <
                    3 * matches)
                plan = SearchQuery::Plan::ScanOrder;
        }
        binds.clear();
        const QString where = whereClause(m_table, m_search, {}, binds, plan);
        sql = where.isEmpty() ? countAll(m_table)
                              : QStringLiteral("SELECT count(*)") + from(m_table) + where;
    }
    return Sql::scalar(m_catalog.database(), sql, binds).toLongLong();
}

bool TableQuery::countsInOneIndex() const
{
    QVariantList binds;
    return !m_search.setCountSql(binds).isEmpty();
}

qint64 TableQuery::totalCount() const
{
    return Sql::scalar(m_catalog.database(), countAll(m_table)).toLongLong();
}

qint64 TableQuery::rowsAtMost() const
{
    return Sql::scalar(m_catalog.database(),
                       QStringLiteral("SELECT coalesce(max(%1.id), 0)").arg(alias(m_table)) +
                           from(m_table))
        .toLongLong();
}

namespace {

enum class Ran { Done, OverBudget, Stopped };

// Runs `work`, given up after about `milliseconds` (-1: no limit) or as soon as `stop`, when
// set, returns true.
Ran runWithin(const QSqlDatabase &database, int milliseconds, const std::function<void()> &work,
              const std::function<bool()> &stop = {})
{
    QElapsedTimer timer;
    timer.start();
    Ran ran = Ran::Done;
    {
        // Every few thousand steps of SQLite's virtual machine (some microseconds).
        const ProgressTicks ticks(SqliteStatement::handle(database), 2000, [&] {
            if (stop && stop())
                ran = Ran::Stopped;
            else if (milliseconds >= 0 && timer.elapsed() >= milliseconds)
                ran = Ran::OverBudget;
            return ran != Ran::Done;
        });
        try {
            work();
            return Ran::Done;
        } catch (const Error &) {
            if (ran == Ran::Done)
                throw;
        }
    }
    return ran;
}

} // namespace

QList<TableQuery::Row> TableQuery::fetch(qint64 offset, int limit, qint64 count, bool many) const
{
    return *fetchUnless(offset, limit, count, many, {});
}

std::optional<QList<TableQuery::Row>>
TableQuery::fetchFirstUnless(int limit, const std::function<bool()> &stop) const
{
    return fetchUnless(0, limit, -1, true, stop);
}

std::optional<QList<TableQuery::Row>>
TableQuery::fetchUnless(qint64 offset, int limit, qint64 count, bool many,
                        const std::function<bool()> &stop) const
{
    // SQLite steps over an OFFSET row by row: from the nearer end, the jump to the last page
    // is as quick as the first.
    const bool reversed = count > 0 && offset > count / 2;
    qint64 sqlOffset = offset;
    qint64 sqlLimit = limit;
    if (reversed) {
        const qint64 end = std::min(count, offset + limit);
        sqlOffset = count - end;
        sqlLimit = end - offset;
        if (sqlLimit <= 0)
            return QList<Row>();
    }
    // The ids first, then the columns of those rows only: when the filter leaves SQLite no
    // index to read the order from, it sorts the matching rows, and each would otherwise
    // carry every column (lists and critics' scores computed for thousands of rows that
    // are not shown).
    const QString a = alias(m_table);
    QList<qint64> order;
    const auto readIds = [&](SearchQuery::Plan plan) {
        QVariantList binds;
        QSqlQuery ids = Sql::prepare(
            m_catalog.database(), QStringLiteral("SELECT %1.id").arg(a) + fromWhere(binds, plan) +
                                      orderBy(reversed) + QStringLiteral(" LIMIT ? OFFSET ?"));
        ids.setForwardOnly(true);
        for (const QVariant &b : std::as_const(binds))
            ids.addBindValue(b);
        ids.addBindValue(sqlLimit);
        ids.addBindValue(sqlOffset);
        Sql::exec(ids);
        order.clear();
        while (Sql::next(ids))
            order.append(ids.value(0).toLongLong());
    };
    // Read along the order's index, the rows up to the page's end take about this many
    // entries of it (the matches spread evenly): when those are few, that is quicker than
    // gathering the matches and sorting them, however few they are (4,000 films of 100,000:
    // 5 ms instead of 40).
    constexpr qint64 FewToRead = 20000;
    const bool indexed = sortIsIndexed();
    const auto fewToRead = [&] {
        return count > 0 && (sqlOffset + sqlLimit) * (rowsAtMost() / count + 1) <= FewToRead;
    };
    // The ids read, unless `stop` came first.
    const auto readIdsUnless = [&](SearchQuery::Plan plan) {
        if (stop)
            return runWithin(
                       m_catalog.database(), -1, [&] { readIds(plan); }, stop) == Ran::Done;
        readIds(plan);
        return true;
    };
    if (indexed && (count >= ManyMatches || fewToRead())) {
        if (!readIdsUnless(SearchQuery::Plan::ScanOrder))
            return std::nullopt;
    } else if (indexed && many && count < 0) {
        // Rows said to be many, not counted yet: when reading the order's index does not
        // fill the page soon, they are fewer than they seemed, and better gathered first.
        const Ran ran = runWithin(
            m_catalog.database(), m_scanBudget, [&] { readIds(SearchQuery::Plan::ScanOrder); },
            stop);
        if (ran == Ran::Stopped ||
            (ran == Ran::OverBudget && !readIdsUnless(SearchQuery::Plan::Default)))
            return std::nullopt;
    } else if (!readIdsUnless(SearchQuery::Plan::Default)) {
        return std::nullopt;
    }
    QList<Row> rows = rowsOf(order);
    if (reversed)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

QList<TableQuery::Row> TableQuery::rowsOf(const QList<qint64> &order) const
{
    if (order.isEmpty())
        return QList<Row>();
    const QString a = alias(m_table);
    QStringList columns = expressions(m_table);
    if (m_table == Table::Films) {
        for (const PageList &list : FilmPageLists)
            columns[int(list.field)] = QStringLiteral("NULL"); // read below, page-wide
    }
    const QString pageIds = Sql::jsonIds(order);
    QSqlQuery q = Sql::prepare(
        m_catalog.database(),
        QStringLiteral("SELECT %1.id, %1.row_version, %2%3 WHERE %1.id IN (SELECT value FROM "
                       "json_each(?))")
            .arg(a, columns.join(QStringLiteral(", ")), from(m_table)));
    q.setForwardOnly(true);
    q.addBindValue(pageIds);
    Sql::exec(q);
    QHash<qint64, Row> byId;
    const int fields = int(expressions(m_table).size());
    while (q.next()) {
        Row row;
        row.id = q.value(0).toLongLong();
        row.rowVersion = q.value(1).toLongLong();
        row.values.reserve(fields);
        for (int i = 0; i < fields; ++i)
            row.values.append(q.value(2 + i));
        byId.insert(row.id, row);
    }
    if (m_table == Table::Films) {
        for (const PageList &list : FilmPageLists) {
            QSqlQuery entries = Sql::prepare(m_catalog.database(), QString::fromLatin1(list.sql));
            entries.setForwardOnly(true);
            entries.addBindValue(pageIds);
            Sql::exec(entries);
            qint64 film = 0;
            QStringList joined;
            const auto flush = [&] {
                if (auto it = byId.find(film); it != byId.end() && !joined.isEmpty())
                    it->values[int(list.field)] = joined.join(QStringLiteral("; "));
                joined.clear();
            };
            while (entries.next()) {
                const qint64 id = entries.value(0).toLongLong();
                if (id != film) {
                    flush();
                    film = id;
                }
                joined.append(entries.value(1).toString());
            }
            flush();
        }
    }
    QList<Row> rows;
    rows.reserve(order.size());
    for (const qint64 id : std::as_const(order))
        if (const auto it = byId.constFind(id); it != byId.constEnd())
            rows.append(*it);
    return rows;
}

void TableQuery::forEachBatch(qint64 limit, int batch,
                              const std::function<void(const QList<Row> &)> &rows) const
{
    // One pass over the order for the ids, and the columns of each batch read by id: neither
    // memory nor the time per row grows with the rows gone before (an OFFSET would step over
    // them again for every batch).
    QVariantList binds;
    QString sql = QStringLiteral("SELECT %1.id").arg(alias(m_table)) + fromWhere(binds) + orderBy();
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        binds.append(limit);
    }
    QSqlQuery ids = Sql::prepare(m_catalog.database(), sql);
    ids.setForwardOnly(true);
    for (const QVariant &b : std::as_const(binds))
        ids.addBindValue(b);
    Sql::exec(ids);
    QList<qint64> order;
    order.reserve(batch);
    while (Sql::next(ids)) {
        order.append(ids.value(0).toLongLong());
        if (order.size() == batch) {
            rows(rowsOf(order));
            order.clear();
        }
    }
    if (!order.isEmpty())
        rows(rowsOf(order));
}

qint64 TableQuery::positionOf(qint64 id) const
{
    return positionsOf({id}).value(id, -1);
}

QSqlQuery TableQuery::prepareFiltered(const QString &select, const QString &condition,
                                      const QVariantList &values) const
{
    QVariantList binds;
    const QString where = whereClause(m_table, m_search, {}, binds);
    QSqlQuery q =
        Sql::prepare(m_catalog.database(), select + sortedFrom() +
                                               (where.isEmpty() ? QStringLiteral(" WHERE ")
                                                                : where + QStringLiteral(" AND ")) +
                                               condition);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q;
}

qint64 TableQuery::countWhere(const QString &condition, const QVariantList &values) const
{
    QSqlQuery q = prepareFiltered(QStringLiteral("SELECT count(*)"), condition, values);
    Sql::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 TableQuery::countedPosition(qint64 id) const
{
    const QString a = alias(m_table);
    const QString key = sortExpression();
    // The row's sort key, if the filter shows the row at all.
    QSqlQuery q = prepareFiltered(QStringLiteral("SELECT %1").arg(key),
                                  QStringLiteral("%1.id = ?").arg(a), {id});
    Sql::exec(q);
    if (!q.next())
        return -1;
    const QVariant value = q.value(0);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const QString earlierId = QStringLiteral("%1.id %2 ?").arg(a, ascending ? u"<" : u">");
    if (value.isNull()) {
        const qint64 before =
            ascending ? 0 : countWhere(QStringLiteral("%1 IS NOT NULL").arg(key), {});
        return before + countWhere(QStringLiteral("%1 IS NULL AND %2").arg(key, earlierId), {id});
    }
    const qint64 nulls = ascending ? countWhere(QStringLiteral("%1 IS NULL").arg(key), {}) : 0;
    return nulls +
           countWhere(QStringLiteral("%1 %2 ?").arg(key, ascending ? u"<" : u">"), {value}) +
           countWhere(QStringLiteral("%1 = ? AND %2").arg(key, earlierId), {value, id});
}

QHash<qint64, qint64> TableQuery::positionsOf(const QList<qint64> &ids) const
{
    QHash<qint64, qint64> positions;
    if (ids.isEmpty())
        return positions;
    // A few rows (the current one, a small selection): counted, each in a few index ranges.
    constexpr int Counted = 8;
    if (QSet<qint64>(ids.begin(), ids.end()).size() <= Counted) {
        for (const qint64 id : ids) {
            if (positions.contains(id))
                continue;
            const qint64 position = countedPosition(id);
            if (position >= 0)
                positions.insert(id, position);
        }
        return positions;
    }
    // Many rows: numbered in one pass over the whole order.
    QVariantList binds;
    const QString a = alias(m_table);
    QSqlQuery q = Sql::prepare(
        m_catalog.database(),
        QStringLiteral("SELECT id, n FROM (SELECT %1.id AS id, row_number() OVER (%2) - 1 AS n")
                .arg(a, orderBy().trimmed()) +
            fromWhere(binds) + QStringLiteral(") WHERE id IN (SELECT value FROM json_each(?))"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(Sql::jsonIds(ids));
    Sql::exec(q);
    while (q.next())
        positions.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return positions;
}

} // namespace Marquee
