#include "exportcursor.h"

#include "../domain/error.h"
#include "../domain/score.h"
#include "catalog.h"
#include "sqlitestatement.h"
#include "tablequery.h"

#include <QLocale>

namespace Marquee {

namespace {

// Text comes straight from SQLite's UTF-8 (exporting a million films never builds a QString);
// reals are formatted into `storage`, which the returned view points into.
QByteArrayView real(QByteArray &storage, const SqliteStatement &q, int column)
{
    if (q.isNull(column))
        return {};
    storage.setNum(q.real(column), 'g', QLocale::FloatingPointShortest);
    return storage;
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

sqlite3 *connection(Catalog &catalog)
{
    sqlite3 *db = SqliteStatement::handle(catalog.database());
    if (!db)
        throw Error(QStringLiteral("This catalog's database driver is not supported."));
    return db;
}

// One side of a merge join: rows (film_id, value) ordered by film id; take(id) appends the
// values of film `id`, joined with "; ", reading only forward.
class SideList
{
public:
    // `sql` has %1 where its WHERE clause takes the range of films, on the table `alias`
    // names; no other parameter comes before it.
    SideList(sqlite3 *db, const char *alias, const char *sql, ExportCursor::IdRange range)
        : m_query(db, QString::fromLatin1(sql)
                          .arg(range.isWhole() ? QStringLiteral("1")
                                               : QStringLiteral("%1.film_id > ? AND %1.film_id "
                                                                "<= ?")
                                                     .arg(QLatin1String(alias)))
                          .toUtf8())
    {
        if (!range.isWhole()) {
            m_query.bind(1, range.after);
            m_query.bind(2, range.upTo);
        }
        advance();
    }

    QByteArrayView take(qint64 filmId)
    {
        QByteArray &out = m_joined;
        out.resize(0);
        while (m_valid && m_filmId < filmId)
            advance();
        while (m_valid && m_filmId == filmId) {
            if (!out.isEmpty())
                out.append("; ", 2);
            const QByteArrayView value = m_query.utf8(1);
            out.append(value.data(), value.size());
            advance();
        }
        return out;
    }

private:
    void advance()
    {
        m_valid = m_query.step();
        if (m_valid)
            m_filmId = m_query.int64(0);
    }

    SqliteStatement m_query;
    QByteArray m_joined;
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
          m_countries(db, "fc",
                      "SELECT fc.film_id, fc.country_code FROM film_countries fc "
                      "WHERE %1 ORDER BY fc.film_id, fc.position",
                      range),
          m_genres(db, "fg",
                   "SELECT fg.film_id, g.name FROM film_genres fg JOIN genres g "
                   "ON g.id = fg.genre_id WHERE %1 ORDER BY fg.film_id, fg.position",
                   range),
          m_companies(db, "fc",
                      "SELECT fc.film_id, c.name FROM film_companies fc JOIN companies c "
                      "ON c.id = fc.company_id WHERE %1 ORDER BY fc.film_id, fc.position",
                      range),
          m_providers(db, "wp",
                      "SELECT wp.film_id, wp.provider || ' (' || wp.offer || ')' FROM "
                      "watch_providers wp WHERE %1 ORDER BY wp.film_id, wp.position",
                      range),
          m_directors(db, "fp", creditsSql("director").constData(), range),
          m_writers(db, "fp", creditsSql("writer").constData(), range),
          m_cast(db, "fp", creditsSql("cast").constData(), range),
          m_tags(db, "ft",
                 "SELECT ft.film_id, ft.tag FROM film_tags ft WHERE %1 ORDER BY ft.film_id, "
                 "ft.position",
                 range)
    {
        bindAll(m_films, binds);
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
        at(FilmField::Countries) = m_countries.take(id);
        at(FilmField::Genres) = m_genres.take(id);
        at(FilmField::Companies) = m_companies.take(id);
        at(FilmField::Providers) = m_providers.take(id);
        at(FilmField::Synopsis) = m_films.utf8(10);
        at(FilmField::TmdbPopularity) = real(m_reals[0], m_films, 11);
        at(FilmField::TmdbVoteAverage) = real(m_reals[1], m_films, 12);
        at(FilmField::TmdbVoteCount) = m_films.utf8(13);
        at(FilmField::ImdbId) = m_films.utf8(14);
        at(FilmField::ImdbRating) = real(m_reals[2], m_films, 15);
        at(FilmField::ImdbVotes) = m_films.utf8(16);
        at(FilmField::Metascore) = m_films.utf8(17);
        // Kept on the film by triggers on its reviews (migration 0007).
        if (m_films.isNull(21))
            m_criticsScore.resize(0);
        else
            m_criticsScore.setNum(roundScore(m_films.real(21)), 'g',
                                  QLocale::FloatingPointShortest);
        at(FilmField::CriticsScore) = m_criticsScore;
        at(FilmField::CriticsCount) = m_films.utf8(22);
        at(FilmField::MyRating) = real(m_reals[3], m_films, 18);
        at(FilmField::WatchedOn) = m_films.utf8(19);
        at(FilmField::Notes) = m_films.utf8(20);
        at(FilmField::Directors) = m_directors.take(id);
        at(FilmField::Writers) = m_writers.take(id);
        at(FilmField::Cast) = m_cast.take(id);
        at(FilmField::Tags) = m_tags.take(id);
        return true;
    }

private:
    static QByteArray creditsSql(const char *role)
    {
        return QByteArray("SELECT fp.film_id, p.name || CASE WHEN coalesce(fp.character, '') <> "
                          "'' THEN ' (' || fp.character || ')' ELSE '' END FROM film_people fp "
                          "JOIN people p ON p.id = fp.person_id WHERE %1 AND fp.role = '") +
               role + "' ORDER BY fp.film_id, fp.position";
    }

    SqliteStatement m_films;
    SideList m_countries;
    SideList m_genres;
    SideList m_companies;
    SideList m_providers;
    SideList m_directors;
    SideList m_writers;
    SideList m_cast;
    SideList m_tags;
    QByteArray m_reals[4];
    QByteArray m_criticsScore;
};

// A table whose export row is the columns of one query; `reals` marks REAL columns.
class QueryCursor : public ExportCursor
{
public:
    QueryCursor(sqlite3 *db, const QByteArray &sql, const QVariantList &binds, QList<bool> reals)
        : m_query(db, sql), m_reals(std::move(reals))
    {
        bindAll(m_query, binds);
    }

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
    QList<bool> m_reals;
    QList<QByteArray> m_storage;
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
            binds, QList<bool>{false, false, false, false});
    case Table::Reviews:
        return std::make_unique<QueryCursor>(
            db,
            "SELECT f.title, f.year, r.review_date, r.critic, r.publication, r.quote, "
            "r.original_score, r.score, r.url FROM reviews r JOIN films f ON f.id = r.film_id" +
                where + " ORDER BY r.id",
            binds, QList<bool>{false, false, false, false, false, false, false, true, false});
    case Table::People:
        return std::make_unique<QueryCursor>(
            db,
            "SELECT p.name, (SELECT group_concat(role, ', ') FROM (SELECT DISTINCT role FROM "
            "film_people WHERE person_id = p.id ORDER BY CASE role WHEN 'director' THEN 0 WHEN "
            "'writer' THEN 1 ELSE 2 END)), (SELECT count(DISTINCT film_id) FROM film_people WHERE "
            "person_id = p.id), p.notes FROM people p" +
                where + " ORDER BY p.id",
            binds, QList<bool>{false, false, false, false});
    }
    return nullptr;
}

} // namespace Marquee
