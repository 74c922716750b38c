// Search results on a generated catalog of 10,000 films, checked against the same question
// answered in C++ over the films as they were generated; and the full-text index kept in step
// by every kind of write.

#include "../testutil.h"

#include "core/db/catalog.h"
#include "core/db/companyrepository.h"
#include "core/db/filmrepository.h"
#include "core/db/personrepository.h"
#include "core/db/reviewrepository.h"
#include "core/db/sql.h"
#include "core/db/tablequery.h"
#include "core/domain/error.h"
#include "core/domain/film.h"
#include "core/domain/review.h"
#include "core/domain/score.h"
#include "core/domain/validation.h"
#include "core/io/csvimporter.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

using namespace Marquee;

namespace {

struct Generated
{
    Film film;
    QList<Review> reviews;
    bool poster = false;
    bool addedLongAgo = false; // added to the catalog two years before the others
};

// Case and accents folded, split into words the way the full-text index splits them.
QStringList words(const QString &text)
{
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c.toLower();
    QStringList list;
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            list.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        list.append(current);
    return list;
}

bool hasPrefix(const QString &text, const QString &prefix)
{
    const QString p = words(prefix).value(0);
    for (const QString &w : words(text))
        if (w.startsWith(p))
            return true;
    return false;
}

bool hasPhrase(const QString &text, const QString &phrase)
{
    return (u' ' + words(text).join(u' ') + u' ').contains(u' ' + words(phrase).join(u' ') + u' ');
}

using Predicate = std::function<bool(const Generated &)>;

} // namespace

Q_DECLARE_METATYPE(Predicate)
Q_DECLARE_METATYPE(Marquee::Table)

class TestSearchResults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsWhatTheCatalogHolds_data();
    void findsWhatTheCatalogHolds();
    void reviewsAndCompaniesAreSearchedToo();
    void hostileInputRunsAsPlainValues();
    void fullTextIndexFollowsEveryWrite();
    void filmTextFollowsPeopleQuotesAndBulkWrites();
    void aBulkWriteChangingManyFilmsLeavesACompactIndex();
    void invalidQueryIsRefusedWithItsPlace();
    void bulkImportIndexesItsRowsAtCommit();
    void criticsColumnsFollowEveryReviewWrite();
    void reviewsKeepTheirFilmsTitleKey();
    void filmsKeepTheirListsOrderKeys();
    void companiesKeepTheirFilmCount();
    void catalogFromBeforeSearchIsIndexedWhenUpgraded();
    void rowsAndPositionsAgreeUnderEverySort_data();
    void rowsAndPositionsAgreeUnderEverySort();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    QList<Generated> m_films;
};

static const QStringList Vocabulary = {
    QStringLiteral("alpha"),   QStringLiteral("alphabet"), QStringLiteral("backstage"),
    QStringLiteral("Cinéma"),  QStringLiteral("dream"),    QStringLiteral("dreamer"),
    QStringLiteral("echo"),    QStringLiteral("fog"),      QStringLiteral("ghost"),
    QStringLiteral("harbour"), QStringLiteral("island"),   QStringLiteral("journey"),
    QStringLiteral("kingdom"), QStringLiteral("lantern"),  QStringLiteral("midnight"),
    QStringLiteral("north"),   QStringLiteral("Ωmega"),    QStringLiteral("paper"),
    QStringLiteral("quiet"),   QStringLiteral("river"),    QStringLiteral("silver"),
    QStringLiteral("the"),     QStringLiteral("of"),       QStringLiteral("l'été"),
};
static const QStringList CompanyNames = {
    QStringLiteral("Haut et Court"), QStringLiteral("ARTE France Cinéma"),
    QStringLiteral("StudioCanal"),   QStringLiteral("Echo Lake"),
    QStringLiteral("Silver Reel"),   QStringLiteral("North Star Pictures"),
    QStringLiteral("Paper Moon"),    QStringLiteral("Fog City Films"),
    QStringLiteral("Echo Reel"),
};
static const QStringList Publications = {QStringLiteral("Le Monde"),
                                         QStringLiteral("The Harbour Times"),
                                         QStringLiteral("Cahiers du cinéma")};
static const QStringList Genres = {QStringLiteral("Drama"), QStringLiteral("Documentary"),
                                   QStringLiteral("Music"), QStringLiteral("Comédie")};

void TestSearchResults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_catalog = TestUtil::newCatalog(m_dir);
    QRandomGenerator random(20261123);
    const auto maybe = [&](int percent) {
        return int(random.bounded(100)) < percent;
    };
    const auto text = [&](int count) {
        QStringList list;
        for (int i = 0; i < count; ++i)
            list.append(Vocabulary[random.bounded(int(Vocabulary.size()))]);
        return list.join(u' ');
    };
    FilmRepository films(*m_catalog);
    ReviewRepository reviews(*m_catalog);
    Transaction transaction(*m_catalog);
    for (int i = 0; i < 10000; ++i) {
        Generated g;
        Film &f = g.film;
        f.title = text(1 + random.bounded(3)) + QStringLiteral(" %1").arg(i);
        if (maybe(30))
            f.originalTitle = text(2);
        if (maybe(90))
            f.year = 1930 + random.bounded(95);
        if (maybe(50))
            f.releaseDate =
                QDate(1930 + random.bounded(95), 1 + random.bounded(12), 1 + random.bounded(28));
        if (maybe(80))
            f.runtimeMinutes = 60 + random.bounded(120);
        if (maybe(70))
            f.status = FilmStatus(random.bounded(6));
        if (maybe(70))
            f.type = FilmType(random.bounded(4));
        if (maybe(40))
            f.certification = QStringList{QStringLiteral("R"), QStringLiteral("PG-13"),
                                          QStringLiteral("G")}[random.bounded(3)];
        if (maybe(60))
            f.originalLanguage = QStringList{QStringLiteral("fr"), QStringLiteral("en"),
                                             QStringLiteral("de")}[random.bounded(3)];
        if (maybe(75))
            f.synopsis = text(5 + random.bounded(20));
        if (maybe(70))
            f.tmdbVoteAverage = double(random.bounded(101)) / 10;
        if (maybe(70))
            f.tmdbVoteCount = random.bounded(5000);
        if (maybe(40))
            f.imdbId = QStringLiteral("tt%1").arg(1000000 + i, 7, 10, QLatin1Char('0'));
        if (maybe(60))
            f.imdbRating = double(random.bounded(101)) / 10;
        if (maybe(40))
            f.metascore = random.bounded(101);
        if (maybe(30))
            f.myRating = 0.5 * random.bounded(21);
        if (maybe(20))
            f.watchedOn = QDate(2020, 1, 1).addDays(random.bounded(2000));
        if (maybe(60))
            f.countries = {QStringList{QStringLiteral("FR"), QStringLiteral("US"),
                                       QStringLiteral("DE")}[random.bounded(3)]};
        if (maybe(70))
            f.genres = {Genres[random.bounded(int(Genres.size()))]};
        for (int c = random.bounded(4); c > 0; --c) {
            const QString name = CompanyNames[random.bounded(int(CompanyNames.size()))];
            if (!f.companies.contains(name))
                f.companies.append(name);
        }
        if (maybe(20))
            f.providers = {{QStringLiteral("Vudu"), WatchOffer::Rent}};
        // More entries for the lists' order (names no search word begins like).
        if (maybe(30))
            f.countries.append(
                QStringList{QStringLiteral("IT"), QStringLiteral("BE")}[random.bounded(2)]);
        if (maybe(30))
            f.genres.append(Genres[random.bounded(int(Genres.size()))]);
        if (maybe(10))
            f.providers.append({QStringLiteral("Zeno Play"), WatchOffer::Stream});
        static const QStringList people = {QStringLiteral("Zofia Wendt"),
                                           QStringLiteral("yannick udo"),
                                           QStringLiteral("Véra Zane"), QStringLiteral("Ulla Vik")};
        if (maybe(50))
            f.credits.append({CreditRole::Director, people[random.bounded(4)], {}});
        if (maybe(20))
            f.credits.append({CreditRole::Writer, people[random.bounded(4)], {}});
        for (int c = random.bounded(5); c > 0; --c)
            f.credits.append({CreditRole::Cast, people[random.bounded(4)],
                              maybe(50) ? QStringLiteral("Vito") : QString()});
        for (int t = random.bounded(3); t > 0; --t)
            f.tags.append(QStringList{QStringLiteral("Watchlist"), QStringLiteral("vintage"),
                                      QStringLiteral("Zest")}[random.bounded(3)]);
        f.id = films.insert(f);
        if (maybe(10)) {
            films.setPoster(f.id, QByteArrayLiteral("\x89PNG poster"), QStringLiteral("image/png"));
            g.poster = true;
        }
        g.addedLongAgo = maybe(25);
        for (int r = random.bounded(4); r > 0; --r) {
            Review review;
            review.filmId = f.id;
            review.quote = text(3 + random.bounded(8));
            if (maybe(50))
                review.critic = text(1);
            if (maybe(40))
                review.publication = Publications[random.bounded(int(Publications.size()))];
            if (maybe(50))
                review.date = QDate(2000, 1, 1).addDays(random.bounded(9000));
            if (maybe(60)) {
                review.originalScore = QStringLiteral("%1/100").arg(random.bounded(101));
                review.score = normalizeScore(review.originalScore);
            }
            review.id = reviews.insert(review);
            g.reviews.append(review);
        }
        m_films.append(g);
    }
    // A quarter of the films added long ago; companies with a country, one with notes.
    QStringList longAgo;
    for (const Generated &g : std::as_const(m_films))
        if (g.addedLongAgo)
            longAgo.append(QString::number(g.film.id));
    Sql::exec(m_catalog->database(),
              QStringLiteral("UPDATE films SET created_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', "
                             "'-2 years') WHERE id IN (%1)")
                  .arg(longAgo.join(u',')));
    Sql::exec(m_catalog->database(),
              QStringLiteral("UPDATE companies SET country = CASE WHEN name LIKE '%c%' THEN 'FR' "
                             "ELSE 'US' END, notes = CASE name WHEN 'Paper Moon' THEN 'Founded "
                             "in a lighthouse.' END"));
    transaction.commit();
}

