#include "core/db/catalog.h"
#include "core/db/companyrepository.h"
#include "core/db/filmrepository.h"
#include "core/db/reviewrepository.h"
#include "core/io/formats.h"
#include "core/io/samplecatalog.h"
#include "core/io/tmdbjson.h"
#include "testutil.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Marquee;

// TMDB movie details with and without the appended release dates, credits and providers.
class TestTmdbImport : public QObject
{
    Q_OBJECT

private slots:
    void aFullResponseGivesEveryField();
    void providersOfTheChosenCountry();
    void aPlainResponseImports();
    void aListReportsItsBadFilmsByLine();
    void updateKeepsWhatTheFileDoesNotKnow();
    void aListWithAByteOrderMarkAndAShort();
    void damagedFilesImportNothing_data();
    void damagedFilesImportNothing();
};

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(MARQUEE_TEST_DATA "/tmdb/") + QLatin1String(name);
}

Film onlyFilm(Catalog &catalog)
{
    FilmRepository films(catalog);
    const QList<qint64> ids = films.ids();
    return ids.size() == 1 ? films.find(ids.first()).value() : Film();
}

} // namespace

void TestTmdbImport::aFullResponseGivesEveryField()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    const FileFormat *format = detectImportFormat(fixture("backstage-2005.json"));
    QVERIFY(format);
    QCOMPARE(format->name, QStringLiteral("tmdb"));
    const ImportReport report =
        format->importer(*catalog, {})->importFile(fixture("backstage-2005.json"));
    QVERIFY2(report.fatal.isEmpty() && report.failed == 0, qPrintable(report.text()));
    QCOMPARE(report.imported, 1);

    const Film f = onlyFilm(*catalog);
    QCOMPARE(f.title, QStringLiteral("Backstage"));
    QVERIFY(f.originalTitle.isEmpty()); // the same as the title
    QCOMPARE(f.year, 2005);
    QCOMPARE(f.releaseDate, QDate(2005, 11, 16));
    QCOMPARE(f.runtimeMinutes, 112);
    QCOMPARE(f.status, FilmStatus::Released);
    QCOMPARE(f.type, FilmType::Movie);
    QCOMPARE(f.certification, QStringLiteral("NR")); // the US theatrical release's
    QCOMPARE(f.originalLanguage, QStringLiteral("fr"));
    QVERIFY(f.synopsis.startsWith(QStringLiteral("An adolescent groupie")));
    QCOMPARE(f.tmdbPopularity, 2.3646);
    QCOMPARE(f.tmdbVoteAverage, 5.173);
    QCOMPARE(f.tmdbVoteCount, 26);
    QCOMPARE(f.imdbId, QStringLiteral("tt0475289"));
    QCOMPARE(f.genres, (QStringList{"Drama", "Music"}));
    QCOMPARE(f.countries, QStringList{"FR"});
    QCOMPARE(f.companies, (QStringList{"Haut et Court", "ARTE France Cinéma", "StudioCanal"}));
    QCOMPARE(CompanyRepository(*catalog).findByName(QStringLiteral("StudioCanal"))->country,
             QStringLiteral("FR"));
    QCOMPARE(
        f.credits,
        (QList<Credit>{
            {CreditRole::Director, QStringLiteral("Emmanuelle Bercot"), {}},
            {CreditRole::Writer, QStringLiteral("Emmanuelle Bercot"), {}},
            {CreditRole::Writer, QStringLiteral("Jérôme Tonnerre"), {}},
            {CreditRole::Cast, QStringLiteral("Emmanuelle Seigner"), QStringLiteral("Lauren Waks")},
            {CreditRole::Cast, QStringLiteral("Isild Le Besco"), QStringLiteral("Lucie")},
            {CreditRole::Cast, QStringLiteral("Noémie Lvovsky"), {}}}));
    QCOMPARE(f.providers, (QList<WatchProvider>{{QStringLiteral("Kanopy"), WatchOffer::Stream},
                                                {QStringLiteral("Tubi TV"), WatchOffer::Free},
                                                {QStringLiteral("Apple TV"), WatchOffer::Rent},
                                                {QStringLiteral("Apple TV"), WatchOffer::Buy}}));
}

void TestTmdbImport::providersOfTheChosenCountry()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    ImportOptions options;
    options.providerCountry = QStringLiteral("FR");
    TmdbImporter(*catalog, options).importFile(fixture("backstage-2005.json"));
    QCOMPARE(onlyFilm(*catalog).providers,
             (QList<WatchProvider>{{QStringLiteral("Canal+"), WatchOffer::Stream}}));
}

