#include "filmrepository.h"

#include "../domain/error.h"
#include "../domain/validation.h"
#include "catalog.h"
#include "sql.h"
#include "tablequery.h"

#include <QRegularExpression>
#include <QSet>

namespace Marquee {

namespace {

// The stored columns of a film in binding order (lists and posters live in tables of their own).
const QStringList &filmColumns()
{
    static const QStringList columns = {
        QStringLiteral("title"),
        QStringLiteral("title_key"),
        QStringLiteral("original_title"),
        QStringLiteral("year"),
        QStringLiteral("release_date"),
        QStringLiteral("runtime_minutes"),
        QStringLiteral("status"),
        QStringLiteral("type"),
        QStringLiteral("certification"),
        QStringLiteral("original_language"),
        QStringLiteral("synopsis"),
        QStringLiteral("tmdb_popularity"),
        QStringLiteral("tmdb_vote_average"),
        QStringLiteral("tmdb_vote_count"),
        QStringLiteral("imdb_id"),
        QStringLiteral("imdb_rating"),
        QStringLiteral("imdb_votes"),
        QStringLiteral("metascore"),
        QStringLiteral("my_rating"),
        QStringLiteral("watched_on"),
        QStringLiteral("notes"),
    };
    return columns;
}

// The order keys from this schema on (migration 0016); older schemas are written by tests of
// their upgrades.
constexpr int OrderKeysSchema = 16;

// The order key columns: the synopsis's first letters, then each list's, in the order of
// StoredLists::orderKeys().
const QStringList &keyColumns()
{
    static const QStringList columns = {
        QStringLiteral("synopsis_key"),  QStringLiteral("countries_key"),
        QStringLiteral("genres_key"),    QStringLiteral("companies_key"),
        QStringLiteral("providers_key"), QStringLiteral("directors_key"),
        QStringLiteral("writers_key"),   QStringLiteral("cast_key"),
        QStringLiteral("tags_key"),
    };
    return columns;
}

// The columns a write binds: the stored ones, then the order keys where the schema has them.
QStringList writtenColumns(bool keys)
{
    return keys ? filmColumns() + keyColumns() : filmColumns();
}

// The value written to a column: the synopsis's key is cut in SQL, as migration 0016 cuts it.
QString valueOf(const QString &column)
{
    return column == u"synopsis_key" ? QStringLiteral("lower(substr(?, 1, 32))")
                                     : QStringLiteral("?");
}

// One list's order key as migration 0016 builds it in SQL: the keys of its first three
// entries joined by a unit separator; null when the list is empty.
QString orderKey(const QStringList &keys)
{
    return keys.isEmpty() ? QString() : keys.mid(0, 3).join(QChar(0x1f));
}

// The entries of `list` whose `key` comes first, in order.
template <typename T, typename Key> QList<T> distinct(const QList<T> &list, Key key)
{
    QList<T> out;
    QSet<QString> seen;
    for (const T &entry : list) {
        const QString k = key(entry);
        if (!seen.contains(k)) {
            seen.insert(k);
            out.append(entry);
        }
    }
    return out;
}

} // namespace

// A film's lists as its links keep them, each entry once (the first of those the catalog holds
// for the same), in order: the links and the lists' order keys are both written from them.
struct FilmRepository::StoredLists
{
    QStringList countries;
    QStringList genres;             // one per folded name, as genres are kept
    QStringList companies;          // one per folded name, as companies are kept
    QList<WatchProvider> providers; // names simplified; one per folded name and offer
    QList<Credit> credits;          // a person once per role, the characters joined
    QStringList tags;               // trimmed; one per folded tag

