#include "marqueejson.h"

#include "../db/companyrepository.h"
#include "../db/filmrepository.h"
#include "../db/personrepository.h"
#include "../db/reviewrepository.h"
#include "../db/savedsearchrepository.h"
#include "../domain/error.h"
#include "jsonwriter.h"

#include <QHash>

namespace Marquee {

namespace {

QString timestamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
                          : QString();
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

void writeStrings(JsonWriter &json, const char *name, const QStringList &list)
{
    if (list.isEmpty())
        return;
    json.key(name);
    json.beginArray(JsonWriter::Layout::Inline);
    for (const QString &item : list)
        json.value(item);
    json.endArray();
}

void writeReview(JsonWriter &json, const Review &review)
{
    json.beginObject();
    json.member("date", isoDate(review.date));
    json.member("critic", review.critic);
    json.member("publication", review.publication);
    json.member("quote", review.quote);
    json.member("original_score", review.originalScore);
    if (review.score) {
        json.member("score", review.score);
    } else if (!review.originalScore.isEmpty()) {
        // Without it, reading the file back would work the score out from the written one.
        json.key("score");
        json.null();
    }
    json.member("url", review.url);
    json.endObject();
}

void writeFilm(JsonWriter &json, const Film &film, qint64 key, const QList<qint64> &related,
               const QByteArray &poster, const QString &posterType, const QList<Review> &reviews)
{
    json.beginObject();
    json.key("key");
    json.value(key);
    json.member("title", film.title);
    json.member("original_title", film.originalTitle);
    json.member("year", film.year);
    json.member("release_date", isoDate(film.releaseDate));
    json.member("runtime_minutes", film.runtimeMinutes);
    if (film.status)
        json.member("status", toText(*film.status));
    if (film.type)
        json.member("type", toText(*film.type));
    json.member("certification", film.certification);
    json.member("original_language", film.originalLanguage);
    writeStrings(json, "countries", film.countries);
    writeStrings(json, "genres", film.genres);
    writeStrings(json, "companies", film.companies);
    if (!film.credits.isEmpty()) {
        json.key("credits");
        json.beginArray();
        for (const Credit &credit : film.credits) {
            json.beginObject();
            json.member("role", toText(credit.role));
            json.member("name", credit.name);
            json.member("character", credit.character);
            json.endObject();
        }
        json.endArray();
    }
    if (!film.providers.isEmpty()) {
        json.key("providers");
        json.beginArray();
        for (const WatchProvider &p : film.providers) {
            json.beginObject();
            json.member("provider", p.provider);
            json.member("offer", toText(p.offer));
            json.endObject();
        }
        json.endArray();
    }
    json.member("synopsis", film.synopsis);
    json.member("tmdb_popularity", film.tmdbPopularity);
    json.member("tmdb_vote_average", film.tmdbVoteAverage);
    json.member("tmdb_vote_count", film.tmdbVoteCount);
    json.member("imdb_id", film.imdbId);
    json.member("imdb_rating", film.imdbRating);
    json.member("imdb_votes", film.imdbVotes);
    json.member("metascore", film.metascore);
    json.member("my_rating", film.myRating);
    json.member("watched_on", isoDate(film.watchedOn));
    json.member("notes", film.notes);
    writeStrings(json, "tags", film.tags);
    if (!film.viewings.isEmpty()) {
        QStringList days;
        for (const QDate &day : film.viewings)
            days.append(isoDate(day));
        writeStrings(json, "viewings", days);
    }
    if (!related.isEmpty()) {
        json.key("related");
        json.beginArray(JsonWriter::Layout::Inline);
        for (const qint64 k : related)
            json.value(k);
        json.endArray();
    }
    if (!poster.isEmpty()) {
        json.key("poster");
        json.beginObject();
        json.member("mime_type", posterType);
        json.member("data", QString::fromLatin1(poster.toBase64()));
        json.endObject();
    }
    if (!reviews.isEmpty()) {
        json.key("reviews");
        json.beginArray();
        for (const Review &review : reviews)
            writeReview(json, review);
        json.endArray();
    }
    json.member("created_at", timestamp(film.createdAt));
    json.member("updated_at", timestamp(film.updatedAt));
    json.endObject();
}

} // namespace

MarqueeJsonExporter::MarqueeJsonExporter(Catalog &catalog, const ExportOptions &options)
    : m_catalog(catalog), m_options(options)
{}

ExportReport MarqueeJsonExporter::exportTo(QIODevice *device)
{
    ExportReport report;
    JsonWriter json(device);
    try {
        FilmRepository films(m_catalog);
        ReviewRepository reviews(m_catalog);
        const bool whole = m_options.filter.trimmed().isEmpty() && m_options.ids.isEmpty();
        const QList<qint64> ids = films.ids(m_options.filter, m_options.ids);
        // Films are numbered in the file from 1 in catalog order; links use these numbers.
        QHash<qint64, qint64> keyOf;
        keyOf.reserve(ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i)
            keyOf.insert(ids[i], i + 1);

        json.beginObject();
        json.member("format", QString::fromLatin1(MarqueeJson::FormatName));
        json.key("version");
        json.value(MarqueeJson::Version);

        const QList<Company> companies = whole           ? CompanyRepository(m_catalog).list()
                                         : ids.isEmpty() ? QList<Company>()
                                                         : CompanyRepository(m_catalog).list(ids);
        json.key("companies");
        json.beginArray();
        for (const Company &company : companies) {
            json.beginObject();
            json.member("name", company.name);
            json.member("country", company.country);
            json.member("notes", company.notes);
            json.endObject();
        }
        json.endArray();

        const QList<Person> people = whole           ? PersonRepository(m_catalog).list()
                                     : ids.isEmpty() ? QList<Person>()
                                                     : PersonRepository(m_catalog).list(ids);
        json.key("people");
        json.beginArray();
        for (const Person &person : people) {
            json.beginObject();
            json.member("name", person.name);
            json.member("notes", person.notes);
            json.endObject();
        }
        json.endArray();

        json.key("films");
        json.beginArray();
        for (const qint64 id : ids) {
            const std::optional<Film> film = films.find(id);
            if (!film)
                continue; // deleted by another program since the ids were read
            QList<qint64> related;
            for (const qint64 other : film->relatedFilmIds) {
                if (const auto it = keyOf.constFind(other); it != keyOf.constEnd())
                    related.append(*it);
            }
            QString posterType;
            const QByteArray poster = films.poster(id, &posterType);
            writeFilm(json, *film, keyOf.value(id), related, poster, posterType,
                      reviews.forFilm(id));
            ++report.rows;
            if (report.rows % 1024 == 0) {
                if (!json.errorString().isEmpty())
                    break;
                if (m_options.progress && !m_options.progress(report.rows)) {
                    report.cancelled = true;
                    return report;
                }
            }
        }
        json.endArray();

        if (whole) {
            json.key("saved_searches");
            json.beginArray();
            for (const SavedSearch &search : SavedSearchRepository(m_catalog).list()) {
                json.beginObject();
                json.member("name", search.name);
                json.member("table", tableName(search.table));
                json.member("query", search.query);
                json.endObject();
            }
            json.endArray();
        }
        json.endObject();
    } catch (const Error &e) {
        report.error = e.message();
        return report;
    }
    if (!json.flush())
        report.error = QStringLiteral("Writing failed: %1").arg(json.errorString());
    if (m_options.progress)
        m_options.progress(report.rows);
    return report;
}

} // namespace Marquee
