#include "core/db/catalog.h"
#include "core/db/companyrepository.h"
#include "core/db/filmrepository.h"
#include "core/db/reviewrepository.h"
#include "core/domain/error.h"
#include "testutil.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Marquee;

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void filmIsStoredWithEveryFieldAndLink();
    void updateIncrementsRowVersion();
    void staleUpdateIsAConflictAndChangesNothing();
    void updateOfADeletedFilmIsAConflict();
    void deletingAFilmDeletesItsReviewsAndLinks();
    void deletingAUsedCompanyIsRefusedWithTheFilmCount();
    void companyNamesAreUniqueIgnoringCase();
    void invalidFilmIsRefusedAndNothingIsWritten();
    void databaseEnforcesItsRules_data();
    void databaseEnforcesItsRules();
    void duplicatesAreFoundByImdbIdOrTitleAndYear();
    void posterIsStoredApart();
    void criticsScoreAveragesScoredReviews();

private:
    qint64 countRows(const QString &table);
    Film fullFilm();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = TestUtil::newCatalog(*m_dir);
}

void TestRepositories::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

qint64 TestRepositories::countRows(const QString &table)
{
    QSqlQuery q(m_catalog->database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

Film TestRepositories::fullFilm()
{
    Film f;
    f.title = QStringLiteral("Backstage");
    f.originalTitle = QStringLiteral("Backstage");
    f.year = 2005;
    f.releaseDate = QDate(2005, 11, 16);
    f.runtimeMinutes = 112;
    f.status = FilmStatus::Released;
    f.type = FilmType::Movie;
    f.certification = QStringLiteral("PG-13");
    f.originalLanguage = QStringLiteral("fr");
    f.synopsis = QStringLiteral("An adolescent groupie zeroes in on her idol.\nSecond line.");
    f.tmdbPopularity = 2.3646;
    f.tmdbVoteAverage = 5.173;
    f.tmdbVoteCount = 26;
    f.imdbId = QStringLiteral("tt0456123");
    f.imdbRating = 5.9;
    f.imdbVotes = 1200;
    f.metascore = 55;
    f.myRating = 7.5;
    f.watchedOn = QDate(2024, 3, 1);
    f.notes = QStringLiteral("seen at a festival");
    f.countries = {QStringLiteral("FR"), QStringLiteral("BE")};
    f.genres = {QStringLiteral("Drama"), QStringLiteral("Music")};
    f.companies = {QStringLiteral("Haut et Court"), QStringLiteral("ARTE France Cinéma"),
                   QStringLiteral("StudioCanal")};
    f.providers = {{QStringLiteral("Vudu"), WatchOffer::Rent},
                   {QStringLiteral("Vudu"), WatchOffer::Buy}};
    return f;
}

void TestRepositories::filmIsStoredWithEveryFieldAndLink()
{
    FilmRepository films(*m_catalog);
    Film other;
    other.title = QStringLiteral("Perfect Sense");
    other.year = 2011;
    const qint64 otherId = films.insert(other);

    Film film = fullFilm();
    film.relatedFilmIds = {otherId};
    const qint64 id = films.insert(film);
    const auto stored = films.find(id);
    QVERIFY(stored);
    QVERIFY(stored->createdAt.isValid());
    QCOMPARE(stored->rowVersion, 1);
    Film expected = film;
    expected.id = id;
    expected.createdAt = stored->createdAt;
    expected.updatedAt = stored->updatedAt;
    expected.rowVersion = 1;
    QCOMPARE(stored->companies, expected.companies);
    QCOMPARE(stored->providers, expected.providers);
    QCOMPARE(stored->relatedFilmIds, expected.relatedFilmIds);
    QVERIFY(*stored == expected);
}

void TestRepositories::updateIncrementsRowVersion()
{
    FilmRepository films(*m_catalog);
    const qint64 id = films.insert(fullFilm());
    Film film = films.find(id).value();
    film.runtimeMinutes = 113;
    film.companies = {QStringLiteral("StudioCanal")};
    QCOMPARE(films.update(film), 2);
    const Film stored = films.find(id).value();
    QCOMPARE(stored.rowVersion, 2);
    QCOMPARE(stored.runtimeMinutes, 113);
    QCOMPARE(stored.companies, QStringList{QStringLiteral("StudioCanal")});
}

void TestRepositories::staleUpdateIsAConflictAndChangesNothing()
{
    FilmRepository films(*m_catalog);
    const qint64 id = films.insert(fullFilm());
    Film first = films.find(id).value();
    Film second = first;
    first.notes = QStringLiteral("first writer");
    films.update(first);
    second.notes = QStringLiteral("second writer");
    try {
        films.update(second);
        QFAIL("a stale update was accepted");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
        QVERIFY(e.message().contains(QStringLiteral("changed elsewhere")));
    }
    QCOMPARE(films.find(id)->notes, QStringLiteral("first writer"));
}

void TestRepositories::updateOfADeletedFilmIsAConflict()
{
    FilmRepository films(*m_catalog);
    const qint64 id = films.insert(fullFilm());
    const Film film = films.find(id).value();
    films.remove(id);
    try {
        films.update(film);
        QFAIL("an update of a deleted film was accepted");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
        QVERIFY(e.message().contains(QStringLiteral("deleted")));
    }
    QCOMPARE(films.count(), 0);
}

void TestRepositories::deletingAFilmDeletesItsReviewsAndLinks()
{
    FilmRepository films(*m_catalog);
    ReviewRepository reviews(*m_catalog);
    Film other;
    other.title = QStringLiteral("Inside Out");
    const qint64 otherId = films.insert(other);
    Film film = fullFilm();
    film.relatedFilmIds = {otherId};
    const qint64 id = films.insert(film);
    films.setPoster(id, QByteArray("\x89PNG...", 7), QStringLiteral("image/png"));
    for (int i = 0; i < 3; ++i) {
        Review r;
        r.filmId = id;
        r.quote = QStringLiteral("Quote %1").arg(i);
        reviews.insert(r);
    }
    QCOMPARE(films.reviewCount(id), 3);
    films.remove(id);
    for (const char *table : {"reviews", "film_companies", "film_countries", "film_genres",
                              "watch_providers", "related_films", "film_posters"})
        QCOMPARE(countRows(QLatin1String(table)), 0);
    QCOMPARE(countRows(QStringLiteral("companies")), 3); // companies outlive their films
    QCOMPARE(films.count(), 1);
}

void TestRepositories::deletingAUsedCompanyIsRefusedWithTheFilmCount()
{
    FilmRepository films(*m_catalog);
    CompanyRepository companies(*m_catalog);
    Film a = fullFilm();
    films.insert(a);
    a.title = QStringLiteral("Backstage 2");
    films.insert(a);
    const qint64 id = companies.findByName(QStringLiteral("studiocanal"))->id;
    try {
        companies.remove(id);
        QFAIL("a used company was deleted");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::InUse);
        QVERIFY2(e.message().contains(QStringLiteral("used by 2 films")), qPrintable(e.message()));
    }
    QVERIFY(companies.find(id));
    Company unused;
    unused.name = QStringLiteral("Unused Pictures");
    const qint64 unusedId = companies.insert(unused);
    companies.remove(unusedId);
    QVERIFY(!companies.find(unusedId));
}

void TestRepositories::companyNamesAreUniqueIgnoringCase()
{
    CompanyRepository companies(*m_catalog);
    Company c;
    c.name = QStringLiteral("ARTE France Cinéma");
    companies.insert(c);
    c.name = QStringLiteral("arte france CINÉMA");
    QVERIFY_THROWS_EXCEPTION(Error, companies.insert(c));
    QCOMPARE(companies.count(), 1);
    QCOMPARE(companies.ensure(QStringLiteral("Arte France Cinéma")),
             companies.findByName(QStringLiteral("ARTE FRANCE CINÉMA"))->id);
    QCOMPARE(companies.count(), 1);
}

void TestRepositories::invalidFilmIsRefusedAndNothingIsWritten()
{
    FilmRepository films(*m_catalog);
    Film film = fullFilm();
    film.year = 1700;
    film.metascore = 140;
    try {
        films.insert(film);
        QFAIL("an invalid film was stored");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::Invalid);
        QVERIFY(e.message().contains(QStringLiteral("year")));
        QVERIFY(e.message().contains(QStringLiteral("metascore")));
    }
    QCOMPARE(films.count(), 0);
    QCOMPARE(countRows(QStringLiteral("companies")), 0);
}