    explicit StoredLists(const Film &film)
    {
        const auto same = [](const QString &s) {
            return s;
        };
        countries = distinct(film.countries, same);
        genres = distinct(film.genres, foldedKey);
        companies = distinct(film.companies, foldedKey);
        for (const WatchProvider &p : film.providers)
            providers.append({p.provider.simplified(), p.offer});
        providers = distinct(providers, [](const WatchProvider &p) {
            return foldedKey(p.provider) + u'\n' + toText(p.offer);
        });
        for (const QString &tag : film.tags)
            tags.append(tag.trimmed());
        tags = distinct(tags, [](const QString &tag) { return tag.toCaseFolded(); });
        // A person credited twice in one role (a writer of the story and of the screenplay,
        // an actor in two parts) is one credit; the characters are joined.
        for (const Credit &credit : film.credits) {
            const QString character = credit.character.trimmed();
            auto first = std::find_if(credits.begin(), credits.end(), [&](const Credit &c) {
                return c.role == credit.role && foldedKey(c.name) == foldedKey(credit.name);
            });
            if (first == credits.end())
                credits.append({credit.role, credit.name, character});
            else if (!character.isEmpty() && first->character != character)
                first->character +=
                    (first->character.isEmpty() ? QString() : QStringLiteral(" / ")) + character;
        }
    }

