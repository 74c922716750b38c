#include "exportcursor.h"

#include "../domain/error.h"
#include "../domain/realtext.h"
#include "../domain/score.h"
#include "catalog.h"
#include "sqlitestatement.h"
#include "tablequery.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

namespace Marquee {

namespace {

// Text comes straight from SQLite's UTF-8 (exporting a million films never builds a QString);
// reals are formatted into `storage`, which the returned view points into.
QByteArrayView real(RealText &storage, const SqliteStatement &q, int column)
{
    if (q.isNull(column))
        return {};
    return realText(q.real(column), storage);
}

void bindAll(SqliteStatement &statement, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        if (binds[i].typeId() == QMetaType::LongLong || binds[i].typeId() == QMetaType::Int)
            statement.bind(i + 1, binds[i].toLongLong());
        else if (binds[i].typeId() == QMetaType::Double)
            statement.bind(i + 1, binds[i].toDouble());
        else
            statement.bind(i + 1, binds[i].toString());
    }
}

// Runs a part's query (`part`: its cursor was opened on one) again on the rows of `range`:
// the range's two values come last among its `binds`.
void restartPart(SqliteStatement &query, QVariantList &binds, bool part,
                 ExportCursor::IdRange range)
{
    if (!part || binds.size() < 2 || range.isWhole())
        throw Error(QStringLiteral("An export's cursor moves only from part to part."));
    binds[binds.size() - 2] = range.after;
    binds[binds.size() - 1] = range.upTo;
    query.reset();
    bindAll(query, binds);
}

sqlite3 *connection(Catalog &catalog)
{
    sqlite3 *db = SqliteStatement::handle(catalog.database());
    if (!db)
        throw Error(QStringLiteral("This catalog's database driver is not supported."));
    return db;
}

// Names by id from one table, kept once read: the films of a catalog name the same companies
// and people again and again, and a lookup in SQLite's tree costs more than one here.
class NameCache
{
public:
    // `sql` selects the name of the row whose id is its one parameter.
    NameCache(sqlite3 *db, const char *sql) : m_query(db, sql) {}

    // Null when there is no such row.
    const std::string *name(qint64 id)
    {
        auto it = m_names.find(id);
        if (it == m_names.end()) {
            if (m_bytes >= MaxBytes) {
                m_names.clear(); // a bound on memory, for catalogs of millions of names
                m_bytes = 0;
            }
            m_query.bind(1, id);
            std::optional<std::string> name;
            if (m_query.step()) {
                const QByteArrayView text = m_query.utf8(0);
                name.emplace(text.data(), text.size());
            }
            m_query.reset();
            m_bytes += EntryBytes + (name ? qsizetype(name->size()) : 0);
            it = m_names.insert(id, name);
        }
        return it->has_value() ? &**it : nullptr;
    }

private:
    // About what a name takes beside its text, and the memory a cache keeps at most (the
    // 50,000 companies of a million generated films take 4 MiB).
    static constexpr qsizetype EntryBytes = 64;
    static constexpr qsizetype MaxBytes = qsizetype(8) << 20;
    qsizetype m_bytes = 0;
    SqliteStatement m_query;
    QHash<qint64, std::optional<std::string>> m_names;
};

// One side of a merge join: rows (film_id, position, group, value) in the order of the table's
// key, which starts with the film id; take(id) appends the values of film `id` of each group
// (a film's directors, writers and cast come from one table), in the order of their position,
// joined with "; ", reading only forward. Ordering a film's few values here spares SQLite a
// sorter per statement.
class SideList
{
public:
    enum class Value {
        Text,  // the value column is the text
        Name,  // it is an id, whose name `names` knows
        Credit // the same, and the next column a character, written "Name (Character)"
    };

    // `sql` has %1 where its WHERE clause takes the range of films, on the table `alias`
    // names, as its only parameters. Its group column holds 0 to groups - 1.
    SideList(sqlite3 *db, const char *alias, const char *sql, ExportCursor::IdRange range,
             Value value = Value::Text, NameCache *names = nullptr, int groups = 1)
        : m_query(db, QString::fromLatin1(sql)
                          .arg(range.isWhole() ? QStringLiteral("1")
                                               : QStringLiteral("%1.film_id > ? AND %1.film_id "
                                                                "<= ?")
                                                     .arg(QLatin1String(alias)))
                          .toUtf8()),
          m_value(value), m_names(names), m_joined(groups)
    {
        moveTo(range);
    }

