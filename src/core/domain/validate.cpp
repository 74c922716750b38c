// The validation rules of the domain types, in one place so that the importers, the command
// line and the window refuse the same values with the same words.
#include "company.h"
#include "film.h"
#include "person.h"
#include "review.h"
#include "validation.h"

#include <QUrl>

namespace Marquee {

namespace {

void check(FieldErrors &errors, bool ok, const char *field, const QString &message)
{
    if (!ok)
        errors.append({QString::fromLatin1(field), message});
}

template <typename T>
void checkRange(FieldErrors &errors, const std::optional<T> &value, T min, T max, const char *field)
{
    if (value && (*value < min || *value > max || *value != *value)) {
        errors.append({QString::fromLatin1(field),
                       QStringLiteral("%1 is outside %2-%3").arg(*value).arg(min).arg(max)});
    }
}

template <typename T>
void checkNotNegative(FieldErrors &errors, const std::optional<T> &value, const char *field)
{
    if (value && !(*value >= 0))
        errors.append({QString::fromLatin1(field), QStringLiteral("%1 is negative").arg(*value)});
}

void checkListItems(FieldErrors &errors, const QStringList &items, const char *field)
{
    for (const QString &item : items) {
        if (item.trimmed().isEmpty())
            errors.append({QString::fromLatin1(field), QStringLiteral("an entry is empty")});
        else if (item.contains(ListSeparator))
            errors.append({QString::fromLatin1(field),
                           QStringLiteral("\"%1\" contains '%2', which separates entries")
                               .arg(item, ListSeparator)});
    }
}

} // namespace

QString joinErrors(const FieldErrors &errors)
{
    QStringList parts;
    for (const FieldError &e : errors)
        parts.append(e.field + QStringLiteral(": ") + e.message);
    return parts.join(QStringLiteral("; "));
}

FieldErrors validate(const Film &film)
{
    FieldErrors errors;
    check(errors, !film.title.trimmed().isEmpty(), "title", QStringLiteral("a title is required"));
    checkRange(errors, film.year, Film::MinYear, Film::MaxYear, "year");
    check(errors, film.releaseDate.isNull() || film.releaseDate.isValid(), "release_date",
          QStringLiteral("not a valid date"));
    checkRange(errors, film.runtimeMinutes, Film::MinRuntime, Film::MaxRuntime, "runtime_minutes");
    check(errors, film.originalLanguage.isEmpty() || isLanguageCode(film.originalLanguage),
          "original_language",
          QStringLiteral("\"%1\" is not an ISO 639-1 language code such as fr or en")
              .arg(film.originalLanguage));
    checkNotNegative(errors, film.tmdbPopularity, "tmdb_popularity");
    checkRange(errors, film.tmdbVoteAverage, 0.0, 10.0, "tmdb_vote_average");
    checkNotNegative(errors, film.tmdbVoteCount, "tmdb_vote_count");
    check(errors, film.imdbId.isEmpty() || isImdbId(film.imdbId), "imdb_id",
          QStringLiteral("\"%1\" is not an IMDb id (tt followed by digits, such as tt0111161)")
              .arg(film.imdbId));
    checkRange(errors, film.imdbRating, 0.0, 10.0, "imdb_rating");
    checkNotNegative(errors, film.imdbVotes, "imdb_votes");
    checkRange(errors, film.metascore, 0, 100, "metascore");
    checkRange(errors, film.myRating, 0.0, 10.0, "my_rating");
    checkListItems(errors, film.tags, "tags");
    for (const QDate &day : film.viewings)
        check(errors, day.isValid(), "viewings", QStringLiteral("not a valid date"));
    for (const QString &code : film.countries) {
        check(errors, isCountryCode(code), "countries",
              QStringLiteral("\"%1\" is not an ISO 3166-1 country code such as FR").arg(code));
    }
    checkListItems(errors, film.genres, "genres");
    checkListItems(errors, film.companies, "companies");
    for (const WatchProvider &p : film.providers) {
        check(errors, !p.provider.trimmed().isEmpty() && !p.provider.contains(ListSeparator),
              "providers", QStringLiteral("\"%1\" is not a provider name").arg(p.provider));
    }
    for (const Credit &c : film.credits) {
        const char *field = c.role == CreditRole::Director ? "directors"
                            : c.role == CreditRole::Writer ? "writers"
                                                           : "cast";
        check(errors, !c.name.trimmed().isEmpty() && !c.name.contains(ListSeparator), field,
              QStringLiteral("\"%1\" is not a person's name").arg(c.name));
        check(errors, !c.character.contains(ListSeparator), "cast",
              QStringLiteral("a character cannot contain '%1'").arg(ListSeparator));
    }
    check(errors, !film.relatedFilmIds.contains(film.id) || film.id == 0, "related",
          QStringLiteral("a film cannot be related to itself"));
    return errors;
}

FieldErrors validate(const Company &company)
{
    FieldErrors errors;
    check(errors, !company.name.trimmed().isEmpty(), "name", QStringLiteral("a name is required"));
    check(errors, !company.name.contains(ListSeparator), "name",
          QStringLiteral("a company name cannot contain '%1'").arg(ListSeparator));
    check(
        errors, company.country.isEmpty() || isCountryCode(company.country), "country",
        QStringLiteral("\"%1\" is not an ISO 3166-1 country code such as FR").arg(company.country));
    return errors;
}

FieldErrors validate(const Person &person)
{
    FieldErrors errors;
    check(errors, !person.name.trimmed().isEmpty(), "name", QStringLiteral("a name is required"));
    check(errors, !person.name.contains(ListSeparator), "name",
          QStringLiteral("a name cannot contain '%1'").arg(ListSeparator));
    return errors;
}

FieldErrors validate(const Review &review)
{
    FieldErrors errors;
    check(errors, review.filmId > 0, "film", QStringLiteral("a review belongs to a film"));
    check(errors, review.date.isNull() || review.date.isValid(), "date",
          QStringLiteral("not a valid date"));
    checkRange(errors, review.score, 0.0, 100.0, "score");
    check(errors,
          !review.quote.trimmed().isEmpty() || !review.originalScore.trimmed().isEmpty() ||
              !review.url.trimmed().isEmpty(),
          "quote", QStringLiteral("a review needs a quote, a score or a URL"));
    if (!review.url.isEmpty()) {
        const QUrl url(review.url, QUrl::StrictMode);
        check(errors, url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty(), "url",
              QStringLiteral("\"%1\" is not a web address").arg(review.url));
    }
    return errors;
}

} // namespace Marquee
