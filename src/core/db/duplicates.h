#pragma once

#include "../domain/film.h"
#include "../domain/review.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>

namespace Marquee {

class Catalog;

// Films that are likely the same film, with the evidence.
struct DuplicateGroup
{
    enum class Reason { ImdbId, TitleYear, SimilarTitle };
    Reason reason;
    QList<qint64> films; // in catalog order
    QString evidence;    // "same IMDb id tt0475289"
};

// Finds likely duplicates: the same IMDb id; the same title and year once case, accents,
// punctuation and a leading article are set aside; titles a letter or two apart with the same
// year and runtime. A film is in one group at most, the strongest evidence first.
class DuplicateFinder
{
public:
    explicit DuplicateFinder(Catalog &catalog);
    // Throws Error; also when `stop` (if given) turns true while it looks.
    QList<DuplicateGroup> find(const std::atomic<bool> *stop = nullptr) const;

    // "The Matrix!" and "matrix" give "matrix"; "Les Misérables" gives "miserables".
    static QString titleKey(const QString &title);

private:
    Catalog &m_catalog;
};

// Merging films into one: the film kept takes, field by field, the value chosen among the
// films merged (by default its own, else the first other that has one; lists are joined);
// the others' reviews, links, credits, tags and poster move to it, films that named them as
// related name it instead, and they are deleted. One transaction; undo() puts all back.
class FilmMerger
{
public:
    // Which film gives each field: field index (FilmField) -> film id.
    using Choices = QHash<int, qint64>;

    // What a merge leaves before it is saved, to preview it.
    struct Record
    {
        qint64 kept = 0;
        Film keptBefore;
        QByteArray keptPoster;
        QString keptPosterType;
        QList<Film> removed;
        QList<QList<qint64>> removedReviewIds;
        QList<QByteArray> removedPosters;
        QList<QString> removedPosterTypes;
        QList<std::pair<qint64, QList<qint64>>> relatedBefore; // films whose lists changed
        QList<QDateTime> relatedUpdatedAt;                     // and when they last changed
    };

    explicit FilmMerger(Catalog &catalog);
    Film preview(qint64 keep, const QList<qint64> &others, const Choices &choices = {}) const;
    Record merge(qint64 keep, const QList<qint64> &others, const Choices &choices = {});
    void undo(const Record &record);

private:
    Catalog &m_catalog;
};

} // namespace Marquee