void TestSearchResults::findsWhatTheCatalogHolds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<Predicate>("expected");

    const auto anywhere = [](const Generated &g, const std::function<bool(const QString &)> &has) {
        if (has(g.film.title) || has(g.film.originalTitle) || has(g.film.synopsis))
            return true;
        for (const QString &c : g.film.companies)
            if (has(c))
                return true;
        for (const Review &r : g.reviews)
            if (has(r.quote))
                return true;
        return false;
    };
    const auto word = [anywhere](const QString &w) {
        return Predicate([=](const Generated &g) {
            return anywhere(g, [&](const QString &t) { return hasPrefix(t, w); });
        });
    };
    const auto critics = [](const Generated &g) -> std::optional<double> {
        double sum = 0;
        int n = 0;
        for (const Review &r : g.reviews)
            if (r.score) {
                sum += *r.score;
                ++n;
            }
        return n ? std::optional<double>(sum / n) : std::nullopt;
    };

    QTest::newRow("a free word, as a prefix") << "dream" << word(QStringLiteral("dream"));
    QTest::newRow("accents ignored") << "cinema" << word(QStringLiteral("cinema"));
    QTest::newRow("two words") << "ghost river" << Predicate([=](const Generated &g) {
        return word(QStringLiteral("ghost"))(g) && word(QStringLiteral("river"))(g);
    });
    QTest::newRow("a phrase") << R"("silver river")" << Predicate([=](const Generated &g) {
        return anywhere(
            g, [](const QString &t) { return hasPhrase(t, QStringLiteral("silver river")); });
    });
    QTest::newRow("OR and NOT") << "(fog OR harbour) -island" << Predicate([=](const Generated &g) {
        return (word(QStringLiteral("fog"))(g) || word(QStringLiteral("harbour"))(g)) &&
               !word(QStringLiteral("island"))(g);
    });
    QTest::newRow("title") << "title:king" << Predicate([](const Generated &g) {
        return hasPrefix(g.film.title, QStringLiteral("king")) ||
               hasPrefix(g.film.originalTitle, QStringLiteral("king"));
    });
    QTest::newRow("year") << "year:1999"
                          << Predicate([](const Generated &g) { return g.film.year == 1999; });
    QTest::newRow("year from") << "year:>=2000" << Predicate([](const Generated &g) {
        return g.film.year && *g.film.year >= 2000;
    });
    QTest::newRow("not from a year keeps films without one")
        << "-year:>=2000"
        << Predicate([](const Generated &g) { return !(g.film.year && *g.film.year >= 2000); });
    QTest::newRow("year range") << "year:1990..1999" << Predicate([](const Generated &g) {
        return g.film.year && *g.film.year >= 1990 && *g.film.year <= 1999;
    });
    QTest::newRow("runtime") << "runtime:<90" << Predicate([](const Generated &g) {
        return g.film.runtimeMinutes && *g.film.runtimeMinutes < 90;
    });
    QTest::newRow("tmdb") << "tmdb:>7" << Predicate([](const Generated &g) {
        return g.film.tmdbVoteAverage && *g.film.tmdbVoteAverage > 7;
    });
    QTest::newRow("votes") << "votes:>1000" << Predicate([](const Generated &g) {
        return g.film.tmdbVoteCount && *g.film.tmdbVoteCount > 1000;
    });
    QTest::newRow("imdb") << "imdb:>=6" << Predicate([](const Generated &g) {
        return g.film.imdbRating && *g.film.imdbRating >= 6;
    });
    QString imdbId;
    for (const Generated &g : std::as_const(m_films))
        if (imdbId.isEmpty() && !g.film.imdbId.isEmpty())
            imdbId = g.film.imdbId;
    QTest::newRow("imdb id") << "imdb:" + imdbId << Predicate([=](const Generated &g) {
        return g.film.imdbId == imdbId;
    });
    QTest::newRow("metascore") << "metascore:<40" << Predicate([](const Generated &g) {
        return g.film.metascore && *g.film.metascore < 40;
    });
    QTest::newRow("critics") << "critics:>=60" << Predicate([=](const Generated &g) {
        const auto c = critics(g);
        return c && *c >= 60;
    });
    QTest::newRow("personal rating")
        << "rating:>=8"
        << Predicate([](const Generated &g) { return g.film.myRating && *g.film.myRating >= 8; });
    QTest::newRow("review count") << "reviews:>=2" << Predicate([](const Generated &g) {
        return g.reviews.size() >= 2;
    });
    QTest::newRow("has reviews") << "has:reviews" << Predicate([](const Generated &g) {
        return !g.reviews.isEmpty();
    });
    QTest::newRow("missing synopsis")
        << "no:synopsis" << Predicate([](const Generated &g) { return g.film.synopsis.isEmpty(); });
    QTest::newRow("company") << R"(company:"haut et court")" << Predicate([](const Generated &g) {
        return g.film.companies.contains(QStringLiteral("Haut et Court"));
    });
    QTest::newRow("company word in two companies, counted once")
        << "company:reel" << Predicate([](const Generated &g) {
               return g.film.companies.contains(QStringLiteral("Silver Reel")) ||
                      g.film.companies.contains(QStringLiteral("Echo Reel"));
           });
    QTest::newRow("country") << "country:fr" << Predicate([](const Generated &g) {
        return g.film.countries.contains(QStringLiteral("FR"));
    });
    QTest::newRow("language") << "language:de" << Predicate([](const Generated &g) {
        return g.film.originalLanguage == u"de";
    });
    QTest::newRow("genre, accents and case folded")
        << "genre:COMÉDIE" << Predicate([](const Generated &g) {
               return g.film.genres.contains(QStringLiteral("Comédie"));
           });
    QTest::newRow("status and type")
        << "status:released type:documentary" << Predicate([](const Generated &g) {
               return g.film.status == FilmStatus::Released && g.film.type == FilmType::Documentary;
           });
    QTest::newRow("certification")
        << "certification:pg-13"
        << Predicate([](const Generated &g) { return g.film.certification == u"PG-13"; });
    QTest::newRow("provider") << "provider:vudu" << Predicate([](const Generated &g) {
        return g.film.providers.contains(WatchProvider{QStringLiteral("Vudu"), WatchOffer::Rent});
    });
    QTest::newRow("released in a decade")
        << "released:1990..1999" << Predicate([](const Generated &g) {
               return g.film.releaseDate.isValid() && g.film.releaseDate.year() >= 1990 &&
                      g.film.releaseDate.year() <= 1999;
           });
    QTest::newRow("watched since a month")
        << "watched:>=2023-06" << Predicate([](const Generated &g) {
               return g.film.watchedOn.isValid() && g.film.watchedOn >= QDate(2023, 6, 1);
           });
    QTest::newRow("added lately") << "added:<30d"
                                  << Predicate([](const Generated &g) { return !g.addedLongAgo; });
    QTest::newRow("added a year ago or more")
        << "added:>365d" << Predicate([](const Generated &g) { return g.addedLongAgo; });
    QTest::newRow("has a poster") << "has:poster"
                                  << Predicate([](const Generated &g) { return g.poster; });
    QTest::newRow("no poster, but reviews")
        << "-has:poster has:reviews"
        << Predicate([](const Generated &g) { return !g.poster && !g.reviews.isEmpty(); });
    QTest::newRow("type alone") << "type:short" << Predicate([](const Generated &g) {
        return g.film.type == FilmType::Short;
    });
    QTest::newRow("type with a space")
        << R"(type:"tv movie")"
        << Predicate([](const Generated &g) { return g.film.type == FilmType::TvMovie; });
    QTest::newRow("a combination")
        << "(genre:drama OR genre:music) year:>=1980 -has:reviews OR metascore:>95"
        << Predicate([](const Generated &g) {
               return ((g.film.genres.contains(QStringLiteral("Drama")) ||
                        g.film.genres.contains(QStringLiteral("Music"))) &&
                       g.film.year && *g.film.year >= 1980 && g.reviews.isEmpty()) ||
                      (g.film.metascore && *g.film.metascore > 95);
           });
}

