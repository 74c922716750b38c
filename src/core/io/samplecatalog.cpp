#include "samplecatalog.h"

#include "../db/catalog.h"
#include "../db/filmrepository.h"
#include "../db/reviewrepository.h"
#include "../domain/error.h"
#include "../domain/score.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Marquee {

namespace {

std::optional<double> optionalReal(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

std::optional<int> optionalInt(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

QStringList strings(const QJsonObject &o, const char *key)
{
    QStringList out;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        out.append(v.toString());
    return out;
}

Film filmFrom(const QJsonObject &o)
{
    Film f;
    f.title = o.value(QLatin1String("title")).toString();
    f.originalTitle = o.value(QLatin1String("original_title")).toString();
    f.year = optionalInt(o, "year");
    f.releaseDate =
        QDate::fromString(o.value(QLatin1String("release_date")).toString(), Qt::ISODate);
    f.runtimeMinutes = optionalInt(o, "runtime_minutes");
    f.status = parseFilmStatus(o.value(QLatin1String("status")).toString());
    f.type = parseFilmType(o.value(QLatin1String("type")).toString());
    f.certification = o.value(QLatin1String("certification")).toString();
    f.originalLanguage = o.value(QLatin1String("original_language")).toString();
    f.synopsis = o.value(QLatin1String("synopsis")).toString();
    f.tmdbPopularity = optionalReal(o, "tmdb_popularity");
    f.tmdbVoteAverage = optionalReal(o, "tmdb_vote_average");
    if (const auto count = optionalInt(o, "tmdb_vote_count"))
        f.tmdbVoteCount = *count;
    f.imdbId = o.value(QLatin1String("imdb_id")).toString();
    f.imdbRating = optionalReal(o, "imdb_rating");
    if (const auto votes = optionalInt(o, "imdb_votes"))
        f.imdbVotes = *votes;
    f.metascore = optionalInt(o, "metascore");
    f.notes = o.value(QLatin1String("notes")).toString();
    f.countries = strings(o, "countries");
    f.genres = strings(o, "genres");
    f.companies = strings(o, "companies");
    for (const QJsonValue &v : o.value(QLatin1String("providers")).toArray()) {
        const QJsonObject p = v.toObject();
        f.providers.append({p.value(QLatin1String("provider")).toString(),
                            parseWatchOffer(p.value(QLatin1String("offer")).toString())
                                .value_or(WatchOffer::Stream)});
    }
    return f;
}

} // namespace

SampleResult loadSampleCatalog(Catalog &catalog)
{
    QFile file(QStringLiteral(":/sample/sample-catalog.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("The sample catalog is missing from this build of Marquee."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        throw Error(QStringLiteral("The sample catalog of this build is damaged: %1")
                        .arg(parseError.errorString()));
    }

    SampleResult result;
    Transaction transaction(catalog);
    FilmRepository films(catalog);
    ReviewRepository reviews(catalog);
    QHash<QString, qint64> idByKey;
    QList<QJsonObject> added;
    const QJsonArray filmArray = doc.object().value(QLatin1String("films")).toArray();
    for (const QJsonValue &value : filmArray) {
        const QJsonObject o = value.toObject();
        const Film film = filmFrom(o);
        const QString key = o.value(QLatin1String("key")).toString();
        if (const auto existing = films.findByTitleYear(film.title, film.year)) {
            idByKey.insert(key, *existing);
            ++result.present;
            continue;
        }
        const qint64 id = films.insert(film);
        idByKey.insert(key, id);
        added.append(o);
        ++result.added;
        for (const QJsonValue &r : o.value(QLatin1String("reviews")).toArray()) {
            const QJsonObject ro = r.toObject();
            Review review;
            review.filmId = id;
            review.date =
                QDate::fromString(ro.value(QLatin1String("date")).toString(), Qt::ISODate);
            review.critic = ro.value(QLatin1String("critic")).toString();
            review.publication = ro.value(QLatin1String("publication")).toString();
            review.quote = ro.value(QLatin1String("quote")).toString();
            review.originalScore = ro.value(QLatin1String("original_score")).toString();
            review.score = normalizeScore(review.originalScore);
            review.url = ro.value(QLatin1String("url")).toString();
            reviews.insert(review);
        }
    }
    // Related films link to films that may come later in the file.
    for (const QJsonObject &o : added) {
        const QStringList related = strings(o, "related");
        if (related.isEmpty())
            continue;
        Film film = films.find(idByKey.value(o.value(QLatin1String("key")).toString())).value();
        for (const QString &key : related)
            film.relatedFilmIds.append(idByKey.value(key));
        films.update(film);
    }
    transaction.commit();
    return result;
}

} // namespace Marquee
