#include "reviewrepository.h"

#include "../domain/error.h"
#include "catalog.h"
#include "sql.h"

namespace Marquee {

namespace {

const QString SelectColumns =
    QStringLiteral("SELECT id, film_id, review_date, critic, publication, quote, original_score, "
                   "score, url, row_version FROM reviews ");

Review reviewFrom(const QSqlQuery &q)
{
    Review r;
    r.id = q.value(0).toLongLong();
    r.filmId = q.value(1).toLongLong();
    r.date = Sql::toDate(q.value(2));
    r.critic = q.value(3).toString();
    r.publication = q.value(4).toString();
    r.quote = q.value(5).toString();
    r.originalScore = q.value(6).toString();
    r.score = Sql::optionalNumber<double>(q.value(7));
    r.url = q.value(8).toString();
    r.rowVersion = q.value(9).toLongLong();
    return r;
}

void requireValid(const Review &review)
{
    const FieldErrors errors = validate(review);
    if (!errors.isEmpty())
        throw Error(joinErrors(errors), Error::Kind::Invalid);
}

// A review keeps its film's title key from this schema on (migration 0015), and its quote's
// first letters from the next (0016); older schemas are written by tests of their upgrades.
constexpr int FilmTitleKeySchema = 15;
constexpr int QuoteKeySchema = 16;

// The INSERT of a review, with its id when it is put back, its film's title key for the order
// by film and its quote's key for the order by quote; bindInsert() gives it its values.
QString insertSql(const Catalog &catalog, bool withId)
{
    const bool titleKey = catalog.schemaVersion() >= FilmTitleKeySchema;
    const bool quoteKey = catalog.schemaVersion() >= QuoteKeySchema;
    return QStringLiteral("INSERT INTO reviews (film_id, review_date, critic, publication, "
                          "quote, original_score, score, url%1%2%3) VALUES (?, ?, ?, ?, ?, ?, ?, "
                          "?%4%5%6)")
        .arg(withId ? QStringLiteral(", id") : QString(),
             titleKey ? QStringLiteral(", film_title_key") : QString(),
             quoteKey ? QStringLiteral(", quote_key") : QString(),
             withId ? QStringLiteral(", ?") : QString(),
             titleKey ? QStringLiteral(", (SELECT title_key FROM films WHERE id = ?)") : QString(),
             quoteKey ? QStringLiteral(", lower(substr(?, 1, 32))") : QString());
}

void bindColumns(QSqlQuery &q, const Review &r)
{
    q.addBindValue(r.filmId);
    q.addBindValue(Sql::date(r.date));
    q.addBindValue(Sql::text(r.critic.trimmed()));
    q.addBindValue(Sql::text(r.publication.trimmed()));
    q.addBindValue(Sql::text(r.quote));
    q.addBindValue(Sql::text(r.originalScore.trimmed()));
    q.addBindValue(Sql::number(r.score));
    q.addBindValue(Sql::text(r.url.trimmed()));
}

void bindInsert(QSqlQuery &q, const Catalog &catalog, const Review &r, bool withId)
{
    bindColumns(q, r);
    if (withId)
        q.addBindValue(r.id);
    if (catalog.schemaVersion() >= FilmTitleKeySchema)
        q.addBindValue(r.filmId);
    if (catalog.schemaVersion() >= QuoteKeySchema)
        q.addBindValue(Sql::text(r.quote));
}

} // namespace

ReviewRepository::ReviewRepository(Catalog &catalog) : m_catalog(catalog) {}

qint64 ReviewRepository::insert(const Review &review)
{
    requireValid(review);
    WriteScope scope(m_catalog);
    if (m_insert.lastQuery().isEmpty())
        m_insert = Sql::prepare(m_catalog.database(), insertSql(m_catalog, false));
    bindInsert(m_insert, m_catalog, review, false);
    Sql::exec(m_insert);
    const qint64 id = m_insert.lastInsertId().toLongLong();
    scope.commit();
    return id;
}

void ReviewRepository::restore(const Review &review)
{
    requireValid(review);
    WriteScope scope(m_catalog);
    QSqlQuery q = Sql::prepare(m_catalog.database(), insertSql(m_catalog, true));
    bindInsert(q, m_catalog, review, true);
    Sql::exec(q);
    scope.commit();
}

qint64 ReviewRepository::update(const Review &review)
{
    requireValid(review);
    WriteScope scope(m_catalog);
    QSqlQuery q = Sql::prepare(
        m_catalog.database(),
        QStringLiteral(
            "UPDATE reviews SET film_id = ?, review_date = ?, critic = ?, publication = ?, "
            "quote = ?, original_score = ?, score = ?, url = ?, row_version = "
            "row_version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE "
            "id = ? AND row_version = ?"));
    bindColumns(q, review);
    q.addBindValue(review.id);
    q.addBindValue(review.rowVersion);
    Sql::exec(q);
    if (q.numRowsAffected() != 1) {
        throw Error(find(review.id)
                        ? QStringLiteral("The review was changed elsewhere since it was "
                                         "read; reload it and try again.")
                        : QStringLiteral("The review was deleted elsewhere."),
                    Error::Kind::Conflict);
    }
    scope.commit();
    return review.rowVersion + 1;
}

void ReviewRepository::remove(qint64 id)
{
    WriteScope scope(m_catalog);
    QSqlQuery q =
        Sql::prepare(m_catalog.database(), QStringLiteral("DELETE FROM reviews WHERE id = ?"));
    q.addBindValue(id);
    Sql::exec(q);
    if (q.numRowsAffected() != 1)
        throw Error(QStringLiteral("There is no review with id %1.").arg(id),
                    Error::Kind::NotFound);
    scope.commit();
}

std::optional<Review> ReviewRepository::find(qint64 id) const
{
    QSqlQuery q =
        Sql::prepare(m_catalog.database(), SelectColumns + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    Sql::exec(q);
    if (!q.next())
        return std::nullopt;
    return reviewFrom(q);
}

QList<Review> ReviewRepository::forFilm(qint64 filmId) const
{
    QSqlQuery q = Sql::prepare(m_catalog.database(),
                               SelectColumns + QStringLiteral("WHERE film_id = ? ORDER BY id"));
    q.addBindValue(filmId);
    Sql::exec(q);
    QList<Review> reviews;
    while (q.next())
        reviews.append(reviewFrom(q));
    return reviews;
}

void ReviewRepository::moveReviews(const QList<qint64> &ids, qint64 filmId)
{
    if (ids.isEmpty())
        return;
    WriteScope scope(m_catalog);
    QSqlQuery q = Sql::prepare(
        m_catalog.database(),
        QStringLiteral("UPDATE reviews SET film_id = ?, row_version = row_version + 1 WHERE id IN "
                       "(SELECT value FROM json_each(?))"));
    q.addBindValue(filmId);
    q.addBindValue(Sql::jsonIds(ids));
    Sql::exec(q);
    scope.commit();
}

std::optional<qint64> ReviewRepository::findDuplicate(const Review &review) const
{
    if (m_duplicate.lastQuery().isEmpty()) {
        m_duplicate = Sql::prepare(
            m_catalog.database(),
            QStringLiteral("SELECT id FROM reviews WHERE film_id = ? AND coalesce(critic, '') = ? "
                           "AND coalesce(review_date, '') = ? AND coalesce(quote, '') = ? "
                           "ORDER BY id LIMIT 1"));
    }
    m_duplicate.addBindValue(review.filmId);
    // Bound as '' rather than NULL when empty, to compare with the coalesced columns.
    const auto notNull = [](const QString &s) {
        return s.isNull() ? QStringLiteral("") : s;
    };
    m_duplicate.addBindValue(notNull(review.critic));
    m_duplicate.addBindValue(
        notNull(review.date.isValid() ? review.date.toString(Qt::ISODate) : QString()));
    m_duplicate.addBindValue(notNull(review.quote));
    Sql::exec(m_duplicate);
    std::optional<qint64> id;
    if (m_duplicate.next())
        id = m_duplicate.value(0).toLongLong();
    m_duplicate.finish();
    return id;
}

CriticsScore ReviewRepository::criticsScore(qint64 filmId) const
{
    QSqlQuery q = Sql::prepare(m_catalog.database(),
                               QStringLiteral("SELECT score FROM reviews WHERE film_id = ?"));
    q.addBindValue(filmId);
    Sql::exec(q);
    QList<std::optional<double>> scores;
    while (q.next())
        scores.append(Sql::optionalNumber<double>(q.value(0)));
    return Marquee::criticsScore(scores);
}

qint64 ReviewRepository::count() const
{
    return Sql::scalar(m_catalog.database(), QStringLiteral("SELECT count(*) FROM reviews"))
        .toLongLong();
}

} // namespace Marquee