void TestSearchResults::findsWhatTheCatalogHolds()
{
    QFETCH(QString, query);
    QFETCH(Predicate, expected);
    QSet<qint64> wanted;
    for (const Generated &g : std::as_const(m_films))
        if (expected(g))
            wanted.insert(g.film.id);
    QVERIFY2(!wanted.isEmpty(), "a query that finds nothing checks little");

    TableQuery tableQuery(*m_catalog, Table::Films);
    const SearchQuery search = tableQuery.setFilter(query);
    QVERIFY2(search.isValid(), qPrintable(search.errorText()));
    QCOMPARE(tableQuery.count(), wanted.size());
    QSet<qint64> found;
    for (const TableQuery::Row &row : tableQuery.fetch(0, 20000))
        found.insert(row.id);
    QCOMPARE(found, wanted);
}

void TestSearchResults::reviewsAndCompaniesAreSearchedToo()
{
    qint64 reviewsWithScore = 0, reviewsOnFog = 0;
    for (const Generated &g : std::as_const(m_films))
        for (const Review &r : g.reviews) {
            if (r.score && *r.score >= 80)
                ++reviewsWithScore;
            if (hasPrefix(r.quote, QStringLiteral("fog")) ||
                hasPrefix(r.critic, QStringLiteral("fog")) ||
                hasPrefix(g.film.title, QStringLiteral("fog")) ||
                hasPrefix(g.film.originalTitle, QStringLiteral("fog")))
                ++reviewsOnFog;
        }
    TableQuery reviews(*m_catalog, Table::Reviews);
    QVERIFY(reviews.setFilter(QStringLiteral("score:>=80")).isValid());
    QCOMPARE(reviews.count(), reviewsWithScore);
    QVERIFY(reviews.setFilter(QStringLiteral("fog")).isValid());
    QCOMPARE(reviews.count(), reviewsOnFog);

    // Each review field against what was written.
    const auto reviewCount = [&](const std::function<bool(const Generated &, const Review &)> &is) {
        qint64 n = 0;
        for (const Generated &g : std::as_const(m_films))
            for (const Review &r : g.reviews)
                n += is(g, r) ? 1 : 0;
        return n;
    };
    const QList<std::pair<QString, std::function<bool(const Generated &, const Review &)>>>
        reviewTerms = {
            {QStringLiteral("critic:echo"),
             [](const Generated &, const Review &r) {
                 return hasPrefix(r.critic, QStringLiteral("echo"));
             }},
            {QStringLiteral("publication:\"harbour times\""),
             [](const Generated &, const Review &r) {
                 return r.publication == u"The Harbour Times";
             }},
            {QStringLiteral("quote:lantern -critic:fog"),
             [](const Generated &, const Review &r) {
                 return hasPrefix(r.quote, QStringLiteral("lantern")) &&
                        !hasPrefix(r.critic, QStringLiteral("fog"));
             }},
            {QStringLiteral("film:kingdom"),
             [](const Generated &g, const Review &) {
                 return hasPrefix(g.film.title, QStringLiteral("kingdom")) ||
                        hasPrefix(g.film.originalTitle, QStringLiteral("kingdom"));
             }},
            {QStringLiteral("year:1990..1999"),
             [](const Generated &g, const Review &) {
                 return g.film.year && *g.film.year >= 1990 && *g.film.year <= 1999;
             }},
            {QStringLiteral("date:>=2020-01-01"),
             [](const Generated &, const Review &r) {
                 return r.date.isValid() && r.date >= QDate(2020, 1, 1);
             }},
            {QStringLiteral("no:date has:critic"),
             [](const Generated &, const Review &r) {
                 return !r.date.isValid() && !r.critic.isEmpty();
             }},
            {QStringLiteral("no:score OR publication:monde"),
             [](const Generated &, const Review &r) {
                 return !r.score || r.publication == u"Le Monde";
             }},
            {QStringLiteral("added:<30d"),
             [](const Generated &, const Review &) {
                 return true;
             }},
        };
    for (const auto &[query, is] : reviewTerms) {
        const qint64 expected = reviewCount(is);
        QVERIFY2(expected > 0, qPrintable(query));
        QVERIFY2(reviews.setFilter(query).isValid(), qPrintable(query));
        QVERIFY2(reviews.count() == expected, qPrintable(QStringLiteral("%1: %2 instead of %3")
                                                             .arg(query)
                                                             .arg(reviews.count())
                                                             .arg(expected)));
    }

    TableQuery companies(*m_catalog, Table::Companies);
    QVERIFY(companies.setFilter(QStringLiteral("cinema")).isValid());
    QCOMPARE(companies.count(), 1); // ARTE France Cinéma
    QVERIFY(companies.setFilter(QStringLiteral("films:>0 -north")).isValid());
    QCOMPARE(companies.count(), CompanyNames.size() - 1);
    QHash<QString, qint64> filmsOf;
    for (const Generated &g : std::as_const(m_films))
        for (const QString &c : g.film.companies)
            ++filmsOf[c];
    // The companies with at least the median film count: some of them, not all.
    QList<qint64> counts = filmsOf.values();
    std::sort(counts.begin(), counts.end());
    const qint64 median = counts[counts.size() / 2];
    qint64 many = 0;
    for (const qint64 n : std::as_const(counts))
        many += n >= median ? 1 : 0;
    QVERIFY2(many > 0 && many < counts.size(), "a threshold that splits the companies");
    qint64 withC = 0;
    for (const QString &name : CompanyNames)
        withC += name.contains(u'c', Qt::CaseInsensitive) ? 1 : 0; // as LIKE matches
    const QList<std::pair<QString, qint64>> companyTerms = {
        {QStringLiteral("name:echo"), 2},
        {QStringLiteral("name:\"echo lake\""), 1},
        {QStringLiteral("country:fr"), withC},
        {QStringLiteral("-country:FR"), 9 - withC},
        {QStringLiteral("notes:lighthouse"), 1},
        {QStringLiteral("has:notes"), 1},
        {QStringLiteral("no:notes has:country"), 8},
        {QStringLiteral("added:<30d"), 9},
        {QStringLiteral("films:>=%1").arg(median), many},
        {QStringLiteral("name:reel OR name:moon"), 3},
    };
    for (const auto &[query, expected] : companyTerms) {
        QVERIFY2(companies.setFilter(query).isValid(), qPrintable(query));
        QVERIFY2(companies.count() == expected, qPrintable(QStringLiteral("%1: %2 instead of %3")
                                                               .arg(query)
                                                               .arg(companies.count())
                                                               .arg(expected)));
    }
}

void TestSearchResults::hostileInputRunsAsPlainValues()
{
    // Each query either is refused with its place or runs as plain values on every table:
    // never an error from SQLite or FTS5 at run time, never a change to the catalog.
    const QStringList queries = {
        QStringLiteral("'; DROP TABLE films; --"),
        QStringLiteral("\" OR 1=1 --\""),
        QStringLiteral("company:\"x' OR '1'='1\""),
        QStringLiteral("certification:R'||'x"),
        QStringLiteral("provider:a)OR(1"),
        QStringLiteral("NEAR(a b) col:x* ^a"),
        QStringLiteral("title:{synopsis}:x"),
        QStringLiteral("\"unclosed"),
        QStringLiteral("a\"b\"c"),
        QStringLiteral("*"),
        QStringLiteral("title:* genre:*"),
        QStringLiteral("^ - + : ( ) \" \""),
        QStringLiteral("year:1e999"),
        QStringLiteral("runtime:<-1 votes:>99999999999999999999"),
        QStringLiteral("year:2000..1990"),
        QStringLiteral("added:<99999999d"),
        QStringLiteral("company:\"\""),
        QStringLiteral("((((((((((a))))))))))"),
        QStringLiteral("a OR"),
        QStringLiteral("NOT"),
        QStringLiteral("critic:%_ publication:\\ notes:%"),
        QStringLiteral("\u202Eevil\u202C \U0001F3AC"),
        QString(5000, u'x'),
        QStringLiteral("a") + QChar(0) + QStringLiteral("b"),
    };
    const qint64 films = FilmRepository(*m_catalog).count();
    for (const Table table : {Table::Films, Table::Companies, Table::Reviews}) {
        TableQuery query(*m_catalog, table);
        for (const QString &text : queries) {
            const SearchQuery search = query.setFilter(text);
            if (!search.isValid()) {
                QVERIFY2(search.error().position >= 0, qPrintable(text));
                continue;
            }
            try {
                const qint64 count = query.count();
                QVERIFY(count >= 0);
                QVERIFY(query.fetch(0, 10, count).size() <= 10);
            } catch (const Error &e) {
                QFAIL(qPrintable(QStringLiteral("%1 on %2: %3")
                                     .arg(text.left(60).replace(QChar(0), QStringLiteral("\\0")),
                                          tableName(table), e.message())));
            }
        }
    }
    QCOMPARE(FilmRepository(*m_catalog).count(), films);
    // A NUL between two words separates them, as a space does.
    TableQuery query(*m_catalog, Table::Films);
    QVERIFY(query.setFilter(QStringLiteral("dream ghost")).isValid());
    const qint64 spaced = query.count();
    QVERIFY(spaced > 0);
    QVERIFY(
        query.setFilter(QStringLiteral("dream") + QChar(0) + QStringLiteral("ghost")).isValid());
    QCOMPARE(query.count(), spaced);
}