    // The order keys, in keyColumns() order after the synopsis's: companies, genres and people
    // by their folded names, which are the stored names' keys.
    QStringList orderKeys() const
    {
        QStringList directors, writers, cast;
        for (const Credit &credit : credits) {
            QStringList &role = credit.role == CreditRole::Director ? directors
                                : credit.role == CreditRole::Writer ? writers
                                                                    : cast;
            role.append(foldedKey(credit.name));
        }
        QStringList offers;
        for (const WatchProvider &p : providers)
            offers.append(p.provider + QStringLiteral(" (") + toText(p.offer) + u')');
        return {orderKey(countries),
                orderKey(keysOf(genres)),
                orderKey(keysOf(companies)),
                orderKey(offers),
                orderKey(directors),
                orderKey(writers),
                orderKey(cast),
                orderKey(tags)};
    }

private:
    static QStringList keysOf(const QStringList &names)
    {
        QStringList keys;
        for (const QString &name : names)
            keys.append(foldedKey(name));
        return keys;
    }
};

namespace {

const QString Now = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");

// The INSERT of a film, with its id when it is put back, and the UPDATE of its columns and
// version; with or without the order keys.
const char *insertSql(bool keys, bool withId)
{
    const auto make = [](bool keys, bool withId) {
        QStringList columns = writtenColumns(keys);
        if (withId)
            columns.append(QStringLiteral("id"));
        QStringList values;
        for (const QString &c : std::as_const(columns))
            values.append(valueOf(c));
        return QStringLiteral("INSERT INTO films (%1) VALUES (%2)")
            .arg(columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")))
            .toUtf8();
    };
    static const QByteArray sql[2][2] = {{make(false, false), make(false, true)},
                                         {make(true, false), make(true, true)}};
    return sql[keys][withId].constData();
}

const char *updateSql(bool keys)
{
    const auto make = [](bool keys) {
        QStringList sets;
        for (const QString &c : writtenColumns(keys))
            sets.append(c + QStringLiteral(" = ") + valueOf(c));
        return QStringLiteral("UPDATE films SET %1, row_version = row_version + 1, updated_at = "
                              "%2 WHERE id = ? AND row_version = ?")
            .arg(sets.join(QStringLiteral(", ")), Now)
            .toUtf8();
    };
    static const QByteArray sql[2] = {make(false), make(true)};
    return sql[keys].constData();
}

void requireValid(const Film &film)
{
    const FieldErrors errors = validate(film);
    if (!errors.isEmpty())
        throw Error(joinErrors(errors), Error::Kind::Invalid);
}

QStringList stringList(const QSqlDatabase &db, const QString &sql, qint64 id)
{
    QSqlQuery q = Sql::prepare(db, sql);
    q.addBindValue(id);
    Sql::exec(q);
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

// Binds the stored columns of a film from parameter `first` on, in filmColumns() order, then
// the synopsis for its key and its lists' `orderKeys` where the schema has them; returns the
// next parameter.
int bindColumns(SqliteStatement &q, const Film &f, int first,
                const std::optional<QStringList> &orderKeys)
{
    int i = first;
    q.bind(i++, f.title.trimmed());
    q.bind(i++, foldedKey(f.title));
    q.bind(i++, f.originalTitle.trimmed());
    q.bind(i++, f.year);
    q.bind(i++, f.releaseDate.isValid() ? f.releaseDate.toString(Qt::ISODate) : QString());
    q.bind(i++, f.runtimeMinutes);
    q.bind(i++, f.status ? toText(*f.status) : QString());
    q.bind(i++, f.type ? toText(*f.type) : QString());
    q.bind(i++, f.certification.trimmed());
    q.bind(i++, f.originalLanguage);
    q.bind(i++, f.synopsis);
    q.bind(i++, f.tmdbPopularity);
    q.bind(i++, f.tmdbVoteAverage);
    q.bind(i++, f.tmdbVoteCount);
    q.bind(i++, f.imdbId.trimmed());
    q.bind(i++, f.imdbRating);
    q.bind(i++, f.imdbVotes);
    q.bind(i++, f.metascore);
    q.bind(i++, f.myRating);
    q.bind(i++, f.watchedOn.isValid() ? f.watchedOn.toString(Qt::ISODate) : QString());
    q.bind(i++, f.notes);
    if (orderKeys) {
        q.bind(i++, f.synopsis);
        for (const QString &key : *orderKeys)
            q.bind(i++, key);
    }
    return i;
}

// Inserts (film, value, position) rows into a link table, each value's first occurrence only,
// in order.
template <typename T>
void insertLinks(SqliteStatement &insert, qint64 filmId, const QList<T> &values)
{
    QSet<T> seen;
    qint64 position = 0;
    for (const T &value : values) {
        if (seen.contains(value))
            continue;
        seen.insert(value);
        insert.bind(1, filmId);
        insert.bind(2, value);
        insert.bind(3, position++);
        insert.run();
    }
}

} // namespace

FilmRepository::FilmRepository(Catalog &catalog)
    : m_catalog(catalog), m_companies(catalog), m_people(catalog)
{}

void FilmRepository::clearCache()
{
    m_companies.clearCache();
    m_people.clearCache();
    m_genreIdByKey.clear();
}

SqliteStatement &FilmRepository::statement(SqliteStatement &slot, const char *sql) const
{
    if (!slot.isPrepared()) {
        sqlite3 *db = SqliteStatement::handle(m_catalog.database());
        if (!db)
            throw Error(QStringLiteral("This catalog's database driver is not supported."));
        slot = SqliteStatement(db, sql);
    }
    return slot;
}

std::optional<qint64> FilmRepository::firstId(SqliteStatement &query) const
{
    std::optional<qint64> id;
    if (query.step())
        id = query.int64(0);
    query.reset();
    return id;
}

qint64 FilmRepository::insert(const Film &film)
{
    requireValid(film);
    WriteScope scope(m_catalog);
    const StoredLists lists(film);
    const auto keys = orderKeys(lists);
    SqliteStatement &q = statement(m_insert, insertSql(keys.has_value(), false));
    bindColumns(q, film, 1, keys);
    q.run();
    const qint64 id = q.lastInsertId();
    writeLinks(id, film, lists, false);
    scope.commit();
    return id;
}

void FilmRepository::restore(const Film &film)
{
    requireValid(film);
    WriteScope scope(m_catalog);
    const StoredLists lists(film);
    const auto keys = orderKeys(lists);
    SqliteStatement &q = statement(m_restore, insertSql(keys.has_value(), true));
    q.bind(bindColumns(q, film, 1, keys), film.id);
    q.run();
    writeLinks(film.id, film, lists, false);
    scope.commit();
}

qint64 FilmRepository::update(const Film &film)
{
    requireValid(film);
    WriteScope scope(m_catalog);
    const StoredLists lists(film);
    const auto keys = orderKeys(lists);
    SqliteStatement &q = statement(m_update, updateSql(keys.has_value()));
    const int next = bindColumns(q, film, 1, keys);
    q.bind(next, film.id);
    q.bind(next + 1, film.rowVersion);
    q.run();
    if (q.changes() != 1) {
        const bool exists = find(film.id).has_value();
        throw Error(exists ? QStringLiteral("\"%1\" was changed elsewhere since it was read; "
                                            "reload it and try again.")
                                 .arg(film.title)
                           : QStringLiteral("\"%1\" was deleted elsewhere.").arg(film.title),
                    Error::Kind::Conflict);
    }
    writeLinks(film.id, film, lists, true);
    scope.commit();
    return film.rowVersion + 1;
}

std::optional<QStringList> FilmRepository::orderKeys(const StoredLists &lists) const
{
    if (m_catalog.schemaVersion() < OrderKeysSchema)
        return std::nullopt;
    return lists.orderKeys();
}

void FilmRepository::writeLinks(qint64 id, const Film &film, const StoredLists &lists, bool replace)
{
    if (replace) {
        static const char *const deletes[8] = {
            "DELETE FROM film_companies WHERE film_id = ?",
            "DELETE FROM film_countries WHERE film_id = ?",
            "DELETE FROM film_genres WHERE film_id = ?",
            "DELETE FROM watch_providers WHERE film_id = ?",
            "DELETE FROM related_films WHERE film_id = ?",
            "DELETE FROM film_people WHERE film_id = ?",
            "DELETE FROM film_tags WHERE film_id = ?",
            "DELETE FROM film_viewings WHERE film_id = ?",
        };
        for (int i = 0; i < 8; ++i) {
            SqliteStatement &del = statement(m_deleteLinks[i], deletes[i]);
            del.bind(1, id);
            del.run();
        }
    }

    QList<qint64> companyIds;
    for (const QString &name : lists.companies)
        companyIds.append(m_companies.ensure(name));
    insertLinks(statement(m_insertCompany, "INSERT INTO film_companies (film_id, company_id, "
                                           "position) VALUES (?, ?, ?)"),
                id, companyIds);
    insertLinks(statement(m_insertCountry, "INSERT INTO film_countries (film_id, country_code, "
                                           "position) VALUES (?, ?, ?)"),
                id, lists.countries);
    QList<qint64> genreIds;
    for (const QString &genre : lists.genres)
        genreIds.append(genreId(genre));
    insertLinks(statement(m_insertGenre, "INSERT INTO film_genres (film_id, genre_id, position) "
                                         "VALUES (?, ?, ?)"),
                id, genreIds);
    QList<qint64> related = film.relatedFilmIds;
    related.removeAll(id);
    insertLinks(statement(m_insertRelated, "INSERT INTO related_films (film_id, related_film_id, "
                                           "position) VALUES (?, ?, ?)"),
                id, related);

    writeCredits(id, lists.credits);
    QList<QDate> days = film.viewings;
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    qint64 viewing = 0;
    for (const QDate &day : std::as_const(days)) {
        SqliteStatement &q = statement(m_insertViewing, "INSERT INTO film_viewings (film_id, "
                                                        "watched_on, position) VALUES (?, ?, ?)");
        q.bind(1, id);
        q.bind(2, day.toString(Qt::ISODate));
        q.bind(3, viewing++);
        q.run();
    }
    if (!lists.tags.isEmpty()) // prepared only when needed: tests write to older schemas
        insertLinks(statement(m_insertTag, "INSERT INTO film_tags (film_id, tag, position) "
                                           "VALUES (?, ?, ?)"),
                    id, lists.tags);

    qint64 position = 0;
    for (const WatchProvider &p : lists.providers) {
        SqliteStatement &q =
            statement(m_insertProvider, "INSERT INTO watch_providers (film_id, provider, offer, "
                                        "position) VALUES (?, ?, ?, ?)");
        q.bind(1, id);
        q.bind(2, p.provider);
        q.bind(3, toText(p.offer));
        q.bind(4, position++);
        q.run();
    }
}

// The credits as StoredLists merged them, each person once per role.
void FilmRepository::writeCredits(qint64 id, const QList<Credit> &credits)
{
    qint64 position = 0;
    for (const Credit &credit : credits) {
        SqliteStatement &q =
            statement(m_insertCredit, "INSERT INTO film_people (film_id, person_id, role, "
                                      "character, position) VALUES (?, ?, ?, ?, ?)");
        q.bind(1, id);
        q.bind(2, m_people.ensure(credit.name));
        q.bind(3, toText(credit.role));
        q.bind(4, credit.character);
        q.bind(5, position++);
        q.run();
    }
}

qint64 FilmRepository::genreId(const QString &name)
{
    const QString key = foldedKey(name);
    if (const auto it = m_genreIdByKey.constFind(key); it != m_genreIdByKey.cend())
        return *it;
    SqliteStatement &select = statement(m_selectGenre, "SELECT id FROM genres WHERE name_key = ?");
    select.bind(1, key);
    std::optional<qint64> id = firstId(select);
    if (!id) {
        SqliteStatement &insert =
            statement(m_insertGenreName, "INSERT INTO genres (name, name_key) VALUES (?, ?)");
        insert.bind(1, name.simplified());
        insert.bind(2, key);
        insert.run();
        id = insert.lastInsertId();
    }
    m_genreIdByKey.insert(key, *id);
    return *id;
}

void FilmRepository::remove(qint64 id)
{
    WriteScope scope(m_catalog);
    QSqlQuery q =
        Sql::prepare(m_catalog.database(), QStringLiteral("DELETE FROM films WHERE id = ?"));
    q.addBindValue(id);
    Sql::exec(q);
    if (q.numRowsAffected() != 1)
        throw Error(QStringLiteral("There is no film with id %1.").arg(id), Error::Kind::NotFound);
    scope.commit();
}

std::optional<Film> FilmRepository::find(qint64 id) const
{
    const QSqlDatabase db = m_catalog.database();
    QSqlQuery q = Sql::prepare(
        db,
        QStringLiteral("SELECT id, %1, created_at, updated_at, row_version FROM films WHERE id = ?")
            .arg(filmColumns().join(QStringLiteral(", "))));
    q.addBindValue(id);
    Sql::exec(q);
    if (!q.next())
        return std::nullopt;

    Film f;
    int i = 0;
    f.id = q.value(i++).toLongLong();
    f.title = q.value(i++).toString();
    ++i; // title_key
    f.originalTitle = q.value(i++).toString();
    f.year = Sql::optionalNumber<int>(q.value(i++));
    f.releaseDate = Sql::toDate(q.value(i++));
    f.runtimeMinutes = Sql::optionalNumber<int>(q.value(i++));
    f.status = parseFilmStatus(q.value(i++).toString());
    f.type = parseFilmType(q.value(i++).toString());
    f.certification = q.value(i++).toString();
    f.originalLanguage = q.value(i++).toString();
    f.synopsis = q.value(i++).toString();
    f.tmdbPopularity = Sql::optionalNumber<double>(q.value(i++));
    f.tmdbVoteAverage = Sql::optionalNumber<double>(q.value(i++));
    f.tmdbVoteCount = Sql::optionalNumber<qint64>(q.value(i++));
    f.imdbId = q.value(i++).toString();
    f.imdbRating = Sql::optionalNumber<double>(q.value(i++));
    f.imdbVotes = Sql::optionalNumber<qint64>(q.value(i++));
    f.metascore = Sql::optionalNumber<int>(q.value(i++));
    f.myRating = Sql::optionalNumber<double>(q.value(i++));
    f.watchedOn = Sql::toDate(q.value(i++));
    f.notes = q.value(i++).toString();
    f.createdAt = QDateTime::fromString(q.value(i++).toString(), Qt::ISODate);
    f.updatedAt = QDateTime::fromString(q.value(i++).toString(), Qt::ISODate);
    f.rowVersion = q.value(i++).toLongLong();
    q.finish();

    f.companies = stringList(db,
                             QStringLiteral("SELECT c.name FROM film_companies fc JOIN companies c "
                                            "ON c.id = fc.company_id WHERE fc.film_id = ? "
                                            "ORDER BY fc.position"),
                             id);
    for (const QString &day :
         stringList(db,
                    QStringLiteral("SELECT watched_on FROM film_viewings WHERE film_id = ? ORDER "
                                   "BY watched_on"),
                    id))
        f.viewings.append(QDate::fromString(day, Qt::ISODate));
    f.tags = stringList(
        db, QStringLiteral("SELECT tag FROM film_tags WHERE film_id = ? ORDER BY position"), id);
    f.countries = stringList(db,
                             QStringLiteral("SELECT country_code FROM film_countries WHERE "
                                            "film_id = ? ORDER BY position"),
                             id);
    f.genres = stringList(db,
                          QStringLiteral("SELECT g.name FROM film_genres fg JOIN genres g ON "
                                         "g.id = fg.genre_id WHERE fg.film_id = ? ORDER BY "
                                         "fg.position"),
                          id);
    QSqlQuery providers = Sql::prepare(
        db, QStringLiteral("SELECT provider, offer FROM watch_providers WHERE film_id = ? ORDER BY "
                           "position"));
    providers.addBindValue(id);
    Sql::exec(providers);
    while (providers.next()) {
        f.providers.append(
            {providers.value(0).toString(),
             parseWatchOffer(providers.value(1).toString()).value_or(WatchOffer::Stream)});
    }
    QSqlQuery credits = Sql::prepare(
        db, QStringLiteral("SELECT fp.role, p.name, fp.character FROM film_people fp JOIN people p "
                           "ON p.id = fp.person_id WHERE fp.film_id = ? ORDER BY CASE fp.role "
                           "WHEN 'director' THEN 0 WHEN 'writer' THEN 1 ELSE 2 END, fp.position"));
    credits.addBindValue(id);
    Sql::exec(credits);
    while (credits.next()) {
        f.credits.append({parseCreditRole(credits.value(0).toString()).value_or(CreditRole::Cast),
                          credits.value(1).toString(), credits.value(2).toString()});
    }
    for (const QString &related :
         stringList(db,
                    QStringLiteral("SELECT related_film_id FROM related_films WHERE film_id = ? "
                                   "ORDER BY position"),
                    id))
        f.relatedFilmIds.append(related.toLongLong());
    return f;
}

std::optional<qint64> FilmRepository::findDuplicate(const Film &film) const
{
    if (!film.imdbId.trimmed().isEmpty()) {
        SqliteStatement &q = statement(m_byImdb, "SELECT id FROM films WHERE imdb_id = ? ORDER BY "
                                                 "id LIMIT 1");
        q.bind(1, film.imdbId.trimmed());
        if (const auto id = firstId(q))
            return id;
    }
    return findByTitleYear(film.title, film.year);
}

std::optional<qint64> FilmRepository::findByTitleYear(const QString &title,
                                                      std::optional<int> year) const
{
    if (year) {
        SqliteStatement &q = statement(m_byTitleYear, "SELECT id FROM films WHERE title_key = ? "
                                                      "AND year = ? ORDER BY id LIMIT 1");
        q.bind(1, foldedKey(title));
        q.bind(2, qint64(*year));
        return firstId(q);
    }
    SqliteStatement &q = statement(m_byTitleNoYear, "SELECT id FROM films WHERE title_key = ? AND "
                                                    "year IS NULL ORDER BY id LIMIT 1");
    q.bind(1, foldedKey(title));
    return firstId(q);
}

QStringList FilmRepository::titlesStartingWith(const QString &prefix, int limit) const
{
    const QString key = foldedKey(prefix);
    QSqlQuery q = Sql::prepare(
        m_catalog.database(), QStringLiteral("SELECT title, year FROM films WHERE title_key >= ? "
                                             "AND title_key < ? ORDER BY title_key, year LIMIT ?"));
    q.addBindValue(key);
    q.addBindValue(QString(key + QChar(0xFFFF)));
    q.addBindValue(limit);
    Sql::exec(q);
    QStringList titles;
    while (q.next()) {
        titles.append(
            q.value(1).isNull()
                ? q.value(0).toString()
                : QStringLiteral("%1 (%2)").arg(q.value(0).toString()).arg(q.value(1).toInt()));
    }
    return titles;
}

std::pair<QString, std::optional<int>> FilmRepository::parseTitleYear(const QString &text)
{
    static const QRegularExpression withYear(QStringLiteral(R"(^(.*\S)\s*\((\d{4})\)$)"));
    const auto m = withYear.match(text.trimmed());
    if (m.hasMatch())
        return {m.captured(1), m.capturedView(2).toInt()};
    return {text.trimmed(), std::nullopt};
}

bool FilmRepository::exists(qint64 id) const
{
    QSqlQuery q =
        Sql::prepare(m_catalog.database(), QStringLiteral("SELECT 1 FROM films WHERE id = ?"));
    q.addBindValue(id);
    Sql::exec(q);
    return q.next();
}

bool FilmRepository::hasPoster(qint64 id) const
{
    QSqlQuery q = Sql::prepare(m_catalog.database(),
                               QStringLiteral("SELECT 1 FROM film_posters WHERE film_id = ?"));
    q.addBindValue(id);
    Sql::exec(q);
    return q.next();
}

QList<std::pair<qint64, int>> FilmRepository::filmsRelatingTo(qint64 id) const
{
    QSqlQuery q = Sql::prepare(m_catalog.database(),
                               QStringLiteral("SELECT film_id, position FROM related_films WHERE "
                                              "related_film_id = ? ORDER BY film_id"));
    q.addBindValue(id);
    Sql::exec(q);
    QList<std::pair<qint64, int>> films;
    while (q.next())
        films.append({q.value(0).toLongLong(), q.value(1).toInt()});
    return films;
}

qint64 FilmRepository::count() const
{
    return Sql::scalar(m_catalog.database(), QStringLiteral("SELECT count(*) FROM films"))
        .toLongLong();
}

QList<qint64> FilmRepository::ids(const QString &filter, const QList<qint64> &only) const
{
    QVariantList binds;
    const QString where = TableQuery::whereClause(Table::Films, filter, only, binds);
    QSqlQuery q =
        Sql::prepare(m_catalog.database(),
                     QStringLiteral("SELECT f.id FROM films f%1 ORDER BY f.id").arg(where));
    for (const QVariant &value : binds)
        q.addBindValue(value);
    q.setForwardOnly(true);
    Sql::exec(q);
    QList<qint64> result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

void FilmRepository::setTimestamps(qint64 id, const QDateTime &created, const QDateTime &updated)
{
    const auto text = [](const QDateTime &t) {
        return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    };
    QSqlQuery q =
        Sql::prepare(m_catalog.database(),
                     QStringLiteral("UPDATE films SET created_at = coalesce(?, created_at), "
                                    "updated_at = coalesce(?, updated_at) WHERE id = ?"));
    q.addBindValue(created.isValid() ? QVariant(text(created)) : QVariant());
    q.addBindValue(updated.isValid() ? QVariant(text(updated)) : QVariant());
    q.addBindValue(id);
    Sql::exec(q);
}

qint64 FilmRepository::reviewCount(qint64 id) const
{
    QSqlQuery q = Sql::prepare(m_catalog.database(),
                               QStringLiteral("SELECT count(*) FROM reviews WHERE film_id = ?"));
    q.addBindValue(id);
    Sql::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

void FilmRepository::setPoster(qint64 id, const QByteArray &image, const QString &mimeType)
{
    if (image.isEmpty())
        throw Error(QStringLiteral("The poster image is empty."), Error::Kind::Invalid);
    WriteScope scope(m_catalog);
    QSqlQuery q = Sql::prepare(
        m_catalog.database(), QStringLiteral("INSERT INTO film_posters (film_id, mime_type, image) "
                                             "VALUES (?, ?, ?) ON CONFLICT (film_id) DO UPDATE "
                                             "SET mime_type = excluded.mime_type, "
                                             "image = excluded.image"));
    q.addBindValue(id);
    q.addBindValue(mimeType);
    q.addBindValue(image);
    Sql::exec(q);
    scope.commit();
}

void FilmRepository::removePoster(qint64 id)
{
    WriteScope scope(m_catalog);
    QSqlQuery q = Sql::prepare(m_catalog.database(),
                               QStringLiteral("DELETE FROM film_posters WHERE film_id = ?"));
    q.addBindValue(id);
    Sql::exec(q);
    scope.commit();
}

QByteArray FilmRepository::poster(qint64 id, QString *mimeType) const
{
    QSqlQuery q = Sql::prepare(m_catalog.database(),
                               QStringLiteral("SELECT image, mime_type FROM film_posters WHERE "
                                              "film_id = ?"));
    q.addBindValue(id);
    Sql::exec(q);
    if (!q.next())
        return {};
    if (mimeType)
        *mimeType = q.value(1).toString();
    return q.value(0).toByteArray();
}

} // namespace Marquee
