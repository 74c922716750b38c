#include "exportcursor.h"

#include "../domain/score.h"
#include "catalog.h"
#include "sql.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace Marquee {

namespace {

// One side of a merge join: a query ordered by film id whose rows are (film_id, value, ...).
// take(id) returns the values of film `id`, joined, reading only forward.
class SideList
{
public:
    SideList(const QSqlDatabase &db, const QString &sql) : m_query(Sql::prepare(db, sql))
    {
        m_query.setForwardOnly(true);
        Sql::exec(m_query);
        advance();
    }

    QString take(qint64 filmId)
    {
        while (m_valid && m_filmId < filmId)
            advance();
        QString joined;
        while (m_valid && m_filmId == filmId) {
            if (!joined.isEmpty())
                joined += QStringLiteral("; ");
            joined += m_query.value(1).toString();
            advance();
        }
        return joined;
    }

private:
    void advance()
    {
        m_valid = m_query.next();
        if (m_valid)
            m_filmId = m_query.value(0).toLongLong();
    }

    QSqlQuery m_query;
    qint64 m_filmId = 0;
    bool m_valid = false;
};

class FilmCursor : public ExportCursor
{
public:
    explicit FilmCursor(const QSqlDatabase &db)
        : m_films(db),
          m_countries(db,
                      QStringLiteral("SELECT film_id, country_code FROM film_countries ORDER BY "
                                     "film_id, position")),
          m_genres(db, QStringLiteral("SELECT fg.film_id, g.name FROM film_genres fg JOIN genres g "
                                      "ON g.id = fg.genre_id ORDER BY fg.film_id, fg.position")),
          m_companies(db, QStringLiteral("SELECT fc.film_id, c.name FROM film_companies fc JOIN "
                                         "companies c ON c.id = fc.company_id ORDER BY fc.film_id, "
                                         "fc.position")),
          m_providers(db, QStringLiteral("SELECT film_id, provider || ' (' || offer || ')' FROM "
                                         "watch_providers ORDER BY film_id, position")),
          m_critics(db)
    {
        m_films = Sql::prepare(
            db, QStringLiteral("SELECT id, title, original_title, year, release_date, "
                               "runtime_minutes, status, type, certification, original_language, "
                               "synopsis, tmdb_popularity, tmdb_vote_average, tmdb_vote_count, "
                               "imdb_id, imdb_rating, imdb_votes, metascore, my_rating, "
                               "watched_on, notes FROM films ORDER BY id"));
        m_films.setForwardOnly(true);
        Sql::exec(m_films);
        m_critics = Sql::prepare(db, QStringLiteral("SELECT film_id, avg(score), count(score) FROM "
                                                    "reviews WHERE score IS NOT NULL GROUP BY "
                                                    "film_id ORDER BY film_id"));
        m_critics.setForwardOnly(true);
        Sql::exec(m_critics);
        advanceCritics();
    }

    bool next(QVariantList &row) override
    {
        if (!m_films.next())
            return false;
        const qint64 id = m_films.value(0).toLongLong();
        row.resize(fieldsOf(Table::Films).size());
        const auto set = [&row](FilmField f, const QVariant &v) {
            row[int(f)] = v;
        };
        set(FilmField::Title, m_films.value(1));
        set(FilmField::OriginalTitle, m_films.value(2));
        set(FilmField::Year, m_films.value(3));
        set(FilmField::ReleaseDate, m_films.value(4));
        set(FilmField::RuntimeMinutes, m_films.value(5));
        set(FilmField::Status, m_films.value(6));
        set(FilmField::Type, m_films.value(7));
        set(FilmField::Certification, m_films.value(8));
        set(FilmField::OriginalLanguage, m_films.value(9));
        set(FilmField::Countries, m_countries.take(id));
        set(FilmField::Genres, m_genres.take(id));
        set(FilmField::Companies, m_companies.take(id));
        set(FilmField::Providers, m_providers.take(id));
        set(FilmField::Synopsis, m_films.value(10));
        set(FilmField::TmdbPopularity, m_films.value(11));
        set(FilmField::TmdbVoteAverage, m_films.value(12));
        set(FilmField::TmdbVoteCount, m_films.value(13));
        set(FilmField::ImdbId, m_films.value(14));
        set(FilmField::ImdbRating, m_films.value(15));
        set(FilmField::ImdbVotes, m_films.value(16));
        set(FilmField::Metascore, m_films.value(17));
        while (m_criticsValid && m_criticsFilm < id)
            advanceCritics();
        if (m_criticsValid && m_criticsFilm == id) {
            set(FilmField::CriticsScore, roundScore(m_critics.value(1).toDouble()));
            set(FilmField::CriticsCount, m_critics.value(2).toLongLong());
        } else {
            set(FilmField::CriticsScore, QVariant());
            set(FilmField::CriticsCount, 0);
        }
        set(FilmField::MyRating, m_films.value(18));
        set(FilmField::WatchedOn, m_films.value(19));
        set(FilmField::Notes, m_films.value(20));
        return true;
    }

private:
    void advanceCritics()
    {
        m_criticsValid = m_critics.next();
        if (m_criticsValid)
            m_criticsFilm = m_critics.value(0).toLongLong();
    }

    QSqlQuery m_films;
    SideList m_countries;
    SideList m_genres;
    SideList m_companies;
    SideList m_providers;
    QSqlQuery m_critics;
    qint64 m_criticsFilm = 0;
    bool m_criticsValid = false;
};

// A table whose export row is exactly the columns of one query.
class QueryCursor : public ExportCursor
{
public:
    QueryCursor(const QSqlDatabase &db, const QString &sql) : m_query(Sql::prepare(db, sql))
    {
        m_query.setForwardOnly(true);
        Sql::exec(m_query);
    }

    bool next(QVariantList &row) override
    {
        if (!m_query.next())
            return false;
        const int columns = m_query.record().count();
        row.resize(columns);
        for (int i = 0; i < columns; ++i)
            row[i] = m_query.value(i);
        return true;
    }

private:
    QSqlQuery m_query;
};

} // namespace

std::unique_ptr<ExportCursor> ExportCursor::open(Catalog &catalog, Table table)
{
    const QSqlDatabase db = catalog.database();
    switch (table) {
    case Table::Films:
        return std::make_unique<FilmCursor>(db);
    case Table::Companies:
        return std::make_unique<QueryCursor>(
            db, QStringLiteral("SELECT c.name, c.country, c.notes, (SELECT count(*) FROM "
                               "film_companies fc WHERE fc.company_id = c.id) FROM companies c "
                               "ORDER BY c.id"));
    case Table::Reviews:
        return std::make_unique<QueryCursor>(
            db, QStringLiteral("SELECT f.title, f.year, r.review_date, r.critic, r.publication, "
                               "r.quote, r.original_score, r.score, r.url FROM reviews r JOIN "
                               "films f ON f.id = r.film_id ORDER BY r.id"));
    }
    return nullptr;
}

} // namespace Marquee
