#include "core/db/catalog.h"
#include "core/db/companyrepository.h"
#include "core/db/filmrepository.h"
#include "core/db/reviewrepository.h"
#include "core/io/samplecatalog.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Marquee;

class TestSampleCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void holdsExactlySixteenFilms();
    void backstage2005HasItsPageFacts();
    void backstage2005HasItsTwentyReviews();
    void backstage2005LinksItsRelatedFilmsInPageOrder();
    void backstage2000HasItsGuideFacts();
    void loadingTwiceAddsNothing();

private:
    Film film(int year);

    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestSampleCatalog::initTestCase()
{
    m_catalog = TestUtil::newCatalog(m_dir);
    const SampleResult result = loadSampleCatalog(*m_catalog);
    QCOMPARE(result.added, 16);
    QCOMPARE(result.present, 0);
}

void TestSampleCatalog::cleanupTestCase()
{
    m_catalog.reset();
}

Film TestSampleCatalog::film(int year)
{
    FilmRepository films(*m_catalog);
    const auto id = films.findByTitleYear(QStringLiteral("Backstage"), year);
    if (!id)
        return {};
    return films.find(*id).value();
}

void TestSampleCatalog::holdsExactlySixteenFilms()
{
    QCOMPARE(FilmRepository(*m_catalog).count(), 16);
    QCOMPARE(ReviewRepository(*m_catalog).count(), 20);
    QCOMPARE(CompanyRepository(*m_catalog).count(), 3);
    QCOMPARE(m_catalog->check(), QStringList());
}

void TestSampleCatalog::backstage2005HasItsPageFacts()
{
    const Film f = film(2005);
    QCOMPARE(f.title, QStringLiteral("Backstage"));
    QCOMPARE(f.releaseDate, QDate(2005, 11, 16));
    QCOMPARE(f.countries, QStringList{QStringLiteral("FR")});
    QCOMPARE(f.companies,
             (QStringList{QStringLiteral("Haut et Court"), QStringLiteral("ARTE France Cinéma"),
                          QStringLiteral("StudioCanal")}));
    QCOMPARE(f.status, FilmStatus::Released);
    QCOMPARE(f.runtimeMinutes, 112);
    QCOMPARE(f.tmdbPopularity, 2.3646);
    QCOMPARE(f.tmdbVoteAverage, 5.173);
    QCOMPARE(f.tmdbVoteCount, 26);
    QVERIFY(f.synopsis.startsWith(
        QStringLiteral("An adolescent groupie zeroes in on her Blondie-like idol")));
    QVERIFY(f.synopsis.endsWith(QStringLiteral("both sides of celebrity culture.")));
}

void TestSampleCatalog::backstage2005HasItsTwentyReviews()
{
    const Film f = film(2005);
    ReviewRepository reviewRepo(*m_catalog);
    const QList<Review> reviews = reviewRepo.forFilm(f.id);
    QCOMPARE(reviews.size(), 20);
    int written = 0;
    for (const Review &r : reviews) {
        QVERIFY(r.date.isValid());
        QVERIFY(!r.quote.isEmpty());
        if (!r.originalScore.isEmpty()) {
            ++written;
            QVERIFY2(r.score, qPrintable(r.originalScore));
        }
    }
    QCOMPARE(written, 14);
    QCOMPARE(reviews.first().date, QDate(2007, 1, 11));
    QCOMPARE(reviews.first().originalScore, QStringLiteral("C"));
    QCOMPARE(*reviews.first().score, 50.0);
    QVERIFY(reviews.first().quote.startsWith(QStringLiteral("My problem is with Isild Le Besco")));
    QCOMPARE(reviews.last().date, QDate(2006, 12, 28));
    QVERIFY(reviews.last().quote.contains(QStringLiteral("All About Eve")));
    QCOMPARE(reviews[18].originalScore, QStringLiteral("3.5/4"));
    QCOMPARE(*reviews[18].score, 87.5);
    const CriticsScore critics = reviewRepo.criticsScore(f.id);
    QCOMPARE(critics.count, 14);
    QCOMPARE(*critics.mean, 61.8); // 864.5 / 14
}

void TestSampleCatalog::backstage2005LinksItsRelatedFilmsInPageOrder()
{
    const Film f = film(2005);
    FilmRepository films(*m_catalog);
    QCOMPARE(f.relatedFilmIds.size(), 14);
    const QList<std::tuple<QString, int, double>> expected = {
        {QStringLiteral("Perfect Sense"), 2011, 6.867},
        {QStringLiteral("The Cider House Rules"), 1999, 7.1},
        {QStringLiteral("Time Freak"), 2018, 6.699},
        {QStringLiteral("Dead Poets Society"), 1989, 8.3},
        {QStringLiteral("Oppenheimer"), 2023, 8.0},
        {QStringLiteral("Inside Out"), 2015, 7.91},
        {QStringLiteral("The Truman Show"), 1998, 8.148},
        {QStringLiteral("Shutter Island"), 2010, 8.201},
        {QStringLiteral("Ex Machina"), 2015, 7.571},
        {QStringLiteral("The Shawshank Redemption"), 1994, 8.712},
        {QStringLiteral("Jojo Rabbit"), 2019, 7.996},
        {QStringLiteral("Green Book"), 2018, 8.225},
        {QStringLiteral("Dune: Part Two"), 2024, 8.1},
        {QStringLiteral("Once Upon a Time... in Hollywood"), 2019, 7.426},
    };
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Film related = films.find(f.relatedFilmIds[i]).value();
        QCOMPARE(related.title, std::get<0>(expected[i]));
        QCOMPARE(related.year, std::get<1>(expected[i]));
        QCOMPARE(related.tmdbVoteAverage, std::get<2>(expected[i]));
    }
}

void TestSampleCatalog::backstage2000HasItsGuideFacts()
{
    const Film f = film(2000);
    QCOMPARE(f.certification, QStringLiteral("R"));
    QCOMPARE(f.runtimeMinutes, 86);
    QCOMPARE(f.imdbRating, 5.7);
    QCOMPARE(f.imdbVotes, 347);
    QCOMPARE(f.metascore, 29);
    QCOMPARE(f.originalLanguage, QStringLiteral("en"));
    QCOMPARE(f.type, FilmType::Documentary);
    QVERIFY(f.synopsis.startsWith(QStringLiteral("Backstage is a hip-hop documentary film")));
    QVERIFY(f.synopsis.contains(QStringLiteral("Hard Knock Life Tour")));
    QStringList providers;
    for (const WatchProvider &p : f.providers) {
        if (!providers.contains(p.provider))
            providers.append(p.provider);
    }
    QCOMPARE(providers, (QStringList{QStringLiteral("Apple TV"), QStringLiteral("Amazon"),
                                     QStringLiteral("Google Play"), QStringLiteral("Vudu")}));
}

void TestSampleCatalog::loadingTwiceAddsNothing()
{
    const SampleResult again = loadSampleCatalog(*m_catalog);
    QCOMPARE(again.added, 0);
    QCOMPARE(again.present, 16);
    QCOMPARE(FilmRepository(*m_catalog).count(), 16);
    QCOMPARE(ReviewRepository(*m_catalog).count(), 20);
}

QTEST_GUILESS_MAIN(TestSampleCatalog)
#include "tst_samplecatalog.moc"