namespace {

// What a search of the films finds, and how their full-text index differs from one built
// afresh (nothing, after any write).
struct FilmSearch
{
    explicit FilmSearch(Catalog &catalog) : catalog(catalog), query(catalog, Table::Films) {}
    qint64 count(const QString &text)
    {
        query.setFilter(text);
        return query.count();
    }
    QString difference() const { return TestUtil::filmSearchDifference(catalog); }

    Catalog &catalog;
    TableQuery query;
};

} // namespace

void TestSearchResults::fullTextIndexFollowsEveryWrite()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    FilmRepository films(*catalog);
    ReviewRepository reviews(*catalog);
    CompanyRepository companies(*catalog);
    FilmSearch search(*catalog);

    Film film;
    film.title = QStringLiteral("Zephyr");
    film.synopsis = QStringLiteral("A quiet lighthouse keeper.");
    film.companies = {QStringLiteral("Marlin Films")};
    {
        Transaction t(*catalog);
        film.id = films.insert(film);
        t.commit();
    }
    QCOMPARE(search.count(QStringLiteral("zeph")), 1);
    QCOMPARE(search.count(QStringLiteral("lighthouse")), 1);
    QCOMPARE(search.count(QStringLiteral("marlin")), 1);
    QCOMPARE(search.difference(), QString());

    // An edit replaces the old words.
    film = *films.find(film.id);
    film.title = QStringLiteral("Boreas");
    {
        Transaction t(*catalog);
        films.update(film);
        t.commit();
    }
    QCOMPARE(search.count(QStringLiteral("zephyr")), 0);
    QCOMPARE(search.count(QStringLiteral("boreas")), 1);
    QCOMPARE(search.difference(), QString());

    // A company renamed is found under its new name.
    const qint64 companyId = companies.findByName(QStringLiteral("Marlin Films"))->id;
    Company company = *companies.find(companyId);
    company.name = QStringLiteral("Pelican Films");
    {
        Transaction t(*catalog);
        companies.update(company);
        t.commit();
    }
    QCOMPARE(search.count(QStringLiteral("marlin")), 0);
    QCOMPARE(search.count(QStringLiteral("pelican")), 1);
    QCOMPARE(search.difference(), QString());

    // Review quotes, and their removal.
    Review review;
    review.filmId = film.id;
    review.quote = QStringLiteral("Luminous and strange.");
    {
        Transaction t(*catalog);
        review.id = reviews.insert(review);
        t.commit();
    }
    QCOMPARE(search.count(QStringLiteral("luminous")), 1);
    QCOMPARE(search.difference(), QString());
    {
        Transaction t(*catalog);
        reviews.remove(review.id);
        t.commit();
    }
    QCOMPARE(search.count(QStringLiteral("luminous")), 0);
    QCOMPARE(search.difference(), QString());

    // Deleting the film (its reviews go with it) leaves nothing behind in the index.
    review.id = 0;
    {
        Transaction t(*catalog);
        reviews.insert(review);
        films.remove(film.id);
        t.commit();
    }
    QCOMPARE(search.count(QStringLiteral("boreas")), 0);
    QCOMPARE(search.count(QStringLiteral("luminous")), 0);
    QCOMPARE(search.difference(), QString());
    for (const char *index : {"company_search", "review_search"}) {
        QSqlQuery check(catalog->database());
        QVERIFY2(
            check.exec(QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)")
                           .arg(QLatin1String(index))),
            qPrintable(check.lastError().text()));
    }
}

void TestSearchResults::filmTextFollowsPeopleQuotesAndBulkWrites()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    FilmRepository films(*catalog);
    ReviewRepository reviews(*catalog);
    PersonRepository people(*catalog);
    FilmSearch search(*catalog);
    const auto write = [&](const std::function<void()> &change,
                           Transaction::Indexing indexing = Transaction::Indexing::Immediate) {
        Transaction t(*catalog, indexing);
        change();
        t.commit();
    };

    Film first;
    first.title = QStringLiteral("Quarry");
    first.companies = {QStringLiteral("Granite Pictures"), QStringLiteral("Slate Films")};
    first.credits = {{CreditRole::Director, QStringLiteral("Ottilie Vance"), {}},
                     {CreditRole::Cast, QStringLiteral("Bram Kestrel"), QStringLiteral("Miner")}};
    Film second;
    second.title = QStringLiteral("Meadow");
    write([&] {
        first.id = films.insert(first);
        second.id = films.insert(second);
    });
    // Free words find a film by its people and companies too.
    QCOMPARE(search.count(QStringLiteral("ottilie")), 1);
    QCOMPARE(search.count(QStringLiteral("kestrel")), 1);
    QCOMPARE(search.count(QStringLiteral("person:vance")), 1);
    QCOMPARE(search.count(QStringLiteral("company:slate")), 1);
    // A phrase does not run from one company's name into the next.
    QCOMPARE(search.count(QStringLiteral("\"pictures slate\"")), 0);
    QCOMPARE(search.difference(), QString());

    // Two quotes of one film; a phrase does not cross from one into the other.
    Review a, b;
    a.filmId = b.filmId = first.id;
    a.quote = QStringLiteral("Hard as rock");
    b.quote = QStringLiteral("salt of the earth");
    write([&] {
        a.id = reviews.insert(a);
        b.id = reviews.insert(b);
    });
    QCOMPARE(search.count(QStringLiteral("quote:\"rock salt\"")), 0);
    QCOMPARE(search.count(QStringLiteral("quote:\"as rock\"")), 1);
    QCOMPARE(search.difference(), QString());

    // A review moved to another film takes its words along.
    write([&] { reviews.moveReviews({b.id}, second.id); });
    QCOMPARE(search.count(QStringLiteral("earth")), 1);
    search.query.setFilter(QStringLiteral("earth"));
    QCOMPARE(search.query.fetch(0, 10).value(0).id, second.id);
    QCOMPARE(search.difference(), QString());

    // A person renamed.
    Person person = *people.findByName(QStringLiteral("Bram Kestrel"));
    person.name = QStringLiteral("Bram Osprey");
    write([&] { people.update(person); });
    QCOMPARE(search.count(QStringLiteral("kestrel")), 0);
    QCOMPARE(search.count(QStringLiteral("osprey")), 1);
    QCOMPARE(search.difference(), QString());

    // A bulk write: an existing film given new credits, companies and a review, a new film
    // with a review, a review deleted, and a batch rolled back to its savepoint.
    Film third;
    write(
        [&] {
            Film f = *films.find(first.id);
            f.companies = {QStringLiteral("Basalt Studio")};
            f.credits = {{CreditRole::Writer, QStringLiteral("Ines Marten"), {}}};
            films.update(f);
            Review c;
            c.filmId = first.id;
            c.quote = QStringLiteral("Chiselled");
            reviews.insert(c);
            reviews.remove(a.id);
            third.title = QStringLiteral("Dune Sea");
            third.id = films.insert(third);
            Review d;
            d.filmId = third.id;
            d.quote = QStringLiteral("Windswept");
            reviews.insert(d);
            Sql::exec(catalog->database(), QStringLiteral("SAVEPOINT batch"));
            Film g = *films.find(second.id);
            g.synopsis = QStringLiteral("Forgotten words.");
            films.update(g);
            Sql::exec(catalog->database(), QStringLiteral("ROLLBACK TO batch"));
            Sql::exec(catalog->database(), QStringLiteral("RELEASE batch"));
        },
        Transaction::Indexing::Deferred);
    QCOMPARE(search.count(QStringLiteral("granite")), 0);
    QCOMPARE(search.count(QStringLiteral("basalt")), 1);
    QCOMPARE(search.count(QStringLiteral("marten")), 1);
    QCOMPARE(search.count(QStringLiteral("vance")), 0);
    QCOMPARE(search.count(QStringLiteral("chiselled")), 1);
    QCOMPARE(search.count(QStringLiteral("rock")), 0);
    QCOMPARE(search.count(QStringLiteral("windswept")), 1);
    QCOMPARE(search.count(QStringLiteral("forgotten")), 0);
    QCOMPARE(search.difference(), QString());
    QSqlQuery q(catalog->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM search_stale")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);

    // A film deleted with its reviews and links leaves nothing behind.
    write([&] { films.remove(first.id); });
    QCOMPARE(search.count(QStringLiteral("basalt OR chiselled OR marten")), 0);
    QCOMPARE(search.difference(), QString());
}