    // Starts again on the films of `range` (the list was made for a range, not every film).
    void moveTo(ExportCursor::IdRange range)
    {
        m_query.reset();
        if (!range.isWhole()) {
            m_query.bind(1, range.after);
            m_query.bind(2, range.upTo);
        }
        advance();
    }

    // The film's values of `group`; valid until the next take().
    QByteArrayView joined(int group = 0) const
    {
        return QByteArrayView(m_joined[group].data(), qsizetype(m_joined[group].size()));
    }

    void take(qint64 filmId)
    {
        for (std::string &out : m_joined)
            out.clear();
        while (m_valid && m_filmId < filmId)
            advance();
        m_values.clear();
        m_entries.clear();
        bool inOrder = true;
        for (; m_valid && m_filmId == filmId; advance()) {
            Entry entry{int(m_query.int64(2)), m_query.int64(1), m_values.size(), 0};
            if (entry.group < 0 || entry.group >= int(m_joined.size()))
                continue;
            if (m_value == Value::Text) {
                const QByteArrayView text = m_query.utf8(3);
                m_values.append(text.data(), text.size());
            } else {
                const std::string *name = m_names->name(m_query.int64(3));
                if (!name)
                    continue;
                m_values += *name;
                const QByteArrayView character =
                    m_value == Value::Credit ? m_query.utf8(4) : QByteArrayView();
                if (!character.isEmpty()) {
                    m_values += " (";
                    m_values.append(character.data(), character.size());
                    m_values += ')';
                }
            }
            entry.size = m_values.size() - entry.start;
            inOrder = inOrder && (m_entries.empty() || !before(entry, m_entries.back()));
            m_entries.push_back(entry);
        }
        if (!inOrder) {
            // A film's few values, in place, keeping ties as they came.
            for (size_t i = 1; i < m_entries.size(); ++i) {
                for (size_t j = i; j > 0 && before(m_entries[j], m_entries[j - 1]); --j)
                    std::swap(m_entries[j], m_entries[j - 1]);
            }
        }
        for (const Entry &e : m_entries) {
            std::string &out = m_joined[e.group];
            if (!out.empty())
                out += "; ";
            out.append(m_values, e.start, e.size);
        }
    }

private:
    struct Entry
    {
        int group;
        qint64 position;
        size_t start;
        size_t size;
    };

    static bool before(const Entry &a, const Entry &b)
    {
        return a.group != b.group ? a.group < b.group : a.position < b.position;
    }

    void advance()
    {
        m_valid = m_query.step();
        if (m_valid)
            m_filmId = m_query.int64(0);
    }