void TestRepositories::databaseEnforcesItsRules_data()
{
    QTest::addColumn<QString>("sql");
    const QString film =
        QStringLiteral("INSERT INTO films (title, title_key, %1) VALUES ('X', 'x', %2)");
    QTest::newRow("empty title") << QStringLiteral(
        "INSERT INTO films (title, title_key) VALUES (' ', ' ')");
    QTest::newRow("year 1800") << film.arg(QStringLiteral("year"), QStringLiteral("1800"));
    QTest::newRow("bad date") << film.arg(QStringLiteral("release_date"),
                                          QStringLiteral("'2005-13-45'"));
    QTest::newRow("runtime 0") << film.arg(QStringLiteral("runtime_minutes"), QStringLiteral("0"));
    QTest::newRow("unknown status") << film.arg(QStringLiteral("status"), QStringLiteral("'Done'"));
    QTest::newRow("unknown type") << film.arg(QStringLiteral("type"), QStringLiteral("'series'"));
    QTest::newRow("language") << film.arg(QStringLiteral("original_language"),
                                          QStringLiteral("'FRA'"));
    QTest::newRow("imdb id") << film.arg(QStringLiteral("imdb_id"), QStringLiteral("'tt12x4567'"));
    QTest::newRow("metascore 200") << film.arg(QStringLiteral("metascore"), QStringLiteral("200"));
    QTest::newRow("vote average 11")
        << film.arg(QStringLiteral("tmdb_vote_average"), QStringLiteral("11"));
    QTest::newRow("review of no film")
        << QStringLiteral("INSERT INTO reviews (film_id, quote) VALUES (999, 'q')");
    QTest::newRow("review score 120")
        << QStringLiteral("INSERT INTO reviews (film_id, score) VALUES (1, 120)");
    QTest::newRow("bad offer") << QStringLiteral(
        "INSERT INTO watch_providers VALUES (1, 'Vudu', 'lend', 0)");
    QTest::newRow("self related") << QStringLiteral("INSERT INTO related_films VALUES (1, 1, 0)");
    QTest::newRow("lower-case country")
        << QStringLiteral("INSERT INTO film_countries VALUES (1, 'fr', 0)");
}