void TestSearchResults::aBulkWriteChangingManyFilmsLeavesACompactIndex()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    constexpr int Films = 12000;
    // The number of segments in the index, from FTS5's structure record (row 10 of its data
    // table): a 4-byte cookie, then varints for the levels and the segments.
    const auto segments = [&] {
        const QByteArray structure =
            Sql::scalar(catalog->database(),
                        QStringLiteral("SELECT block FROM film_search_data WHERE id = 10"))
                .toByteArray();
        qsizetype at = 4;
        const auto varint = [&] {
            qint64 value = 0;
            while (at < structure.size()) {
                const auto byte = quint8(structure[at++]);
                value = (value << 7) | (byte & 0x7f);
                if (!(byte & 0x80))
                    break;
            }
            return value;
        };
        varint(); // levels
        return varint();
    };
    TestUtil::addFilms(
        *catalog, Films, QStringLiteral("title, title_key, synopsis"),
        QStringLiteral("'Film ' || i, 'film ' || i, 'Tides and harbours, part ' || i"),
        Transaction::Indexing::Deferred);
    // A quote for every film, in one bulk write: each film's row goes and comes back.
    {
        Transaction t(*catalog, Transaction::Indexing::Deferred);
        Sql::exec(catalog->database(),
                  QStringLiteral("INSERT INTO reviews (film_id, quote) SELECT id, 'Lighthouse "
                                 "keepers ' || id FROM films"));
        t.commit();
    }
    TableQuery query(*catalog, Table::Films);
    query.setFilter(QStringLiteral("lighthouse harbours"));
    QCOMPARE(query.count(), Films);
    query.setFilter(QStringLiteral("quote:tides"));
    QCOMPARE(query.count(), 0);
    QCOMPARE(TestUtil::filmSearchDifference(*catalog), QString());
    // Rewritten in one segment, without the deletions.
    QCOMPARE(segments(), 1);
    // A small change leaves the merging to FTS5.
    {
        Transaction t(*catalog, Transaction::Indexing::Deferred);
        Sql::exec(catalog->database(),
                  QStringLiteral("INSERT INTO reviews (film_id, quote) VALUES (1, 'Gulls')"));
        t.commit();
    }
    QVERIFY(segments() > 1);
}

void TestSearchResults::bulkImportIndexesItsRowsAtCommit()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    Film old;
    old.title = QStringLiteral("Quokka");
    old.year = 2001;
    old.synopsis = QStringLiteral("Marsupial mischief.");
    {
        Transaction t(*catalog);
        FilmRepository(*catalog).insert(old);
        t.commit();
    }
    // An update of a film indexed before, a film added and then updated within the same
    // batch, plain additions, and a rolled-back batch replayed after a refused row.
    const QByteArray csv = "title,year,synopsis,companies\r\n"
                           "Quokka,2001,Wombat wanderings.,Burrow Films\r\n"
                           "Numbat,1999,Termite tales.,Burrow Films\r\n"
                           "Numbat,1999,Anteater adventures.,\r\n"
                           "Bilby,2010,Desert digging.,Sandhill\r\n"
                           "Dingo,1800,Too early.,\r\n"
                           "Echidna,2012,Spiny secrets.,\r\n";
    ImportOptions options;
    options.onDuplicate = DuplicatePolicy::Update;
    options.batchSize = 3;
    const ImportReport report =
        CsvImporter(*catalog, options)
            .importFile(TestUtil::writeFile(dir, QStringLiteral("films.csv"), csv));
    QCOMPARE(report.failed, 1);
    TableQuery query(*catalog, Table::Films);
    const auto count = [&](const char *text) {
        query.setFilter(QLatin1String(text));
        return query.count();
    };
    QCOMPARE(count("marsupial"), 0);
    QCOMPARE(count("wombat"), 1);
    QCOMPARE(count("termite"), 0);
    QCOMPARE(count("anteater"), 1);
    QCOMPARE(count("desert"), 1);
    QCOMPARE(count("spiny"), 1);
    QCOMPARE(count("burrow"), 1); // the second Numbat row cleared its companies
    QCOMPARE(count("sandhill"), 1);
    QCOMPARE(count("dingo"), 0);
    QSqlQuery q(catalog->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM search_deferred")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(TestUtil::filmSearchDifference(*catalog), QString());
    for (const char *index : {"company_search", "review_search"})
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)")
                            .arg(QLatin1String(index))),
                 qPrintable(q.lastError().text()));
}

void TestSearchResults::criticsColumnsFollowEveryReviewWrite()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    FilmRepository films(*catalog);
    ReviewRepository reviews(*catalog);
    const auto critics = [&](qint64 film) {
        QSqlQuery q(catalog->database());
        q.prepare(QStringLiteral("SELECT critics_average, critics_count FROM films WHERE id = ?"));
        q.addBindValue(film);
        return q.exec() && q.next() ? std::pair(q.value(0), q.value(1).toInt())
                                    : std::pair(QVariant(), -1);
    };
    const auto write = [&](const std::function<void()> &change) {
        Transaction t(*catalog);
        try {
            change();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message()));
        }
        t.commit();
    };
    Film a, b;
    a.title = QStringLiteral("A");
    b.title = QStringLiteral("B");
    write([&] {
        a.id = films.insert(a);
        b.id = films.insert(b);
    });
    QVERIFY(critics(a.id).first.isNull());
    QCOMPARE(critics(a.id).second, 0);

    Review r1, r2, unscored;
    r1.filmId = r2.filmId = unscored.filmId = a.id;
    r1.originalScore = QStringLiteral("80/100");
    r1.score = 80;
    r2.originalScore = QStringLiteral("65/100");
    r2.score = 65;
    unscored.quote = QStringLiteral("No score given."); // not counted
    write([&] {
        r1.id = reviews.insert(r1);
        r2.id = reviews.insert(r2);
        unscored.id = reviews.insert(unscored);
    });
    QCOMPARE(critics(a.id).first.toDouble(), 72.5);
    QCOMPARE(critics(a.id).second, 2);

    // A score changed, a review moved to another film, one deleted.
    r1 = *reviews.find(r1.id);
    r1.originalScore = QStringLiteral("90/100");
    r1.score = 90;
    write([&] { reviews.update(r1); });
    QCOMPARE(critics(a.id).first.toDouble(), 77.5);
    r2 = *reviews.find(r2.id);
    r2.filmId = b.id;
    write([&] { reviews.update(r2); });
    QCOMPARE(critics(a.id).first.toDouble(), 90.0);
    QCOMPARE(critics(b.id).first.toDouble(), 65.0);
    QCOMPARE(critics(b.id).second, 1);
    write([&] { reviews.remove(r1.id); });
    QVERIFY(critics(a.id).first.isNull());
    QCOMPARE(critics(a.id).second, 0);

    // Deleting a film takes its reviews; the other film keeps its own.
    write([&] { films.remove(b.id); });
    QCOMPARE(critics(b.id).second, -1);
    QCOMPARE(critics(a.id).second, 0);
}