    SqliteStatement m_query;
    const Value m_value;
    NameCache *const m_names;
    std::vector<std::string> m_joined;
    std::string m_values;
    std::vector<Entry> m_entries;
    qint64 m_filmId = 0;
    bool m_valid = false;
};

class FilmCursor : public ExportCursor
{
public:
    FilmCursor(sqlite3 *db, const QByteArray &where, const QVariantList &binds, IdRange range)
        : m_films(db, "SELECT f.id, f.title, f.original_title, f.year, f.release_date, "
                      "f.runtime_minutes, f.status, f.type, f.certification, "
                      "f.original_language, f.synopsis, f.tmdb_popularity, f.tmdb_vote_average, "
                      "f.tmdb_vote_count, f.imdb_id, f.imdb_rating, f.imdb_votes, f.metascore, "
                      "f.my_rating, f.watched_on, f.notes, f.critics_average, f.critics_count "
                      "FROM films f" +
                          where + " ORDER BY f.id"),
          m_binds(binds), m_part(!range.isWhole()),
          m_genreNames(db, "SELECT name FROM genres WHERE id = ?"),
          m_companyNames(db, "SELECT name FROM companies WHERE id = ?"),
          m_personNames(db, "SELECT name FROM people WHERE id = ?"),
          m_countries(db, "fc",
                      "SELECT fc.film_id, fc.position, 0, fc.country_code FROM film_countries fc "
                      "WHERE %1 ORDER BY fc.film_id",
                      range),
          m_genres(db, "fg",
                   "SELECT fg.film_id, fg.position, 0, fg.genre_id FROM film_genres fg WHERE %1 "
                   "ORDER BY fg.film_id",
                   range, SideList::Value::Name, &m_genreNames),
          m_companies(db, "fc",
                      "SELECT fc.film_id, fc.position, 0, fc.company_id FROM film_companies fc "
                      "WHERE %1 ORDER BY fc.film_id",
                      range, SideList::Value::Name, &m_companyNames),
          m_providers(db, "wp",
                      "SELECT wp.film_id, wp.position, 0, wp.provider || ' (' || wp.offer || ')' "
                      "FROM watch_providers wp WHERE %1 ORDER BY wp.film_id",
                      range),
          // Groups: directors, writers, cast.
          m_credits(db, "fp",
                    "SELECT fp.film_id, fp.position, CASE fp.role WHEN 'director' THEN 0 WHEN "
                    "'writer' THEN 1 ELSE 2 END, fp.person_id, fp.character FROM film_people fp "
                    "WHERE %1 ORDER BY fp.film_id",
                    range, SideList::Value::Credit, &m_personNames, 3),
          m_tags(db, "ft",
                 "SELECT ft.film_id, ft.position, 0, ft.tag FROM film_tags ft WHERE %1 ORDER BY "
                 "ft.film_id",
                 range)
    {
        bindAll(m_films, m_binds);
    }

    void moveTo(IdRange range) override
    {
        restartPart(m_films, m_binds, m_part, range);
        for (SideList *list : sideLists())
            list->moveTo(range);
    }

    bool next(QList<QByteArrayView> &row) override
    {
        if (!m_films.step())
            return false;
        row.resize(fieldsOf(Table::Films).size());
        const qint64 id = m_films.int64(0);
        const auto at = [&row](FilmField f) -> QByteArrayView & {
            return row[int(f)];
        };
        at(FilmField::Title) = m_films.utf8(1);
        at(FilmField::OriginalTitle) = m_films.utf8(2);
        at(FilmField::Year) = m_films.utf8(3);
        at(FilmField::ReleaseDate) = m_films.utf8(4);
        at(FilmField::RuntimeMinutes) = m_films.utf8(5);
        at(FilmField::Status) = m_films.utf8(6);
        at(FilmField::Type) = m_films.utf8(7);
        at(FilmField::Certification) = m_films.utf8(8);
        at(FilmField::OriginalLanguage) = m_films.utf8(9);
        for (SideList *list : sideLists())
            list->take(id);
        at(FilmField::Countries) = m_countries.joined();
        at(FilmField::Genres) = m_genres.joined();
        at(FilmField::Companies) = m_companies.joined();
        at(FilmField::Providers) = m_providers.joined();
        at(FilmField::Synopsis) = m_films.utf8(10);
        at(FilmField::TmdbPopularity) = real(m_reals[0], m_films, 11);
        at(FilmField::TmdbVoteAverage) = real(m_reals[1], m_films, 12);
        at(FilmField::TmdbVoteCount) = m_films.utf8(13);
        at(FilmField::ImdbId) = m_films.utf8(14);
        at(FilmField::ImdbRating) = real(m_reals[2], m_films, 15);
        at(FilmField::ImdbVotes) = m_films.utf8(16);
        at(FilmField::Metascore) = m_films.utf8(17);
        // Kept on the film by triggers on its reviews (migration 0007).
        at(FilmField::CriticsScore) = m_films.isNull(21)
                                          ? QByteArrayView()
                                          : realText(roundScore(m_films.real(21)), m_reals[4]);
        at(FilmField::CriticsCount) = m_films.utf8(22);
        at(FilmField::MyRating) = real(m_reals[3], m_films, 18);
        at(FilmField::WatchedOn) = m_films.utf8(19);
        at(FilmField::Notes) = m_films.utf8(20);
        at(FilmField::Directors) = m_credits.joined(0);
        at(FilmField::Writers) = m_credits.joined(1);
        at(FilmField::Cast) = m_credits.joined(2);
        at(FilmField::Tags) = m_tags.joined();
        return true;
    }

private:
    std::array<SideList *, 6> sideLists()
    {
        return {&m_countries, &m_genres, &m_companies, &m_providers, &m_credits, &m_tags};
    }

