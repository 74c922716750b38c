#include "core/db/catalog.h"
#include "core/db/filmrepository.h"
#include "core/io/formats.h"
#include "core/io/imdbcsv.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Marquee;

// IMDb's ratings and list exports of every header generation, from fixture files.
class TestImdbImport : public QObject
{
    Q_OBJECT

private slots:
    void everyHeaderGenerationImports_data();
    void everyHeaderGenerationImports();
    void filmsAreReadWithEveryColumn();
    void theImdbIdFindsTheFilmAgain();
    void aTruncatedExportKeepsItsWholeRows();
};

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(MARQUEE_TEST_DATA "/imdb/") + QLatin1String(name);
}

Film filmWithImdbId(Catalog &catalog, const QString &imdbId)
{
    FilmRepository films(catalog);
    Film probe;
    probe.title = QStringLiteral("?");
    probe.imdbId = imdbId;
    const auto id = films.findDuplicate(probe);
    return id ? films.find(*id).value_or(Film()) : Film();
}

} // namespace

void TestImdbImport::everyHeaderGenerationImports_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("imported");
    QTest::addColumn<QStringList>("issues"); // "line field: message start"

    QTest::newRow("ratings, 2017 headers")
        << fixture("ratings-2017.csv") << 4 << QStringList{"4 : a tvSeries is not a film"};
    QTest::newRow("ratings, 2023 headers with the original title")
        << fixture("ratings-2023.csv") << 3
        << QStringList{"5 : a TV Episode is not a film",
                       "6 release_date: \"not a date\" is not a date IMDb writes"};
    QTest::newRow("list, 2023 headers") << fixture("list-2023.csv") << 3 << QStringList{};
    QTest::newRow("list, 2012 headers in Windows-1252")
        << fixture("list-2012-windows-1252.csv") << 3
        << QStringList{"4 : a TV Series is not a film"};
}

void TestImdbImport::everyHeaderGenerationImports()
{
    QFETCH(QString, file);
    QFETCH(int, imported);
    QFETCH(QStringList, issues);
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);

    const FileFormat *format = detectImportFormat(file);
    QVERIFY(format);
    QCOMPARE(format->name, QStringLiteral("imdb"));
    const ImportReport report = format->importer(*catalog, {})->importFile(file);
    QVERIFY2(report.fatal.isEmpty(), qPrintable(report.fatal));
    QCOMPARE(report.imported, imported);
    QStringList found;
    for (const ImportIssue &issue : report.issues)
        found.append(QStringLiteral("%1 %2: %3").arg(issue.line).arg(issue.field, issue.message));
    QCOMPARE(found.size(), issues.size());
    for (qsizetype i = 0; i < issues.size(); ++i)
        QVERIFY2(found[i].startsWith(issues[i]), qPrintable(found[i]));
    QCOMPARE(FilmRepository(*catalog).count(), imported);
    QVERIFY(report.text().contains(QStringLiteral("read as IMDb export")));
}