void TestSearchResults::reviewsKeepTheirFilmsTitleKey()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keys.db"));
    // A catalog of the schema before, with a review: the upgrade gives it its film's key.
    {
        auto old = TestUtil::catalogAtSchema(path, 14);
        Film film;
        film.title = QStringLiteral("Le Havre");
        Review review;
        review.filmId = FilmRepository(*old).insert(film);
        review.quote = QStringLiteral("Warm.");
        ReviewRepository(*old).insert(review);
    }
    auto catalog = Catalog::open(path);
    // Each row's key where the row's first column says it is the one expected, "stale" where
    // it is not.
    const auto checkedKeys = [&](const QString &sql, const QVariantList &binds) {
        QStringList keys;
        QSqlQuery q(catalog->database());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        q.exec();
        while (q.next())
            keys.append(q.value(0).toBool() ? q.value(1).toString() : QStringLiteral("stale"));
        return keys;
    };
    const auto keysOf = [&](qint64 film) {
        return checkedKeys(QStringLiteral("SELECT r.film_title_key IS f.title_key, "
                                          "r.film_title_key FROM reviews r JOIN films f ON f.id = "
                                          "r.film_id WHERE f.id = ? ORDER BY r.id"),
                           {film});
    };
    FilmRepository films(*catalog);
    ReviewRepository reviews(*catalog);
    const qint64 havre = *films.findByTitleYear(QStringLiteral("Le Havre"), std::nullopt);
    QCOMPARE(keysOf(havre), QStringList{foldedKey(QStringLiteral("Le Havre"))});

    // Written by the repository, by any other statement, then the film retitled.
    Film other;
    other.title = QStringLiteral("Été");
    other.id = films.insert(other);
    Review review;
    review.filmId = other.id;
    review.quote = QStringLiteral("Golden.");
    review.id = reviews.insert(review);
    Sql::exec(catalog->database(),
              QStringLiteral("INSERT INTO reviews (film_id, quote) VALUES (%1, 'Bright.')")
                  .arg(other.id));
    QCOMPARE(keysOf(other.id), QStringList(2, foldedKey(QStringLiteral("Été"))));
    other = *films.find(other.id);
    other.title = QStringLiteral("Automne");
    films.update(other);
    QCOMPARE(keysOf(other.id), QStringList(2, foldedKey(QStringLiteral("Automne"))));

    // A review moved to another film, and one deleted then restored (undo).
    review = *reviews.find(review.id);
    review.filmId = havre;
    reviews.update(review);
    QCOMPARE(keysOf(havre), QStringList(2, foldedKey(QStringLiteral("Le Havre"))));
    QCOMPARE(keysOf(other.id).size(), 1);
    review = *reviews.find(review.id);
    reviews.remove(review.id);
    review.filmId = other.id;
    reviews.restore(review);
    QCOMPARE(keysOf(other.id), QStringList(2, foldedKey(QStringLiteral("Automne"))));

    // Each review keeps its quote's first 32 letters in lower case (schema 16), however it is
    // written.
    const QString longQuote = QStringLiteral("A slow, luminous film about waiting for the tide.");
    const auto quoteKeys = [&] {
        return checkedKeys(QStringLiteral("SELECT coalesce(quote_key IS lower(substr(quote, 1, "
                                          "32)), 0), quote_key FROM reviews ORDER BY id"),
                           {});
    };
    review = *reviews.find(review.id);
    review.quote = longQuote;
    reviews.update(review);
    Sql::exec(catalog->database(), QStringLiteral("UPDATE reviews SET quote = 'Bright, brief.' "
                                                  "WHERE quote = 'Bright.'"));
    Review another;
    another.filmId = havre;
    another.quote = longQuote.toUpper();
    reviews.insert(another);
    Sql::exec(catalog->database(), QStringLiteral("UPDATE reviews SET quote_key = 'x' WHERE "
                                                  "quote = 'Warm.'"));
    QCOMPARE(quoteKeys(),
             (QStringList{QStringLiteral("warm."), longQuote.left(32).toLower(),
                          QStringLiteral("bright, brief."), longQuote.left(32).toLower()}));
    reviews.remove(review.id);
    reviews.restore(review);
    QCOMPARE(quoteKeys().value(1), longQuote.left(32).toLower());

    // Each order (by film, by title, by quote, by link) reads its index alone, with nothing
    // left to sort.
    const QSqlDatabase db = catalog->database();
    const struct
    {
        const char *order;
        const char *index;
    } orders[] = {
        {"SELECT r.id FROM reviews r ORDER BY r.film_title_key, r.id LIMIT 10 OFFSET 5",
         "SCAN r USING COVERING INDEX reviews_film_title"},
        {"SELECT f.id FROM films f ORDER BY f.title_key, f.id LIMIT 10 OFFSET 5",
         "SCAN f USING COVERING INDEX films_title_key"},
        {"SELECT r.id FROM reviews r ORDER BY r.quote_key DESC, r.id DESC LIMIT 10",
         "SCAN r USING COVERING INDEX reviews_quote_key"},
        {"SELECT r.id FROM reviews r ORDER BY r.url COLLATE NOCASE, r.id LIMIT 10",
         "SCAN r USING COVERING INDEX reviews_url"},
    };
    for (const auto &o : orders)
        QCOMPARE(TestUtil::queryPlan(db, QLatin1String(o.order)),
                 QStringList{QLatin1String(o.index)});
    // The reviews are counted along an index over numbers, not over the keys' text.
    const QStringList count =
        TestUtil::queryPlan(db, QStringLiteral("SELECT count(*) FROM reviews"));
    QVERIFY2(count.size() == 1 &&
                 QRegularExpression(QStringLiteral("COVERING INDEX reviews_(film|score)$"))
                     .match(count[0])
                     .hasMatch(),
             qPrintable(count.join(u'/')));
}

void TestSearchResults::filmsKeepTheirListsOrderKeys()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lists.db"));
    // Every list, entries repeated (in another case or spacing) and more than three of them.
    Film film;
    film.title = QStringLiteral("Backstage");
    film.countries = {QStringLiteral("FR"), QStringLiteral("BE"), QStringLiteral("FR"),
                      QStringLiteral("CH"), QStringLiteral("LU")};
    film.genres = {QStringLiteral("Drama"), QStringLiteral("music"), QStringLiteral("DRAMA"),
                   QStringLiteral("Comédie"), QStringLiteral("Documentary")};
    film.companies = {QStringLiteral("Haut et Court"), QStringLiteral("haut  et court"),
                      QStringLiteral("ARTE France Cinéma"), QStringLiteral("Paper Moon"),
                      QStringLiteral("Echo Lake")};
    film.providers = {{QStringLiteral("Vudu"), WatchOffer::Rent},
                      {QStringLiteral("vudu"), WatchOffer::Rent},
                      {QStringLiteral("Vudu"), WatchOffer::Buy},
                      {QStringLiteral("Mubi"), WatchOffer::Stream},
                      {QStringLiteral("Zeno"), WatchOffer::Free}};
    film.credits = {{CreditRole::Director, QStringLiteral("Lila Avilés"), {}},
                    {CreditRole::Cast, QStringLiteral("Ana Vik"), QStringLiteral("Nadja")},
                    {CreditRole::Writer, QStringLiteral("Lila Avilés"), {}},
                    {CreditRole::Cast, QStringLiteral("ana vik"), QStringLiteral("Rosa")},
                    {CreditRole::Cast, QStringLiteral("Tom Udo"), {}},
                    {CreditRole::Cast, QStringLiteral("Zoe Wren"), {}},
                    {CreditRole::Cast, QStringLiteral("Yul Ames"), {}}};
    film.tags = {QStringLiteral("Festival"), QStringLiteral("festival "), QStringLiteral("Noir"),
                 QStringLiteral("Zest"), QStringLiteral("Extra")};
    const QChar u(0x1f);
    const QStringList expected = {
        QStringList{QStringLiteral("FR"), QStringLiteral("BE"), QStringLiteral("CH")}.join(u),
        QStringList{QStringLiteral("drama"), QStringLiteral("music"), QStringLiteral("comédie")}
            .join(u),
        QStringList{QStringLiteral("haut et court"), QStringLiteral("arte france cinéma"),
                    QStringLiteral("paper moon")}
            .join(u),
        QStringList{QStringLiteral("Vudu (rent)"), QStringLiteral("Vudu (buy)"),
                    QStringLiteral("Mubi (stream)")}
            .join(u),
        QStringLiteral("lila avilés"),
        QStringLiteral("lila avilés"),
        QStringList{QStringLiteral("ana vik"), QStringLiteral("tom udo"),
                    QStringLiteral("zoe wren")}
            .join(u),
        QStringList{QStringLiteral("Festival"), QStringLiteral("Noir"), QStringLiteral("Zest")}
            .join(u),
    };
    // Written in the schema before, the keys are built by the upgrade's SQL.
    qint64 upgraded = 0;
    {
        auto old = TestUtil::catalogAtSchema(path, 15);
        upgraded = FilmRepository(*old).insert(film);
    }
    auto catalog = Catalog::open(path);
    const auto keysOf = [&](qint64 id) {
        QSqlQuery q(catalog->database());
        q.prepare(QStringLiteral("SELECT countries_key, genres_key, companies_key, providers_key, "
                                 "directors_key, writers_key, cast_key, tags_key FROM films "
                                 "WHERE id = ?"));
        q.addBindValue(id);
        QStringList keys;
        if (q.exec() && q.next())
            for (int i = 0; i < 8; ++i)
                keys.append(q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
        return keys;
    };
    QCOMPARE(keysOf(upgraded), expected);

    // Written by the repository: the same keys; then changed, emptied, and put back (undo).
    FilmRepository films(*catalog);
    const qint64 written = films.insert(film);
    QCOMPARE(keysOf(written), expected);
    Film changed = *films.find(written);
    changed.genres = {QStringLiteral("Western")};
    changed.companies = {QStringLiteral("Echo Lake"), QStringLiteral("Haut et Court")};
    changed.tags.clear();
    films.update(changed);
    QStringList keys = expected;
    keys[1] = QStringLiteral("western");
    keys[2] = QStringLiteral("echo lake") + u + QStringLiteral("haut et court");
    keys[7] = QStringLiteral("NULL");
    QCOMPARE(keysOf(written), keys);
    changed = *films.find(written);
    films.remove(written);
    films.restore(changed);
    QCOMPARE(keysOf(written), keys);

    // Renames reach every film whose key holds the name: a company, a person, a genre.
    CompanyRepository companies(*catalog);
    Company company = *companies.findByName(QStringLiteral("Haut et Court"));
    company.name = QStringLiteral("Haut & Court");
    companies.update(company);
    PersonRepository people(*catalog);
    Person person = *people.findByName(QStringLiteral("Tom Udo"));
    person.name = QStringLiteral("Thomas Udo");
    people.update(person);
    Sql::exec(catalog->database(), QStringLiteral("UPDATE genres SET name = 'Musical', name_key "
                                                  "= 'musical' WHERE name_key = 'music'"));
    QStringList renamed = expected;
    renamed[1].replace(QStringLiteral("music"), QStringLiteral("musical"));
    renamed[2].replace(QStringLiteral("haut et court"), QStringLiteral("haut & court"));
    renamed[6].replace(QStringLiteral("tom udo"), QStringLiteral("thomas udo"));
    QCOMPARE(keysOf(upgraded), renamed);
    keys[2].replace(QStringLiteral("haut et court"), QStringLiteral("haut & court"));
    keys[6] = renamed[6];
    QCOMPARE(keysOf(written), keys);

    // The synopsis keeps its first 32 letters in lower case, however it is written.
    const QString synopsis = QStringLiteral("Two films called Backstage, twenty years apart.");
    changed = *films.find(written);
    changed.synopsis = synopsis;
    films.update(changed);
    Sql::exec(catalog->database(),
              QStringLiteral("UPDATE films SET synopsis = 'Short.' WHERE id = %1").arg(upgraded));
    Sql::exec(catalog->database(),
              QStringLiteral("INSERT INTO films (title, title_key, synopsis) VALUES ('Raw', "
                             "'raw', '%1')")
                  .arg(synopsis.toUpper()));
    QSqlQuery synopses(catalog->database());
    QVERIFY(synopses.exec(QStringLiteral("SELECT synopsis_key FROM films ORDER BY id")));
    QStringList cut;
    while (synopses.next())
        cut.append(synopses.value(0).toString());
    QCOMPARE(cut, (QStringList{QStringLiteral("short."), synopsis.left(32).toLower(),
                               synopsis.left(32).toLower()}));

    // Each list's order, and each column's hidden by default, reads one index alone, with
    // nothing left to sort.
    const QStringList orders = {
        QStringLiteral("f.countries_key"),
        QStringLiteral("f.genres_key"),
        QStringLiteral("f.companies_key"),
        QStringLiteral("f.providers_key"),
        QStringLiteral("f.directors_key"),
        QStringLiteral("f.writers_key"),
        QStringLiteral("f.cast_key"),
        QStringLiteral("f.tags_key"),
        QStringLiteral("f.synopsis_key"),
        QStringLiteral("f.original_title COLLATE NOCASE"),
        QStringLiteral("f.original_language COLLATE NOCASE"),
        QStringLiteral("f.notes COLLATE NOCASE"),
        QStringLiteral("f.tmdb_popularity"),
        QStringLiteral("f.tmdb_vote_count"),
        QStringLiteral("f.imdb_votes"),
        QStringLiteral("f.imdb_id"),
    };
    for (const QString &order : orders) {
        const QStringList steps = TestUtil::queryPlan(
            catalog->database(),
            QStringLiteral("SELECT f.id FROM films f ORDER BY %1 DESC, f.id DESC LIMIT 10 OFFSET 5")
                .arg(order));
        QVERIFY2(steps.size() == 1 &&
                     steps[0].startsWith(QStringLiteral("SCAN f USING COVERING INDEX films_")),
                 qPrintable(order + u' ' + steps.join(u'/')));
    }
}

