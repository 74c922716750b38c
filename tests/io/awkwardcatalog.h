#pragma once

// A generated catalog of 60 films whose text is awkward for files: quotes, line breaks, tabs,
// emoji, right-to-left text, spreadsheet formula starts, list separators, spaces at the ends,
// empty values beside missing ones. The same seed gives the same catalog.

#include "core/db/catalog.h"
#include "core/db/filmrepository.h"
#include "core/db/reviewrepository.h"
#include "core/domain/score.h"

#include <QRandomGenerator>

namespace TestUtil {

using namespace Marquee;

inline void fillAwkwardCatalog(Marquee::Catalog &catalog, quint32 seed)
{
    QRandomGenerator random(seed);
    const QStringList pieces = {
        QStringLiteral("plain"),
        QStringLiteral("comma, inside"),
        QStringLiteral("\"quoted\""),
        QStringLiteral("line\nbreak"),
        QStringLiteral("crlf\r\nbreak"),
        QStringLiteral("tab\there"),
        QStringLiteral("🎬 emoji"),
        QStringLiteral("שלום right-to-left"),
        QStringLiteral("مرحبا"),
        QStringLiteral("=1+1"),
        QStringLiteral("+33"),
        QStringLiteral("-minus"),
        QStringLiteral("@at"),
        QStringLiteral("'=guarded"),
        QStringLiteral("'Round Midnight"),
        QStringLiteral("''-two"),
        QStringLiteral("semi; colon"),
        QStringLiteral("Ünïcödé"),
        QStringLiteral(" spaced "),
    };
    const auto text = [&](int parts) {
        QString s;
        for (int i = 0; i < parts; ++i)
            s += pieces[random.bounded(int(pieces.size()))];
        return s;
    };
    const auto maybe = [&](int percent) {
        return int(random.bounded(100)) < percent;
    };
    const QStringList nameSafe = {QStringLiteral("=Studio"),      QStringLiteral("Cinéma \"Q\""),
                                  QStringLiteral("-Films, Inc."), QStringLiteral("@Home"),
                                  QStringLiteral("'Apostrophe"),  QStringLiteral("Ω Pictures")};
    FilmRepository films(catalog);
    ReviewRepository reviews(catalog);
    Transaction transaction(catalog);
    for (int i = 0; i < 60; ++i) {
        Film f;
        f.title = text(1 + random.bounded(2)).trimmed() + QString::number(i);
        if (maybe(50))
            f.originalTitle = text(1).trimmed();
        if (maybe(80))
            f.year = Film::MinYear + random.bounded(Film::MaxYear - Film::MinYear + 1);
        if (maybe(50))
            f.releaseDate =
                QDate(1900 + random.bounded(120), 1 + random.bounded(12), 1 + random.bounded(28));
        if (maybe(60))
            f.runtimeMinutes = 1 + random.bounded(1500);
        if (maybe(50))
            f.status = FilmStatus(random.bounded(6));
        if (maybe(50))
            f.type = FilmType(random.bounded(4));
        if (maybe(30))
            f.certification = QStringLiteral("PG-13");
        if (maybe(40))
            f.originalLanguage = QStringLiteral("fr");
        if (maybe(70))
            f.synopsis = maybe(10) ? QStringLiteral("   ") : text(3);
        if (maybe(50))
            f.tmdbPopularity = random.generateDouble() * 1000;
        if (maybe(50))
            f.tmdbVoteAverage = random.bounded(10.0);
        if (maybe(50))
            f.tmdbVoteCount = random.bounded(100000);
        if (maybe(30))
            f.imdbId = QStringLiteral("tt%1").arg(1000000 + i, 7, 10, QLatin1Char('0'));
        if (maybe(50))
            f.imdbRating = double(random.bounded(101)) / 10;
        if (maybe(50))
            f.imdbVotes = random.bounded(2000000);
        if (maybe(40))
            f.metascore = random.bounded(101);
        if (maybe(40))
            f.myRating = 0.5 * random.bounded(21);
        if (maybe(30))
            f.watchedOn = QDate(2020, 1, 1).addDays(random.bounded(1500));
        if (maybe(30))
            f.notes = text(2);
        if (maybe(40))
            f.countries = {QStringLiteral("FR"), QStringLiteral("IL")};
        if (maybe(40))
            f.genres = {QStringLiteral("Drama"), nameSafe[random.bounded(int(nameSafe.size()))]};
        if (maybe(60))
            f.companies = {nameSafe[random.bounded(int(nameSafe.size()))],
                           QStringLiteral("Studio %1").arg(i % 5)};
        if (maybe(30))
            f.providers = {{QStringLiteral("Vudu (US)"), WatchOffer::Rent},
                           {QStringLiteral("@Play"), WatchOffer::Free}};
        if (maybe(50))
            f.credits.append(
                {CreditRole::Director, nameSafe[random.bounded(int(nameSafe.size()))], QString()});
        if (maybe(30))
            f.credits.append(
                {CreditRole::Writer, QStringLiteral("Writer %1").arg(i % 7), QString()});
        if (maybe(50)) {
            f.credits.append({CreditRole::Cast, QStringLiteral("Ω Actor %1").arg(i % 9),
                              QStringLiteral("The \"Character\" (voice)")});
            f.credits.append(
                {CreditRole::Cast, nameSafe[random.bounded(int(nameSafe.size()))], QString()});
        }
        if (maybe(30))
            f.tags = {QStringLiteral("watchlist"), text(1).trimmed().remove(u';')};
        if (!f.tags.isEmpty() && f.tags.last().isEmpty())
            f.tags.removeLast();
        const qint64 id = films.insert(f);
        for (int r = random.bounded(4); r > 0; --r) {
            Review review;
            review.filmId = id;
            review.quote = text(2);
            if (maybe(50))
                review.critic = text(1).trimmed();
            if (maybe(40))
                review.publication = nameSafe[random.bounded(int(nameSafe.size()))];
            if (maybe(60))
                review.date = QDate(2000, 1, 1).addDays(random.bounded(9000));
            if (maybe(60)) {
                review.originalScore = QStringList{QStringLiteral("3.5/4"), QStringLiteral("C-"),
                                                   QStringLiteral("85%"),
                                                   QStringLiteral("two thumbs")}[random.bounded(4)];
                review.score = normalizeScore(review.originalScore);
            }
            if (maybe(30))
                review.url = QStringLiteral("https://example.org/r/%1?a=1&b=2").arg(id);
            reviews.insert(review);
        }
    }
    transaction.commit();
}

} // namespace TestUtil
