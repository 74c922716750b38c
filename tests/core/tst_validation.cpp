#include "core/domain/company.h"
#include "core/domain/film.h"
#include "core/domain/review.h"
#include "core/domain/validation.h"

#include <QTest>

#include <functional>

using namespace Marquee;

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void filmRules_data();
    void filmRules();
    void aValidFilmHasNoErrors();
    void companyRules();
    void reviewRules();
    void countryAndLanguageCodes();
};

using FilmChange = std::function<void(Film &)>;

void TestValidation::filmRules_data()
{
    QTest::addColumn<FilmChange>("change");
    QTest::addColumn<QString>("field"); // empty: the change is valid

    QTest::newRow("empty title") << FilmChange([](Film &f) { f.title = QStringLiteral("  "); })
                                 << "title";
    QTest::newRow("year 1869") << FilmChange([](Film &f) { f.year = 1869; }) << "year";
    QTest::newRow("year 1870") << FilmChange([](Film &f) { f.year = 1870; }) << "";
    QTest::newRow("year 2100") << FilmChange([](Film &f) { f.year = 2100; }) << "";
    QTest::newRow("year 2101") << FilmChange([](Film &f) { f.year = 2101; }) << "year";
    QTest::newRow("runtime 0") << FilmChange([](Film &f) { f.runtimeMinutes = 0; })
                               << "runtime_minutes";
    QTest::newRow("runtime 1500") << FilmChange([](Film &f) { f.runtimeMinutes = 1500; }) << "";
    QTest::newRow("runtime 1501") << FilmChange([](Film &f) { f.runtimeMinutes = 1501; })
                                  << "runtime_minutes";
    QTest::newRow("language FR") << FilmChange([](Film &f) {
        f.originalLanguage = QStringLiteral("FR");
    }) << "original_language";
    QTest::newRow("language xx") << FilmChange([](Film &f) {
        f.originalLanguage = QStringLiteral("xx");
    }) << "original_language";
    QTest::newRow("language fr") << FilmChange([](Film &f) {
        f.originalLanguage = QStringLiteral("fr");
    }) << "";
    QTest::newRow("vote average 10.1")
        << FilmChange([](Film &f) { f.tmdbVoteAverage = 10.1; }) << "tmdb_vote_average";
    QTest::newRow("negative popularity")
        << FilmChange([](Film &f) { f.tmdbPopularity = -1; }) << "tmdb_popularity";
    QTest::newRow("negative votes")
        << FilmChange([](Film &f) { f.imdbVotes = -3; }) << "imdb_votes";
    QTest::newRow("imdb id without tt")
        << FilmChange([](Film &f) { f.imdbId = QStringLiteral("0111161"); }) << "imdb_id";
    QTest::newRow("imdb id short")
        << FilmChange([](Film &f) { f.imdbId = QStringLiteral("tt123"); }) << "imdb_id";
    QTest::newRow("imdb id ok") << FilmChange([](Film &f) {
        f.imdbId = QStringLiteral("tt0111161");
    }) << "";
    QTest::newRow("imdb rating 11")
        << FilmChange([](Film &f) { f.imdbRating = 11; }) << "imdb_rating";
    QTest::newRow("metascore 101") << FilmChange([](Film &f) { f.metascore = 101; }) << "metascore";
    QTest::newRow("my rating -1") << FilmChange([](Film &f) { f.myRating = -1; }) << "my_rating";
    QTest::newRow("country fr") << FilmChange([](Film &f) { f.countries = {QStringLiteral("fr")}; })
                                << "countries";
    QTest::newRow("country ZZ") << FilmChange([](Film &f) { f.countries = {QStringLiteral("ZZ")}; })
                                << "countries";
    QTest::newRow("company with ;")
        << FilmChange([](Film &f) { f.companies = {QStringLiteral("A; B")}; }) << "companies";
    QTest::newRow("empty genre") << FilmChange([](Film &f) { f.genres = {QString()}; }) << "genres";
}

void TestValidation::filmRules()
{
    QFETCH(FilmChange, change);
    QFETCH(QString, field);
    Film film;
    film.title = QStringLiteral("Backstage");
    change(film);
    const FieldErrors errors = validate(film);
    if (field.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(joinErrors(errors)));
    } else {
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, field);
        QVERIFY(!errors.first().message.isEmpty());
    }
}

void TestValidation::aValidFilmHasNoErrors()
{
    Film film;
    film.title = QStringLiteral("Backstage");
    film.year = 2005;
    film.releaseDate = QDate(2005, 11, 16);
    film.runtimeMinutes = 112;
    film.status = FilmStatus::Released;
    film.countries = {QStringLiteral("FR")};
    film.companies = {QStringLiteral("Haut et Court")};
    film.tmdbVoteAverage = 5.173;
    QVERIFY(validate(film).isEmpty());
}

void TestValidation::companyRules()
{
    Company company;
    QCOMPARE(validate(company).first().field, QStringLiteral("name"));
    company.name = QStringLiteral("StudioCanal");
    QVERIFY(validate(company).isEmpty());
    company.country = QStringLiteral("France");
    QCOMPARE(validate(company).first().field, QStringLiteral("country"));
    company.country = QStringLiteral("FR");
    QVERIFY(validate(company).isEmpty());
}

void TestValidation::reviewRules()
{
    Review review;
    review.filmId = 1;
    QCOMPARE(validate(review).first().field, QStringLiteral("quote")); // nothing in it
    review.quote = QStringLiteral("A creepy look.");
    QVERIFY(validate(review).isEmpty());
    review.score = 101;
    QCOMPARE(validate(review).first().field, QStringLiteral("score"));
    review.score = 75;
    review.url = QStringLiteral("not a url");
    QCOMPARE(validate(review).first().field, QStringLiteral("url"));
    review.url = QStringLiteral("https://example.org/review");
    QVERIFY(validate(review).isEmpty());
}

void TestValidation::countryAndLanguageCodes()
{
    QVERIFY(isCountryCode(u"FR"));
    QVERIFY(!isCountryCode(u"fr"));
    QCOMPARE(countryCodeFor(u"France"), QStringLiteral("FR"));
    QCOMPARE(countryCodeFor(u"fr"), QStringLiteral("FR"));
    QCOMPARE(countryCodeFor(u"USA"), QStringLiteral("US"));
    QCOMPARE(countryCodeFor(u"Atlantis"), QString());
    QCOMPARE(languageCodeFor(u"English"), QStringLiteral("en"));
    QCOMPARE(languageCodeFor(u"FR"), QStringLiteral("fr"));
    QCOMPARE(countryName(u"FR"), QStringLiteral("France"));
    QCOMPARE(languageName(u"en"), QStringLiteral("English"));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
