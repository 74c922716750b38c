#pragma once

#include "fielderror.h"
#include "filmenums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Marquee {

struct WatchProvider
{
    QString provider;
    WatchOffer offer = WatchOffer::Stream;

    bool operator==(const WatchProvider &) const = default;
};

// A person's part in a film: director, writer, or cast member playing a character.
struct Credit
{
    CreditRole role = CreditRole::Cast;
    QString name;
    QString character; // cast only; empty when not known

    bool operator==(const Credit &) const = default;
};

// A film as the catalog holds it. Empty strings and null dates mean "not known".
struct Film
{
    static constexpr int MinYear = 1870;
    static constexpr int MaxYear = 2100;
    static constexpr int MinRuntime = 1;
    static constexpr int MaxRuntime = 1500;

    qint64 id = 0;
    QString title;
    QString originalTitle;
    std::optional<int> year;
    QDate releaseDate;
    std::optional<int> runtimeMinutes;
    std::optional<FilmStatus> status;
    std::optional<FilmType> type;
    QString certification;
    QString originalLanguage; // ISO 639-1, lower case
    QString synopsis;
    std::optional<double> tmdbPopularity;
    std::optional<double> tmdbVoteAverage;
    std::optional<qint64> tmdbVoteCount;
    QString imdbId; // tt + digits
    std::optional<double> imdbRating;
    std::optional<qint64> imdbVotes;
    std::optional<int> metascore;
    std::optional<double> myRating;
    QDate watchedOn;
    QString notes;

    QStringList countries; // ISO 3166-1 alpha-2, upper case, in order
    QStringList genres;
    QStringList companies; // production companies by name, in order
    QList<WatchProvider> providers;
    QList<qint64> relatedFilmIds; // in order
    QList<Credit> credits;        // directors, then writers, then cast, each in billing order
    QStringList tags;             // the person's own labels, in order
    QList<QDate> viewings;        // every day it was watched, earliest first (watchedOn: latest)

    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 rowVersion = 0;

    bool operator==(const Film &) const = default;
};

// Puts credits in the order a film holds them: directors, then writers, then cast, each role
// keeping its billing order.
void sortCredits(QList<Credit> &credits);
// The names credited in one role, in billing order.
QStringList creditNames(const QList<Credit> &credits, CreditRole role);

// The stored film with every field the incoming film knows taken from it, the others kept:
// what "update" means for an import, field by field (credits role by role).
Film withKnownFields(const Film &stored, const Film &incoming);

// Every rule a film must satisfy before it reaches the catalog; empty when the film is valid.
FieldErrors validate(const Film &film);

} // namespace Marquee
