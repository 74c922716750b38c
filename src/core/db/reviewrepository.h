#pragma once

#include "../domain/review.h"
#include "../domain/score.h"

#include <QList>
#include <QSqlQuery>

#include <optional>

namespace Marquee {

class Catalog;

// Reads and writes critics' reviews. Updates check the row version.
class ReviewRepository
{
public:
    explicit ReviewRepository(Catalog &catalog);

    qint64 insert(const Review &review);
    // Puts back a deleted review under its own id (undo of a delete).
    void restore(const Review &review);
    qint64 update(const Review &review);
    void remove(qint64 id);

    std::optional<Review> find(qint64 id) const;
    QList<Review> forFilm(qint64 filmId) const;
    // Moves these reviews to another film (films being merged, or the merge undone).
    void moveReviews(const QList<qint64> &ids, qint64 filmId);
    // The same review already in the catalog: same film, critic, date and quote.
    std::optional<qint64> findDuplicate(const Review &review) const;
    CriticsScore criticsScore(qint64 filmId) const;
    qint64 count() const;

private:
    Catalog &m_catalog;
    QSqlQuery m_insert;
    mutable QSqlQuery m_duplicate;
};

} // namespace Marquee