    SqliteStatement m_films;
    QVariantList m_binds;
    const bool m_part;
    // Before the lists that use them.
    NameCache m_genreNames;
    NameCache m_companyNames;
    NameCache m_personNames;
    SideList m_countries;
    SideList m_genres;
    SideList m_companies;
    SideList m_providers;
    SideList m_credits;
    SideList m_tags;
    RealText m_reals[5];
};

// A table whose export row is the columns of one query; `reals` marks REAL columns.
class QueryCursor : public ExportCursor
{
public:
    QueryCursor(sqlite3 *db, const QByteArray &sql, const QVariantList &binds, bool part,
                QList<bool> reals)
        : m_query(db, sql), m_binds(binds), m_part(part), m_reals(std::move(reals))
    {
        bindAll(m_query, m_binds);
    }

    void moveTo(IdRange range) override { restartPart(m_query, m_binds, m_part, range); }

    bool next(QList<QByteArrayView> &row) override
    {
        if (!m_query.step())
            return false;
        row.resize(m_reals.size());
        m_storage.resize(m_reals.size());
        for (int i = 0; i < m_reals.size(); ++i)
            row[i] = m_reals[i] ? real(m_storage[i], m_query, i) : m_query.utf8(i);
        return true;
    }

private:
    SqliteStatement m_query;
    QVariantList m_binds;
    const bool m_part;
    QList<bool> m_reals;
    QList<RealText> m_storage;
};

} // namespace

std::unique_ptr<ExportCursor> ExportCursor::open(Catalog &catalog, Table table,
                                                 const QString &filter, const QList<qint64> &ids)
{
    return open(catalog, table, filter, ids, IdRange());
}

std::unique_ptr<ExportCursor> ExportCursor::open(Catalog &catalog, Table table,
                                                 const QString &filter, const QList<qint64> &ids,
                                                 IdRange range)
{
    sqlite3 *db = connection(catalog);
    QVariantList binds;
    QString whereText = TableQuery::whereClause(table, filter, ids, binds);
    if (!range.isWhole()) {
        whereText += whereText.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        whereText += QStringLiteral("%1.id > ? AND %1.id <= ?").arg(TableQuery::alias(table));
        binds << QVariant(range.after) << QVariant(range.upTo);
    }
    const QByteArray where = whereText.toUtf8();
    switch (table) {
    case Table::Films:
        return std::make_unique<FilmCursor>(db, where, binds, range);
    case Table::Companies:
        return std::make_unique<QueryCursor>(
            db,
            "SELECT c.name, c.country, c.notes, (SELECT count(*) FROM film_companies fc WHERE "
            "fc.company_id = c.id) FROM companies c" +
                where + " ORDER BY c.id",
            binds, !range.isWhole(), QList<bool>{false, false, false, false});
    case Table::Reviews:
        return std::make_unique<QueryCursor>(
            db,
            "SELECT f.title, f.year, r.review_date, r.critic, r.publication, r.quote, "
            "r.original_score, r.score, r.url FROM reviews r JOIN films f ON f.id = r.film_id" +
                where + " ORDER BY r.id",
            binds, !range.isWhole(),
            QList<bool>{false, false, false, false, false, false, false, true, false});
    case Table::People:
        return std::make_unique<QueryCursor>(
            db,
            "SELECT p.name, (SELECT group_concat(role, ', ') FROM (SELECT DISTINCT role FROM "
            "film_people WHERE person_id = p.id ORDER BY CASE role WHEN 'director' THEN 0 WHEN "
            "'writer' THEN 1 ELSE 2 END)), (SELECT count(DISTINCT film_id) FROM film_people WHERE "
            "person_id = p.id), p.notes FROM people p" +
                where + " ORDER BY p.id",
            binds, !range.isWhole(), QList<bool>{false, false, false, false});
    }
    return nullptr;
}

} // namespace Marquee
