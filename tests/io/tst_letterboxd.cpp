#include "core/db/catalog.h"
#include "core/db/filmrepository.h"
#include "core/db/reviewrepository.h"
#include "core/io/formats.h"
#include "core/io/letterboxd.h"
#include "core/io/samplecatalog.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Marquee;

// A Letterboxd export from its folder or its .zip: ratings, watched dates, tags, the watchlist
// and the person's reviews, gathered per film.
class TestLetterboxd : public QObject
{
    Q_OBJECT

private slots:
    void everyFormOfTheExportImports_data();
    void everyFormOfTheExportImports();
    void filmsAlreadyThereTakeThePersonalData();
    void notAnExportIsRefused();
};

namespace {

const QString Base = QStringLiteral(MARQUEE_TEST_DATA "/letterboxd/");

Film film(Catalog &catalog, const char *title, int year)
{
    FilmRepository films(catalog);
    const auto id = films.findByTitleYear(QString::fromUtf8(title), year);
    return id ? films.find(*id).value() : Film();
}

} // namespace

void TestLetterboxd::everyFormOfTheExportImports_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("folder") << Base + QStringLiteral("letterboxd-anna-2024-03-01-10-00-utc");
    QTest::newRow("zip with a folder inside")
        << Base + QStringLiteral("letterboxd-anna-2024-03-01-10-00-utc.zip");
    QTest::newRow("zip with the files at its root") << Base + QStringLiteral("root-level.zip");
    // deleted/diary.csv and likes/reviews.csv come after the real ones and are not the person's.
    QTest::newRow("zip with the export's own folders")
        << Base + QStringLiteral("with-subfolders.zip");
}

void TestLetterboxd::everyFormOfTheExportImports()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    const FileFormat *format = detectImportFormat(path);
    QVERIFY(format);
    QCOMPARE(format->name, QStringLiteral("letterboxd"));
    const ImportReport report = format->importer(*catalog, {})->importFile(path);
    QVERIFY2(report.fatal.isEmpty(), qPrintable(report.fatal));
    QCOMPARE(report.imported, 4);
    QCOMPARE(report.failed, 2);
    const QString text = report.text();
    QVERIFY2(text.contains(QStringLiteral("ratings.csv:4: Year: \"19x7\" is not a year")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("diary.csv:5: Rating: \"7\" is not a rating of 0.5 to 5 "
                                          "stars")),
             qPrintable(text));

    const Film backstage = film(*catalog, "Backstage", 2005);
    QCOMPARE(backstage.myRating, 7.0); // ratings.csv: 3.5 stars, as rated now
    QCOMPARE(backstage.watchedOn, QDate(2024, 2, 14));
    // Every day of the diary, the rewatch too.
    QCOMPARE(backstage.viewings, (QList<QDate>{QDate(2023, 1, 9), QDate(2024, 2, 14)}));
    QCOMPARE(backstage.tags, (QStringList{"festival", "cinema", "rewatch"}));
    const QList<Review> reviews = ReviewRepository(*catalog).forFilm(backstage.id);
    QCOMPARE(reviews.size(), 1);
    QCOMPARE(reviews[0].critic, QStringLiteral("anna_b"));
    QCOMPARE(reviews[0].publication, QStringLiteral("Letterboxd"));
    QCOMPARE(reviews[0].quote,
             QStringLiteral("Seigner is magnetic; \"Lauren\" is the role of her life."));
    QCOMPARE(reviews[0].originalScore, QStringLiteral("★★★★"));
    QCOMPARE(reviews[0].score, 80.0);
    QCOMPARE(reviews[0].date, QDate(2024, 2, 14));
    QCOMPARE(reviews[0].url, QStringLiteral("https://boxd.it/r1"));

    const Film vivre = film(*catalog, "Vivre sa vie", 1962);
    QCOMPARE(vivre.myRating, 10.0);
    QCOMPARE(vivre.watchedOn, QDate(2023, 2, 1));
    const Film wings = film(*catalog, "Wings of Desire", 1987);
    QCOMPARE(wings.myRating, 9.0);
    QCOMPARE(wings.watchedOn, QDate(2023, 3, 4));
    QVERIFY(wings.tags.isEmpty()); // on the watchlist once, but watched since
    QVERIFY(!FilmRepository(*catalog).findByTitleYear(QStringLiteral("Deleted Film"), 1999));
    const Film tokyo = film(*catalog, "Tokyo Story", 1953);
    QCOMPARE(tokyo.tags, QStringList{"watchlist"});
    QVERIFY(!tokyo.watchedOn.isValid());

    // Again: nothing doubles.
    const ImportReport again = format->importer(*catalog, {})->importFile(path);
    QCOMPARE(again.updated, 4);
    QCOMPARE(FilmRepository(*catalog).count(), 4);
    QCOMPARE(ReviewRepository(*catalog).forFilm(backstage.id).size(), 1);
    QCOMPARE(film(*catalog, "Backstage", 2005).tags,
             (QStringList{"festival", "cinema", "rewatch"}));
    // The films updated in place are found by their new words, and by nothing they lost.
    QCOMPARE(TestUtil::filmSearchDifference(*catalog), QString());
}

void TestLetterboxd::filmsAlreadyThereTakeThePersonalData()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    loadSampleCatalog(*catalog);
    const Film before = film(*catalog, "Backstage", 2005);
    const ImportReport report =
        LetterboxdImporter(*catalog, {})
            .importFile(Base + QStringLiteral("letterboxd-anna-2024-03-01-10-00-utc"));
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.imported, 3);
    const Film after = film(*catalog, "Backstage", 2005);
    QCOMPARE(after.myRating, 7.0);
    QCOMPARE(after.synopsis, before.synopsis);
    QCOMPARE(after.companies, before.companies);
    QCOMPARE(after.relatedFilmIds, before.relatedFilmIds);
    QCOMPARE(ReviewRepository(*catalog).forFilm(after.id).size(), 21);
    QCOMPARE(TestUtil::filmSearchDifference(*catalog), QString());
}

void TestLetterboxd::notAnExportIsRefused()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    TestUtil::writeFile(dir, QStringLiteral("notes.txt"), "hello");
    const ImportReport report = LetterboxdImporter(*catalog, {}).importFile(dir.path());
    QVERIFY2(report.fatal.contains(QStringLiteral("is not a Letterboxd export")),
             qPrintable(report.fatal));
    const QString junk = TestUtil::writeFile(dir, QStringLiteral("junk.zip"), "not a zip at all");
    const ImportReport zip = LetterboxdImporter(*catalog, {}).importFile(junk);
    QVERIFY2(zip.fatal.contains(QStringLiteral("is not a ZIP archive")), qPrintable(zip.fatal));
    QCOMPARE(FilmRepository(*catalog).count(), 0);
}

QTEST_GUILESS_MAIN(TestLetterboxd)
#include "tst_letterboxd.moc"