void TestSearchResults::companiesKeepTheirFilmCount()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("counts.db"));
    Film film;
    film.title = QStringLiteral("Backstage");
    film.companies = {QStringLiteral("Haut et Court"), QStringLiteral("Paper Moon")};
    {
        auto old = TestUtil::catalogAtSchema(path, 15);
        FilmRepository films(*old);
        films.insert(film);
        film.title = QStringLiteral("Backstage 2");
        films.insert(film);
    }
    auto catalog = Catalog::open(path);
    // Each company's stored count against its links counted, as "name=n" in name order.
    const auto counts = [&] {
        QSqlQuery q(catalog->database());
        q.exec(QStringLiteral("SELECT name, film_count, (SELECT count(*) FROM film_companies "
                              "WHERE company_id = c.id) FROM companies c ORDER BY name"));
        QStringList out;
        while (q.next())
            out.append(q.value(1) == q.value(2)
                           ? q.value(0).toString() + u'=' + q.value(1).toString()
                           : q.value(0).toString() + QStringLiteral("=stale"));
        return out.join(u' ');
    };
    // Counted by the upgrade.
    QCOMPARE(counts(), QStringLiteral("Haut et Court=2 Paper Moon=2"));

    // Written one by one: added, changed, deleted.
    auto films = std::make_unique<FilmRepository>(*catalog);
    film.title = QStringLiteral("Backstage 3");
    film.companies = {QStringLiteral("Echo Lake"), QStringLiteral("Haut et Court")};
    const qint64 third = films->insert(film);
    QCOMPARE(counts(), QStringLiteral("Echo Lake=1 Haut et Court=3 Paper Moon=2"));
    Film changed = *films->find(third);
    changed.companies = {QStringLiteral("Paper Moon")};
    films->update(changed);
    QCOMPARE(counts(), QStringLiteral("Echo Lake=0 Haut et Court=2 Paper Moon=3"));
    films->remove(*films->findByTitleYear(QStringLiteral("Backstage"), std::nullopt));
    QCOMPARE(counts(), QStringLiteral("Echo Lake=0 Haut et Court=1 Paper Moon=2"));

    // A bulk write (an import: its new films are counted at its commit), which also changes
    // a film it added and one from before.
    const QByteArray csv = "title,companies\r\n"
                           "Backstage 4,Echo Lake; Silver Reel\r\n"
                           "Backstage 4,Silver Reel\r\n"
                           "Backstage 3,Echo Lake\r\n"
                           "Backstage 5,Echo Lake\r\n";
    ImportOptions options;
    options.onDuplicate = DuplicatePolicy::Update;
    const ImportReport report =
        CsvImporter(*catalog, options)
            .importFile(TestUtil::writeFile(dir, QStringLiteral("films.csv"), csv));
    QCOMPARE(report.failed, 0);
    QCOMPARE(counts(), QStringLiteral("Echo Lake=2 Haut et Court=1 Paper Moon=1 Silver Reel=1"));

    // A large import's mark left by a crash: its links are counted when the next open takes
    // the mark away.
    {
        Transaction t(*catalog);
        Sql::exec(catalog->database(),
                  QStringLiteral("INSERT INTO search_deferred (table_name, after_id) SELECT "
                                 "'films', max(id) FROM films"));
        film.title = QStringLiteral("Backstage 6");
        film.companies = {QStringLiteral("Silver Reel"), QStringLiteral("Zeno Films")};
        films->insert(film);
        t.commit();
    }
    QCOMPARE(counts(), QStringLiteral("Echo Lake=2 Haut et Court=1 Paper Moon=1 "
                                      "Silver Reel=stale Zeno Films=stale"));
    films.reset(); // its statements, before the connection closes
    catalog.reset();
    catalog = Catalog::open(path);
    QCOMPARE(counts(), QStringLiteral("Echo Lake=2 Haut et Court=1 Paper Moon=1 Silver Reel=2 "
                                      "Zeno Films=1"));

    // A link moved to another company by any other statement.
    Sql::exec(catalog->database(),
              QStringLiteral("UPDATE film_companies SET company_id = (SELECT id FROM companies "
                             "WHERE name = 'Echo Lake') WHERE company_id = (SELECT id FROM "
                             "companies WHERE name = 'Zeno Films')"));
    QCOMPARE(counts(), QStringLiteral("Echo Lake=3 Haut et Court=1 Paper Moon=1 Silver Reel=2 "
                                      "Zeno Films=0"));

    // The companies by their number of films read that index alone.
    QCOMPARE(TestUtil::queryPlan(catalog->database(),
                                 QStringLiteral("SELECT c.id FROM companies c ORDER BY "
                                                "c.film_count DESC, c.id DESC LIMIT 10")),
             QStringList{QStringLiteral("SCAN c USING COVERING INDEX companies_film_count")});
    QCOMPARE(TestUtil::queryPlan(catalog->database(),
                                 QStringLiteral("SELECT c.id FROM companies c ORDER BY c.notes "
                                                "COLLATE NOCASE, c.id LIMIT 10")),
             QStringList{QStringLiteral("SCAN c USING COVERING INDEX companies_notes")});
}

