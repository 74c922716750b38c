#include "duplicates.h"

#include "../domain/error.h"
#include "../domain/fields.h"
#include "catalog.h"
#include "filmrepository.h"
#include "reviewrepository.h"
#include "sql.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <vector>

namespace Marquee {

namespace {

// Levenshtein distance, stopping early beyond `limit`.
int distance(const QString &a, const QString &b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    static thread_local std::vector<int> previous, current;
    previous.resize(b.size() + 1);
    current.resize(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int best = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1,
                                   previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            best = std::min(best, current[j]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// How many of each character a title key holds, the characters folded into 32 classes: two
// keys whose counts differ by more than `limit` one way or the other are more than `limit`
// edits apart (each edit adds or removes at most one character of each side), which is far
// quicker to see than the distance itself.
using Letters = std::array<quint8, 32>;

Letters letters(const QString &key)
{
    Letters counts{};
    for (const QChar c : key) {
        quint8 &n = counts[c.unicode() % 32];
        n = quint8(std::min(255, n + 1));
    }
    return counts;
}

bool fewLettersApart(const Letters &a, const Letters &b, int limit)
{
    int more = 0;
    int fewer = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        const int d = int(a[i]) - int(b[i]);
        (d > 0 ? more : fewer) += std::abs(d);
    }
    return more <= limit && fewer <= limit;
}

// Appends the entries of `from` that `into` does not have yet, in order.
template <typename T> void join(QList<T> &into, const QList<T> &from)
{
    for (const T &item : from) {
        if (!into.contains(item))
            into.append(item);
    }
}

void join(QStringList &into, const QStringList &from, Qt::CaseSensitivity cs)
{
    for (const QString &item : from) {
        if (!into.contains(item, cs))
            into.append(item);
    }
}

struct Row
{
    qint64 id;
    QString title;
    QString key;
    std::optional<int> year;
    std::optional<int> runtime;
    Letters letters{};
};

} // namespace

DuplicateFinder::DuplicateFinder(Catalog &catalog) : m_catalog(catalog) {}

QString DuplicateFinder::titleKey(const QString &title)
{
    QString folded;
    for (const QChar c : title.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber())
            folded += c.toCaseFolded();
        else if (c.isSpace() || c.isPunct() || c.isSymbol())
            folded += u' ';
        // combining marks (accents) are left out
    }
    QStringList words = folded.split(u' ', Qt::SkipEmptyParts);
    static const QSet<QString> articles = {
        QStringLiteral("the"), QStringLiteral("a"),   QStringLiteral("an"), QStringLiteral("le"),
        QStringLiteral("la"),  QStringLiteral("les"), QStringLiteral("l"),  QStringLiteral("der"),
        QStringLiteral("die"), QStringLiteral("das"), QStringLiteral("el"), QStringLiteral("los"),
        QStringLiteral("las"), QStringLiteral("il"),  QStringLiteral("lo"), QStringLiteral("gli"),
        QStringLiteral("un"),  QStringLiteral("une")};
    if (words.size() > 1 && articles.contains(words.first()))
        words.removeFirst();
    return words.join(u' ');
}

QList<DuplicateGroup> DuplicateFinder::find(const std::atomic<bool> *stop) const
{
    const auto checkStop = [stop] {
        if (stop && *stop)
            throw Error(QStringLiteral("The search for duplicates was stopped."));
    };
    QList<DuplicateGroup> groups;
    QSet<qint64> grouped;
    const auto add = [&](DuplicateGroup::Reason reason, QList<qint64> ids,
                         const QString &evidence) {
        ids.removeIf([&](qint64 id) { return grouped.contains(id); });
        if (ids.size() < 2)
            return;
        std::sort(ids.begin(), ids.end());
        for (const qint64 id : ids)
            grouped.insert(id);
        groups.append({reason, ids, evidence});
    };

    // The same IMDb id: one film, whatever the titles say.
    QSqlQuery byImdb = Sql::prepare(
        m_catalog.database(),
        QStringLiteral("SELECT imdb_id, group_concat(id) FROM films WHERE imdb_id IS NOT NULL "
                       "GROUP BY imdb_id HAVING count(*) > 1 ORDER BY min(id)"));
    Sql::exec(byImdb);
    while (byImdb.next()) {
        QList<qint64> ids;
        for (const QString &id : byImdb.value(1).toString().split(u','))
            ids.append(id.toLongLong());
        add(DuplicateGroup::Reason::ImdbId, ids,
            QStringLiteral("same IMDb id %1").arg(byImdb.value(0).toString()));
    }

    std::vector<Row> rows;
    QSqlQuery all = Sql::prepare(m_catalog.database(),
                                 QStringLiteral("SELECT id, title, year, runtime_minutes FROM "
                                                "films ORDER BY id"));
    all.setForwardOnly(true);
    Sql::exec(all);
    while (Sql::next(all)) {
        if (rows.size() % 4096 == 0)
            checkStop();
        const QString title = all.value(1).toString();
        rows.push_back({all.value(0).toLongLong(), title, titleKey(title),
                        Sql::optionalNumber<int>(all.value(2)),
                        Sql::optionalNumber<int>(all.value(3))});
    }

    // The same title and year, once spelling is set aside; the groups in the order of their
    // title keys, then years.
    QHash<std::pair<QString, int>, QList<const Row *>> byTitleYear;
    byTitleYear.reserve(qsizetype(rows.size()));
    for (const Row &r : std::as_const(rows)) {
        if (!r.key.isEmpty())
            byTitleYear[{r.key, r.year.value_or(0)}].append(&r);
    }
    std::vector<std::pair<std::pair<QString, int>, QList<const Row *>>> sameTitleYear;
    for (auto it = byTitleYear.cbegin(); it != byTitleYear.cend(); ++it) {
        if (it.value().size() > 1)
            sameTitleYear.emplace_back(it.key(), it.value());
    }
    byTitleYear.clear();
    std::sort(sameTitleYear.begin(), sameTitleYear.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[key, films] : sameTitleYear) {
        QList<qint64> ids;
        for (const Row *r : films)
            ids.append(r->id);
        const Row *first = films.first();
        add(DuplicateGroup::Reason::TitleYear, ids,
            first->year ? QStringLiteral("same title and year: \"%1\" (%2)")
                              .arg(first->title)
                              .arg(*first->year)
                        : QStringLiteral("same title, no year: \"%1\"").arg(first->title));
    }

    // Titles a letter or two apart, with the same year and runtime.
    QMap<std::pair<int, int>, QList<const Row *>> byYearRuntime;
    for (Row &r : rows) {
        if (r.year && r.runtime && r.key.size() >= 4 && !grouped.contains(r.id)) {
            r.letters = letters(r.key);
            byYearRuntime[{*r.year, *r.runtime}].append(&r);
        }
    }
    for (const QList<const Row *> &bucket : std::as_const(byYearRuntime)) {
        checkStop();
        for (qsizetype i = 0; i < bucket.size(); ++i) {
            for (qsizetype j = i + 1; j < bucket.size(); ++j) {
                const Row *a = bucket[i];
                const Row *b = bucket[j];
                const int limit = a->key.size() >= 10 ? 2 : 1;
                if (std::abs(a->key.size() - b->key.size()) > limit ||
                    !fewLettersApart(a->letters, b->letters, limit) || grouped.contains(a->id) ||
                    grouped.contains(b->id))
                    continue;
                const int d = distance(a->key, b->key, limit);
                if (d > limit)
                    continue;
                add(DuplicateGroup::Reason::SimilarTitle, {a->id, b->id},
                    QStringLiteral("similar titles \"%1\" and \"%2\", same year %3 and runtime "
                                   "%4 min")
                        .arg(a->title, b->title)
                        .arg(*a->year)
                        .arg(*a->runtime));
            }
        }
    }
    return groups;
}

FilmMerger::FilmMerger(Catalog &catalog) : m_catalog(catalog) {}

namespace {

// A film that must be there: another program may have deleted it since the step was made.
Film existing(FilmRepository &films, qint64 id)
{
    if (std::optional<Film> film = films.find(id))
        return *film;
    throw Error(QStringLiteral("The film #%1 is no longer in the catalog; it was deleted "
                               "elsewhere.")
                    .arg(id),
                Error::Kind::NotFound);
}

} // namespace

Film FilmMerger::preview(qint64 keep, const QList<qint64> &others, const Choices &choices) const
{
    FilmRepository films(m_catalog);
    const Film kept = existing(films, keep);
    QHash<qint64, Film> byId{{keep, kept}};
    Film merged = kept;
    for (const qint64 id : others) {
        const std::optional<Film> other = films.find(id);
        if (!other)
            throw Error(QStringLiteral("There is no film with id %1.").arg(id),
                        Error::Kind::NotFound);
        byId.insert(id, *other);
        // What the kept film does not know, the others fill in; lists are joined.
        Film filled = withKnownFields(*other, merged);
        join(merged.countries, other->countries);
        join(merged.genres, other->genres, Qt::CaseInsensitive);
        join(merged.companies, other->companies, Qt::CaseInsensitive);
        join(merged.providers, other->providers);
        join(merged.credits, other->credits);
        join(merged.relatedFilmIds, other->relatedFilmIds);
        join(merged.tags, other->tags, Qt::CaseInsensitive);
        join(merged.viewings, other->viewings);
        filled.countries = merged.countries;
        filled.genres = merged.genres;
        filled.companies = merged.companies;
        filled.providers = merged.providers;
        filled.credits = merged.credits;
        filled.relatedFilmIds = merged.relatedFilmIds;
        filled.tags = merged.tags;
        std::sort(merged.viewings.begin(), merged.viewings.end());
        filled.viewings = merged.viewings;
        merged = filled;
    }
    sortCredits(merged.credits);
    // Fields chosen from a given film.
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        const auto source = byId.constFind(it.value());
        if (source == byId.cend())
            continue;
        const Film &one = *source;
        const FilmField field = FilmField(it.key());
        switch (field) {
        case FilmField::Title:
            merged.title = one.title;
            break;
        case FilmField::OriginalTitle:
            merged.originalTitle = one.originalTitle;
            break;
        case FilmField::Year:
            merged.year = one.year;
            break;
        case FilmField::ReleaseDate:
            merged.releaseDate = one.releaseDate;
            break;
        case FilmField::RuntimeMinutes:
            merged.runtimeMinutes = one.runtimeMinutes;
            break;
        case FilmField::Status:
            merged.status = one.status;
            break;
        case FilmField::Type:
            merged.type = one.type;
            break;
        case FilmField::Certification:
            merged.certification = one.certification;
            break;
        case FilmField::OriginalLanguage:
            merged.originalLanguage = one.originalLanguage;
            break;
        case FilmField::Synopsis:
            merged.synopsis = one.synopsis;
            break;
        case FilmField::TmdbPopularity:
            merged.tmdbPopularity = one.tmdbPopularity;
            break;
        case FilmField::TmdbVoteAverage:
            merged.tmdbVoteAverage = one.tmdbVoteAverage;
            merged.tmdbVoteCount = one.tmdbVoteCount;
            break;
        case FilmField::ImdbId:
            merged.imdbId = one.imdbId;
            break;
        case FilmField::ImdbRating:
            merged.imdbRating = one.imdbRating;
            merged.imdbVotes = one.imdbVotes;
            break;
        case FilmField::Metascore:
            merged.metascore = one.metascore;
            break;
        case FilmField::MyRating:
            merged.myRating = one.myRating;
            break;
        case FilmField::WatchedOn:
            merged.watchedOn = one.watchedOn;
            break;
        case FilmField::Notes:
            merged.notes = one.notes;
            break;
        default:
            break; // lists are joined; computed fields follow the reviews
        }
    }
    merged.id = keep;
    merged.rowVersion = kept.rowVersion;
    merged.relatedFilmIds.removeIf([&](qint64 r) { return r == keep || others.contains(r); });
    return merged;
}

FilmMerger::Record FilmMerger::merge(qint64 keep, const QList<qint64> &others,
                                     const Choices &choices)
{
    if (others.isEmpty() || others.contains(keep))
        throw Error(QStringLiteral("A merge needs the film to keep and at least one other."),
                    Error::Kind::Invalid);
    Transaction transaction(m_catalog);
    FilmRepository films(m_catalog);
    Record record;
    record.kept = keep;
    record.keptBefore = existing(films, keep);
    record.keptPoster = films.poster(keep, &record.keptPosterType);
    Film merged = preview(keep, others, choices);

    QSet<qint64> touched; // films whose related lists name a removed film
    for (const qint64 id : others) {
        for (const auto &[film, position] : films.filmsRelatingTo(id)) {
            Q_UNUSED(position);
            if (film != keep && !others.contains(film))
                touched.insert(film);
        }
    }
    for (const qint64 film : std::as_const(touched)) {
        const Film f = existing(films, film);
        record.relatedBefore.append({film, f.relatedFilmIds});
        record.relatedUpdatedAt.append(f.updatedAt);
    }

    for (const qint64 id : others) {
        record.removed.append(existing(films, id));
        QString type;
        record.removedPosters.append(films.poster(id, &type));
        record.removedPosterTypes.append(type);
        QList<qint64> reviewIds;
        for (const Review &r : ReviewRepository(m_catalog).forFilm(id))
            reviewIds.append(r.id);
        record.removedReviewIds.append(reviewIds);
        ReviewRepository(m_catalog).moveReviews(reviewIds, keep);
        if (record.keptPoster.isEmpty() && !record.removedPosters.last().isEmpty() &&
            !films.hasPoster(keep))
            films.setPoster(keep, record.removedPosters.last(), type);
    }
    for (const auto &[film, before] : std::as_const(record.relatedBefore)) {
        Film f = existing(films, film);
        QList<qint64> related;
        for (qint64 r : before) {
            if (others.contains(r))
                r = keep;
            if (r != film && !related.contains(r))
                related.append(r);
        }
        f.relatedFilmIds = related;
        films.update(f);
    }
    for (const qint64 id : others)
        films.remove(id);
    merged.rowVersion = existing(films, keep).rowVersion;
    films.update(merged);
    transaction.commit();
    return record;
}

void FilmMerger::undo(const Record &record)
{
    Transaction transaction(m_catalog);
    FilmRepository films(m_catalog);
    ReviewRepository reviews(m_catalog);
    for (qsizetype i = 0; i < record.removed.size(); ++i) {
        Film removed = record.removed[i];
        removed.relatedFilmIds.clear(); // they may name each other: linked once all are back
        films.restore(removed);
        reviews.moveReviews(record.removedReviewIds[i], removed.id);
        if (!record.removedPosters[i].isEmpty())
            films.setPoster(removed.id, record.removedPosters[i], record.removedPosterTypes[i]);
    }
    for (const Film &removed : record.removed) {
        Film f = existing(films, removed.id);
        f.relatedFilmIds = removed.relatedFilmIds;
        films.update(f);
        films.setTimestamps(removed.id, removed.createdAt, removed.updatedAt);
    }
    for (qsizetype i = 0; i < record.relatedBefore.size(); ++i) {
        const auto &[film, before] = record.relatedBefore[i];
        if (std::optional<Film> f = films.find(film)) {
            f->relatedFilmIds = before;
            films.update(*f);
            films.setTimestamps(film, QDateTime(), record.relatedUpdatedAt.value(i));
        }
    }
    Film kept = record.keptBefore;
    kept.rowVersion = existing(films, record.kept).rowVersion;
    films.update(kept);
    films.setTimestamps(record.kept, kept.createdAt, kept.updatedAt);
    if (record.keptPoster.isEmpty())
        films.removePoster(record.kept);
    else
        films.setPoster(record.kept, record.keptPoster, record.keptPosterType);
    transaction.commit();
}

} // namespace Marquee