void TestImdbImport::filmsAreReadWithEveryColumn()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    for (const char *name :
         {"ratings-2017.csv", "ratings-2023.csv", "list-2023.csv", "list-2012-windows-1252.csv"}) {
        ImportOptions options;
        options.onDuplicate = DuplicatePolicy::Update;
        const ImportReport report = ImdbImporter(*catalog, options).importFile(fixture(name));
        QVERIFY2(report.fatal.isEmpty(), qPrintable(report.fatal));
    }

    const Film backstage = filmWithImdbId(*catalog, QStringLiteral("tt0475289"));
    QCOMPARE(backstage.title, QStringLiteral("Backstage"));
    QCOMPARE(backstage.year, 2005);
    QCOMPARE(backstage.type, FilmType::Movie);
    QCOMPARE(backstage.myRating, 6.0); // the 2023 row with a bad date did not go in
    QCOMPARE(backstage.watchedOn, QDate(2018, 3, 4));
    QCOMPARE(backstage.imdbRating, 5.9);
    QCOMPARE(backstage.imdbVotes, 1093);
    QCOMPARE(backstage.runtimeMinutes, 115);
    QCOMPARE(backstage.releaseDate, QDate(2005, 11, 16));
    QCOMPARE(backstage.genres, (QStringList{"Drama", "Music"}));
    QCOMPARE(backstage.credits,
             (QList<Credit>{{CreditRole::Director, QStringLiteral("Emmanuelle Bercot"), {}}}));

    const Film akira = filmWithImdbId(*catalog, QStringLiteral("tt0094625"));
    QCOMPARE(akira.originalTitle, QStringLiteral("AKIRA")); // added by the 2023 export
    QCOMPARE(akira.watchedOn, QDate(2023, 8, 9));
    QCOMPARE(filmWithImdbId(*catalog, QStringLiteral("tt0097737")).type, FilmType::TvMovie);
    QCOMPARE(filmWithImdbId(*catalog, QStringLiteral("tt0132245")).type, FilmType::Short);
    QCOMPARE(filmWithImdbId(*catalog, QStringLiteral("tt0209463")).type, FilmType::Movie);

    const Film vivre = filmWithImdbId(*catalog, QStringLiteral("tt0056663"));
    QCOMPARE(vivre.originalTitle, QStringLiteral("Vivre sa vie: Film en douze tableaux"));
    QCOMPARE(vivre.notes, QStringLiteral("Seen at the Cinémathèque, \"twice\""));
    QCOMPARE(vivre.myRating, 9.0);
    QCOMPARE(vivre.watchedOn, QDate(2024, 1, 6));
    QVERIFY(!filmWithImdbId(*catalog, QStringLiteral("tt0093191")).myRating);

    const Film cleo = filmWithImdbId(*catalog, QStringLiteral("tt0055852"));
    QCOMPARE(cleo.title, QStringLiteral("Cléo de 5 à 7"));
    QCOMPARE(cleo.myRating, 8.0);
    QCOMPARE(cleo.genres, QStringList{"Drama"}); // the genre the catalog has, whatever the case
    QCOMPARE(filmWithImdbId(*catalog, QStringLiteral("tt0046438")).releaseDate, QDate(1953, 11, 3));
    QCOMPARE(filmWithImdbId(*catalog, QStringLiteral("tt0367495")).type, FilmType::Documentary);
}

void TestImdbImport::theImdbIdFindsTheFilmAgain()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    ImportReport report = ImdbImporter(*catalog, {}).importFile(fixture("ratings-2017.csv"));
    QCOMPARE(report.imported, 4);
    // Renamed in the catalog: the IMDb id still finds it.
    FilmRepository films(*catalog);
    Film titanic = filmWithImdbId(*catalog, QStringLiteral("tt0120338"));
    titanic.title = QStringLiteral("Titanic (1997)");
    films.update(titanic);
    report = ImdbImporter(*catalog, {}).importFile(fixture("ratings-2017.csv"));
    QCOMPARE(report.imported, 0);
    QCOMPARE(report.skipped, 5); // four films already there, one series
    QCOMPARE(films.count(), 4);
    QCOMPARE(filmWithImdbId(*catalog, QStringLiteral("tt0108052")).credits,
             (QList<Credit>{{CreditRole::Director, QStringLiteral("Steven Spielberg"), {}}}));
}

void TestImdbImport::aTruncatedExportKeepsItsWholeRows()
{
    // Cut inside the quoted genres of the fourth film: the file ends in an open quote.
    const QByteArray full = TestUtil::readFile(fixture("ratings-2017.csv"));
    QTemporaryDir dir;
    const QString cut = TestUtil::writeFile(dir, QStringLiteral("cut.csv"),
                                            full.left(full.indexOf("\"Biography") + 5));
    auto catalog = TestUtil::newCatalog(dir);
    const ImportReport report = ImdbImporter(*catalog, {}).importFile(cut);
    QVERIFY2(report.fatal.isEmpty(), qPrintable(report.fatal));
    QCOMPARE(report.imported, 2); // Backstage and Titanic; the series is skipped
    QCOMPARE(report.failed, 1);
    QVERIFY2(report.text().contains(QStringLiteral("cut.csv:5: ")), qPrintable(report.text()));
    QCOMPARE(FilmRepository(*catalog).count(), 2);
}

QTEST_GUILESS_MAIN(TestImdbImport)
#include "tst_imdbimport.moc"