void TestTmdbImport::aPlainResponseImports()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    const ImportReport report =
        TmdbImporter(*catalog, {}).importFile(fixture("plain-response.json"));
    QCOMPARE(report.imported, 1);
    const Film f = onlyFilm(*catalog);
    QCOMPARE(f.year, 2000);
    QCOMPARE(f.type, FilmType::Documentary);
    QVERIFY(f.imdbId.isEmpty());
    QVERIFY(f.credits.isEmpty());
    QVERIFY(f.certification.isEmpty());
    QCOMPARE(f.countries, QStringList{"US"});
}

void TestTmdbImport::aListReportsItsBadFilmsByLine()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    const QString file = fixture("two-films.json");
    QCOMPARE(detectImportFormat(file)->name, QStringLiteral("tmdb"));
    const ImportReport report = TmdbImporter(*catalog, {}).importFile(file);
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.failed, 2);
    QCOMPARE(report.issues.size(), 2);
    QCOMPARE(report.issues[0].line, 3);
    QCOMPARE(report.issues[0].field, QStringLiteral("title"));
    QCOMPARE(report.issues[1].line, 4);
    QCOMPARE(report.issues[1].field, QStringLiteral("vote_average"));
    QVERIFY(report.text().contains(
        QStringLiteral("two-films.json:4: vote_average: expected a number, found \"high\"")));
    FilmRepository films(*catalog);
    QCOMPARE(films.find(*films.findByTitleYear(QStringLiteral("Parents"), 1989))->type,
             FilmType::TvMovie);
}

void TestTmdbImport::updateKeepsWhatTheFileDoesNotKnow()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    loadSampleCatalog(*catalog);
    FilmRepository films(*catalog);
    const qint64 id = *films.findByTitleYear(QStringLiteral("Backstage"), 2005);
    Film mine = films.find(id).value();
    mine.myRating = 7;
    mine.notes = QStringLiteral("Seen at the festival");
    films.update(mine);
    const qint64 reviews = ReviewRepository(*catalog).count();

    ImportOptions options;
    options.onDuplicate = DuplicatePolicy::Update;
    const ImportReport report =
        TmdbImporter(*catalog, options).importFile(fixture("backstage-2005.json"));
    QCOMPARE(report.updated, 1);
    QCOMPARE(films.count(), 16);
    const Film f = films.find(id).value();
    QCOMPARE(f.myRating, 7.0);
    QCOMPARE(f.notes, QStringLiteral("Seen at the festival"));
    QCOMPARE(f.imdbId, QStringLiteral("tt0475289"));
    QCOMPARE(f.certification, QStringLiteral("NR"));
    QCOMPARE(f.credits.size(), 6);
    QCOMPARE(ReviewRepository(*catalog).count(), reviews);
    QCOMPARE(f.relatedFilmIds.size(), 14);

    // Skipped by default, and said so.
    const ImportReport again =
        TmdbImporter(*catalog, {}).importFile(fixture("backstage-2005.json"));
    QCOMPARE(again.skipped, 1);
    QVERIFY(again.text().contains(QStringLiteral("already in the catalog")));
}

void TestTmdbImport::aListWithAByteOrderMarkAndAShort()
{
    QTemporaryDir dir;
    const QString file = TestUtil::writeFile(
        dir, QStringLiteral("list.json"),
        "\xEF\xBB\xBF[{\"title\": \"The Lunch Date\", \"original_title\": \"The Lunch Date\", "
        "\"release_date\": \"1990-05-01\", \"runtime\": 10, \"vote_average\": 7.4, "
        "\"vote_count\": 30}]");
    QCOMPARE(detectImportFormat(file)->name, QStringLiteral("tmdb"));
    auto catalog = TestUtil::newCatalog(dir);
    const ImportReport report = TmdbImporter(*catalog, {}).importFile(file);
    QCOMPARE(report.imported, 1);
    QCOMPARE(onlyFilm(*catalog).type, FilmType::Short); // 40 minutes or less
    QCOMPARE(TmdbImporter::preview(file, 5).films, 1);
}

void TestTmdbImport::damagedFilesImportNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QByteArray full = TestUtil::readFile(fixture("backstage-2005.json"));
    QTest::newRow("cut") << full.left(full.indexOf("\"credits\""))
                         << "in.json:41: the file is not valid JSON: unterminated object";
    QByteArray list = TestUtil::readFile(fixture("two-films.json"));
    QTest::newRow("cut list") << list.left(list.indexOf("Akira"))
                              << "in.json:5: the file is damaged: the text that starts here has "
                                 "no closing quote";
}

void TestTmdbImport::damagedFilesImportNothing()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    QBuffer buffer(&json);
    buffer.open(QIODevice::ReadOnly);
    const ImportReport report =
        TmdbImporter(*catalog, {}).import(&buffer, QStringLiteral("in.json"));
    QVERIFY2(report.fatal.startsWith(message), qPrintable(report.fatal));
    QCOMPARE(FilmRepository(*catalog).count(), 0);
    QCOMPARE(report.imported, 0);
}

QTEST_GUILESS_MAIN(TestTmdbImport)
#include "tst_tmdbimport.moc"
