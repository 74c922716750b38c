#include "film.h"

namespace Marquee {

namespace {

void take(QString &into, const QString &from)
{
    if (!from.isEmpty())
        into = from;
}

template <typename T> void take(std::optional<T> &into, const std::optional<T> &from)
{
    if (from)
        into = from;
}

void take(QDate &into, const QDate &from)
{
    if (from.isValid())
        into = from;
}

template <typename T> void take(QList<T> &into, const QList<T> &from)
{
    if (!from.isEmpty())
        into = from;
}

} // namespace

void sortCredits(QList<Credit> &credits)
{
    std::stable_sort(credits.begin(), credits.end(),
                     [](const Credit &a, const Credit &b) { return a.role < b.role; });
}

QStringList creditNames(const QList<Credit> &credits, CreditRole role)
{
    QStringList names;
    for (const Credit &c : credits) {
        if (c.role == role)
            names.append(c.name);
    }
    return names;
}

Film withKnownFields(const Film &stored, const Film &incoming)
{
    Film f = stored;
    take(f.title, incoming.title);
    take(f.originalTitle, incoming.originalTitle);
    take(f.year, incoming.year);
    take(f.releaseDate, incoming.releaseDate);
    take(f.runtimeMinutes, incoming.runtimeMinutes);
    take(f.status, incoming.status);
    take(f.type, incoming.type);
    take(f.certification, incoming.certification);
    take(f.originalLanguage, incoming.originalLanguage);
    take(f.synopsis, incoming.synopsis);
    take(f.tmdbPopularity, incoming.tmdbPopularity);
    take(f.tmdbVoteAverage, incoming.tmdbVoteAverage);
    take(f.tmdbVoteCount, incoming.tmdbVoteCount);
    take(f.imdbId, incoming.imdbId);
    take(f.imdbRating, incoming.imdbRating);
    take(f.imdbVotes, incoming.imdbVotes);
    take(f.metascore, incoming.metascore);
    take(f.myRating, incoming.myRating);
    take(f.watchedOn, incoming.watchedOn);
    take(f.notes, incoming.notes);
    take(f.countries, incoming.countries);
    take(f.genres, incoming.genres);
    take(f.companies, incoming.companies);
    take(f.providers, incoming.providers);
    take(f.relatedFilmIds, incoming.relatedFilmIds);
    for (const QDate &day : incoming.viewings) {
        if (!f.viewings.contains(day))
            f.viewings.append(day); // viewings add up, as tags do
    }
    std::sort(f.viewings.begin(), f.viewings.end());
    for (const QString &tag : incoming.tags) {
        if (!f.tags.contains(tag, Qt::CaseInsensitive))
            f.tags.append(tag); // tags add up: a file's tags do not remove the catalog's
    }
    // Credits role by role: a file with only directors keeps the stored cast.
    for (const CreditRole role : {CreditRole::Director, CreditRole::Writer, CreditRole::Cast}) {
        const auto inRole = [role](const Credit &c) {
            return c.role == role;
        };
        if (std::none_of(incoming.credits.begin(), incoming.credits.end(), inRole))
            continue;
        f.credits.removeIf(inRole);
    }
    for (const Credit &c : incoming.credits)
        f.credits.append(c);
    sortCredits(f.credits);
    return f;
}

} // namespace Marquee