void TestRepositories::databaseEnforcesItsRules()
{
    QFETCH(QString, sql);
    Film film;
    film.title = QStringLiteral("Anchor");
    QCOMPARE(FilmRepository(*m_catalog).insert(film), 1);
    QSqlQuery q(m_catalog->database());
    QVERIFY2(!q.exec(sql), qPrintable(sql));
}

void TestRepositories::duplicatesAreFoundByImdbIdOrTitleAndYear()
{
    FilmRepository films(*m_catalog);
    const qint64 id = films.insert(fullFilm());
    Film probe;
    probe.title = QStringLiteral("BACKSTAGE");
    probe.year = 2005;
    QCOMPARE(films.findDuplicate(probe), id);
    probe.year = 2000;
    QVERIFY(!films.findDuplicate(probe));
    probe.title = QStringLiteral("Another title");
    probe.imdbId = QStringLiteral("tt0456123");
    QCOMPARE(films.findDuplicate(probe), id);
}

void TestRepositories::posterIsStoredApart()
{
    FilmRepository films(*m_catalog);
    const qint64 id = films.insert(fullFilm());
    QVERIFY(films.poster(id).isEmpty());
    const QByteArray png("\x89PNG\r\n\x1a\nrest", 12);
    films.setPoster(id, png, QStringLiteral("image/png"));
    QString mime;
    QCOMPARE(films.poster(id, &mime), png);
    QCOMPARE(mime, QStringLiteral("image/png"));
    films.removePoster(id);
    QVERIFY(films.poster(id).isEmpty());
}

void TestRepositories::criticsScoreAveragesScoredReviews()
{
    FilmRepository films(*m_catalog);
    ReviewRepository reviews(*m_catalog);
    const qint64 id = films.insert(fullFilm());
    for (const auto &score :
         {std::optional<double>(50), std::optional<double>(), std::optional<double>(87.5)}) {
        Review r;
        r.filmId = id;
        r.quote = QStringLiteral("q");
        r.score = score;
        reviews.insert(r);
    }
    const CriticsScore critics = reviews.criticsScore(id);
    QCOMPARE(critics.count, 2);
    QCOMPARE(*critics.mean, 68.8);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