void TestSearchResults::invalidQueryIsRefusedWithItsPlace()
{
    TableQuery query(*m_catalog, Table::Films);
    QVERIFY(query.setFilter(QStringLiteral("year:1999")).isValid());
    const qint64 before = query.count();
    const SearchQuery bad = query.setFilter(QStringLiteral("year:1999 genre:"));
    QVERIFY(!bad.isValid());
    QCOMPARE(bad.error().position, 10);
    // The last valid search stays in force.
    QCOMPARE(query.filter(), QStringLiteral("year:1999"));
    QCOMPARE(query.count(), before);

    QVariantList binds;
    try {
        TableQuery::whereClause(Table::Films, QStringLiteral("(a"), {}, binds);
        QFAIL("an invalid search was taken");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Invalid);
        QVERIFY2(e.message().contains(QStringLiteral("column 1")), qPrintable(e.message()));
    }
}

void TestSearchResults::catalogFromBeforeSearchIsIndexedWhenUpgraded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        auto old = TestUtil::catalogAtSchema(path, 3);
        QCOMPARE(old->schemaVersion(), 3);
        Film film;
        film.title = QStringLiteral("Quercus");
        film.companies = {QStringLiteral("Acorn Pictures")};
        Transaction t(*old);
        const qint64 id = FilmRepository(*old).insert(film);
        Review review;
        review.filmId = id;
        review.quote = QStringLiteral("Sturdy.");
        review.originalScore = QStringLiteral("3/4");
        review.score = 75;
        ReviewRepository(*old).insert(review);
        t.commit();
    }
    auto catalog = Catalog::open(path);
    QVERIFY(catalog->schemaVersion() >= 4);
    TableQuery query(*catalog, Table::Films);
    for (const char *word : {"quercus", "acorn", "sturdy"}) {
        query.setFilter(QLatin1String(word));
        QCOMPARE(query.count(), 1);
    }
    // The critics' columns are filled for the reviews already there.
    QVERIFY(query.setFilter(QStringLiteral("critics:75 has:critics")).isValid());
    QCOMPARE(query.count(), 1);
}

void TestSearchResults::rowsAndPositionsAgreeUnderEverySort_data()
{
    QTest::addColumn<Table>("table");
    QTest::addColumn<int>("field");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("filter");
    // Reviews in their films' order (the title key each review keeps, a join with the films
    // for their years), by quote (the key of its first letters each keeps), by the score as
    // written and by score.
    for (const ReviewField f : {ReviewField::FilmTitle, ReviewField::FilmYear, ReviewField::Quote,
                                ReviewField::OriginalScore, ReviewField::Score, ReviewField::Url})
        for (const bool descending : {false, true})
            for (const char *filter : {"", "fog"})
                QTest::addRow("reviews by %s %s %s",
                              qPrintable(fieldsOf(Table::Reviews)[int(f)].name),
                              descending ? "down" : "up", filter)
                    << Table::Reviews << int(f) << descending << QString::fromLatin1(filter);
    // Every sortable column going up; both ways and filtered for each kind of sort key:
    // folded text, text ignoring case with NULLs, numbers with NULLs, a computed value.
    const QList<FieldInfo> &fields = fieldsOf(Table::Films);
    const QList<FilmField> kinds = {FilmField::Title,        FilmField::OriginalTitle,
                                    FilmField::Year,         FilmField::TmdbVoteAverage,
                                    FilmField::CriticsScore, FilmField::Genres};
    for (int f = 0; f < fields.size(); ++f) {
        if (!TableQuery::isSortable(Table::Films, f))
            continue;
        for (const bool descending : {false, true})
            for (const char *filter : {"", "river -year:<1960"}) {
                if ((descending || *filter) && !kinds.contains(FilmField(f)))
                    continue;
                QTest::addRow("%s %s %s", qPrintable(fields[f].name), descending ? "down" : "up",
                              filter)
                    << Table::Films << f << descending << QString::fromLatin1(filter);
            }
    }
}

void TestSearchResults::rowsAndPositionsAgreeUnderEverySort()
{
    QFETCH(Table, table);
    QFETCH(int, field);
    QFETCH(bool, descending);
    QFETCH(QString, filter);
    TableQuery query(*m_catalog, table);
    query.setSort(field, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    QVERIFY(query.setFilter(filter).isValid());
    const qint64 count = query.count();
    QVERIFY(count > 1000);
    // The whole order, read from the front.
    QList<qint64> order;
    QVariantList keys;
    QList<QVariantList> values;
    for (const TableQuery::Row &row : query.fetch(0, int(count))) {
        order.append(row.id);
        keys.append(row.values[field]);
        values.append(row.values);
    }
    QCOMPARE(order.size(), count);
    // The same rows, a batch at a time in one pass (as marquee-cli search writes them), all
    // of them or the first ones.
    for (const qint64 limit : {qint64(0), count / 2 + 7}) {
        QList<qint64> batched;
        QList<QVariantList> batchedValues;
        query.forEachBatch(limit, 333, [&](const QList<TableQuery::Row> &rows) {
            QVERIFY(!rows.isEmpty() && rows.size() <= 333);
            for (const TableQuery::Row &row : rows) {
                batched.append(row.id);
                batchedValues.append(row.values);
            }
        });
        const qint64 expected = limit ? limit : count;
        QCOMPARE(batched, order.mid(0, expected));
        QVERIFY(batchedValues == values.mid(0, expected));
    }
    if (table == Table::Reviews) {
        // The order itself, checked on the values shown: NULLs first going up.
        for (qsizetype i = 1; i < keys.size(); ++i) {
            const QVariant &a = descending ? keys[i] : keys[i - 1];
            const QVariant &b = descending ? keys[i - 1] : keys[i];
            if (a.isNull())
                continue;
            QVERIFY(!b.isNull());
            if (field == int(ReviewField::FilmYear) || field == int(ReviewField::Score))
                QVERIFY(a.toDouble() <= b.toDouble());
            else if (field == int(ReviewField::Quote)) // by its first 32 letters
                QVERIFY(a.toString().left(32).compare(b.toString().left(32), Qt::CaseInsensitive) <=
                        0);
            else if (field == int(ReviewField::OriginalScore))
                QVERIFY(a.toString().compare(b.toString(), Qt::CaseInsensitive) <= 0);
            else
                QVERIFY(foldedKey(a.toString()) <= foldedKey(b.toString()));
        }
    }
    if (table == Table::Films && fieldsOf(table)[field].kind == FieldKind::List) {
        // A list goes by its first three entries (names without the characters played),
        // compared one by one, ignoring case; empty lists first going up.
        const auto orderKey = [field](const QVariant &shown) {
            QStringList entries = shown.toString().split(QStringLiteral("; ")).mid(0, 3);
            for (QString &entry : entries) {
                if (field == int(FilmField::Cast) && entry.endsWith(u')'))
                    entry.truncate(entry.lastIndexOf(QStringLiteral(" (")));
                entry = foldedKey(entry);
            }
            return entries.join(QChar(0x1f));
        };
        QSet<QString> distinct;
        for (qsizetype i = 1; i < keys.size(); ++i) {
            distinct.insert(orderKey(keys[i]));
            const QString a = orderKey(keys[descending ? i : i - 1]);
            const QString b = orderKey(keys[descending ? i - 1 : i]);
            QVERIFY2(a <= b, qPrintable(keys[i - 1].toString() + u'/' + keys[i].toString()));
        }
        QVERIFY(distinct.size() > 3);
    }
    // Pages past the middle are read from the far end; they must be the same rows.
    for (const qint64 offset : {count - 100, count - 37, count / 2 + 1, qint64(0)}) {
        QList<qint64> page;
        for (const TableQuery::Row &row : query.fetch(offset, 100, count))
            page.append(row.id);
        QCOMPARE(page, order.mid(offset, 100));
    }
    // The first page of rows said to be many before they are counted: read along the
    // order's index (or, when that is slow, sorted), the same rows.
    for (const int budget : {60, 0}) {
        // With no time at all, the read along the index stops at once and the rows are sorted
        // instead: a full page still, never the rows read before the stop.
        query.setScanBudget(budget);
        QList<qint64> first;
        for (const TableQuery::Row &row : query.fetch(0, 100, -1, true))
            first.append(row.id);
        QCOMPARE(first, order.mid(0, 100));
    }
    // A few rows are placed by counting, many by numbering the whole order: both agree with
    // the order itself, NULLs and ties included.
    QList<qint64> few, many;
    for (const qint64 at : {qint64(0), count / 3, count / 2, count - 1})
        few.append(order[at]);
    few.append(-1); // not a film
    for (qint64 at = 0; at < count; at += count / 40)
        many.append(order[at]);
    for (const QList<qint64> &ids : {few, many}) {
        const QHash<qint64, qint64> positions = query.positionsOf(ids);
        for (const qint64 id : ids)
            QCOMPARE(positions.value(id, -1), qint64(order.indexOf(id)));
    }
}

QTEST_GUILESS_MAIN(TestSearchResults)
#include "tst_searchresults.moc"
