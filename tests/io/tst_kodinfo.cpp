#include "core/db/catalog.h"
#include "core/db/filmrepository.h"
#include "core/io/formats.h"
#include "core/io/kodinfo.h"
#include "core/io/samplecatalog.h"
#include "io/awkwardcatalog.h"
#include "testutil.h"

#include <QBuffer>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Marquee;

// Kodi .nfo files: a library folder of every vintage in, a file per film out, and back.
class TestKodiNfo : public QObject
{
    Q_OBJECT

private slots:
    void aFolderImportsItsMoviesAndReportsTheRest();
    void currentKodiFilesGiveEveryField();
    void olderKodiFilesAreRead();
    void exportWritesAFilePerFilmThatReadsBack_data();
    void exportWritesAFilePerFilmThatReadsBack();
    void oneFilmExportsToOneFile();
};

namespace {

const QString Folder = QStringLiteral(MARQUEE_TEST_DATA "/kodi/movies");

Film filmTitled(Catalog &catalog, const QString &title)
{
    FilmRepository films(catalog);
    for (const qint64 id : films.ids()) {
        const Film film = films.find(id).value();
        if (film.title == title)
            return film;
    }
    return Film();
}

// The fields a .nfo carries, the others cleared.
Film asNfoKeepsIt(Film f)
{
    Film kept;
    kept.title = f.title;
    kept.originalTitle = f.originalTitle == f.title ? QString() : f.originalTitle;
    kept.year = f.year;
    kept.releaseDate = f.releaseDate;
    kept.runtimeMinutes = f.runtimeMinutes;
    kept.status = f.status;
    kept.certification = f.certification;
    kept.synopsis = f.synopsis;
    kept.imdbId = f.imdbId;
    kept.imdbRating = f.imdbRating;
    kept.imdbVotes = f.imdbRating ? f.imdbVotes : std::nullopt;
    kept.tmdbVoteAverage = f.tmdbVoteAverage;
    kept.tmdbVoteCount = f.tmdbVoteAverage ? f.tmdbVoteCount : std::nullopt;
    kept.metascore = f.metascore;
    kept.myRating = f.myRating == 0 ? std::nullopt : f.myRating;
    kept.watchedOn = f.watchedOn;
    kept.genres = f.genres;
    kept.countries = f.countries;
    kept.companies = f.companies;
    kept.credits = f.credits;
    kept.tags = f.tags;
    return kept;
}

// A film as lines of text, so that a difference names its field.
QString describe(const Film &f)
{
    QStringList credits;
    for (const Credit &c : f.credits)
        credits.append(QStringLiteral("%1:%2:%3").arg(toText(c.role), c.name, c.character));
    const auto n = [](const auto &v) {
        return v ? QString::number(*v) : QStringLiteral("-");
    };
    return QStringList{f.title,
                       f.originalTitle,
                       n(f.year),
                       f.releaseDate.toString(Qt::ISODate),
                       n(f.runtimeMinutes),
                       f.status ? toText(*f.status) : QString(),
                       f.certification,
                       f.synopsis,
                       f.imdbId,
                       n(f.imdbRating),
                       n(f.imdbVotes),
                       n(f.tmdbVoteAverage),
                       n(f.tmdbVoteCount),
                       n(f.metascore),
                       n(f.myRating),
                       f.watchedOn.toString(Qt::ISODate),
                       f.genres.join(u'|'),
                       f.countries.join(u'|'),
                       f.companies.join(u'|'),
                       credits.join(u'|')}
        .join(u'\n');
}

QList<Film> nfoView(Catalog &catalog)
{
    QList<Film> out;
    FilmRepository films(catalog);
    for (const qint64 id : films.ids())
        out.append(asNfoKeepsIt(films.find(id).value()));
    return out;
}

} // namespace

void TestKodiNfo::aFolderImportsItsMoviesAndReportsTheRest()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    const FileFormat *format = detectImportFormat(Folder);
    QVERIFY(format);
    QCOMPARE(format->name, QStringLiteral("nfo"));
    const ImportReport report = format->importer(*catalog, {})->importFile(Folder);
    QVERIFY2(report.fatal.isEmpty(), qPrintable(report.fatal));
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.skipped, 1);
    QCOMPARE(report.failed, 2);
    const QString text = report.text();
    QVERIFY2(
        text.contains(QStringLiteral("Series/Friends/tvshow.nfo:2: a Kodi <tvshow> file, not a "
                                     "movie; skipped")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("broken.nfo:6: not valid XML")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("far future.nfo:4: year: 3000 is outside 1870-2100")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("country \"Atlantis\"")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("fileinfo")));
    QCOMPARE(FilmRepository(*catalog).count(), 2);
}

void TestKodiNfo::currentKodiFilesGiveEveryField()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    NfoImporter(*catalog, {}).importFile(Folder + QStringLiteral("/Backstage (2005)/movie.nfo"));
    const Film f = filmTitled(*catalog, QStringLiteral("Backstage"));
    QVERIFY(f.originalTitle.isEmpty());
    QCOMPARE(f.year, 2005);
    QCOMPARE(f.releaseDate, QDate(2005, 11, 16));
    QCOMPARE(f.runtimeMinutes, 112);
    QCOMPARE(f.certification, QStringLiteral("NR"));
    QCOMPARE(f.imdbId, QStringLiteral("tt0475289"));
    QCOMPARE(f.imdbRating, 5.9);
    QCOMPARE(f.imdbVotes, 1093);
    QCOMPARE(f.tmdbVoteAverage, 5.173);
    QCOMPARE(f.tmdbVoteCount, 26);
    QCOMPARE(f.myRating, 7.0);
    QCOMPARE(f.watchedOn, QDate(2024, 2, 3));
    QCOMPARE(f.genres, (QStringList{"Drama", "Music"}));
    QCOMPARE(f.countries, QStringList{"FR"});
    QCOMPARE(f.companies, (QStringList{"Haut et Court", "ARTE France Cinéma"}));
    QCOMPARE(f.credits,
             (QList<Credit>{
                 {CreditRole::Director, QStringLiteral("Emmanuelle Bercot"), {}},
                 {CreditRole::Writer, QStringLiteral("Emmanuelle Bercot"), {}},
                 {CreditRole::Writer, QStringLiteral("Jérôme Tonnerre"), {}},
                 {CreditRole::Cast, QStringLiteral("Emmanuelle Seigner"), QStringLiteral("Lauren")},
                 {CreditRole::Cast, QStringLiteral("Isild Le Besco"), QStringLiteral("Lucie")}}));
    QVERIFY(f.synopsis.startsWith(QStringLiteral("An adolescent groupie")));
    QCOMPARE(f.tags, QStringList{"festival"});
}

void TestKodiNfo::olderKodiFilesAreRead()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    const ImportReport report =
        NfoImporter(*catalog, {}).importFile(Folder + QStringLiteral("/Vivre sa vie.nfo"));
    QCOMPARE(report.imported, 1);
    const Film f = filmTitled(*catalog, QStringLiteral("Vivre sa vie"));
    QCOMPARE(f.originalTitle, QStringLiteral("Vivre sa vie: Film en douze tableaux"));
    QCOMPARE(f.imdbRating, 7.9);
    QCOMPARE(f.imdbVotes, 33000);
    QCOMPARE(f.runtimeMinutes, 80);
    QCOMPARE(f.certification, QStringLiteral("Not Rated"));
    QCOMPARE(f.genres, (QStringList{"Drama", "Romance"}));
    QCOMPARE(f.countries, QStringList{"FR"});
    QCOMPARE(f.synopsis, QStringLiteral("Twelve episodes in the life of a young woman in Paris."));
    QCOMPARE(f.credits.size(), 3);
    QCOMPARE(f.credits[1].name, QStringLiteral("Anna Karina"));
}

void TestKodiNfo::exportWritesAFilePerFilmThatReadsBack_data()
{
    QTest::addColumn<quint32>("seed"); // 0: the sample catalog
    QTest::newRow("sample") << 0u;
    for (quint32 seed = 21; seed <= 23; ++seed)
        QTest::addRow("awkward %u", seed) << seed;
}

void TestKodiNfo::exportWritesAFilePerFilmThatReadsBack()
{
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    auto from = TestUtil::newCatalog(dir, QStringLiteral("from.db"));
    if (seed == 0)
        loadSampleCatalog(*from);
    else
        TestUtil::fillAwkwardCatalog(*from, seed);
    const QString folder = dir.filePath(QStringLiteral("library"));
    const ExportReport exported = NfoExporter(*from, {}).exportFile(folder);
    QVERIFY2(exported.error.isEmpty(), qPrintable(exported.error));
    const qint64 films = FilmRepository(*from).count();
    QCOMPARE(exported.rows, films);
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.nfo")}, QDir::Files).size(), films);

    auto to = TestUtil::newCatalog(dir, QStringLiteral("to.db"));
    ImportOptions options;
    options.onDuplicate = DuplicatePolicy::Add; // awkward films may share a title and year
    const ImportReport imported = NfoImporter(*to, options).importFile(folder);
    QVERIFY2(imported.failed == 0 && imported.fatal.isEmpty(), qPrintable(imported.text()));
    QCOMPARE(imported.imported, films);
    // Files are read in name order: compare as sets of films.
    QStringList expected;
    for (const Film &f : nfoView(*from))
        expected.append(describe(f));
    QStringList actual;
    for (const Film &f : nfoView(*to))
        actual.append(describe(f));
    expected.sort();
    actual.sort();
    QCOMPARE(actual, expected);
}

void TestKodiNfo::oneFilmExportsToOneFile()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    loadSampleCatalog(*catalog);
    ExportOptions options;
    options.filter = QStringLiteral("director:bercot");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QCOMPARE(NfoExporter(*catalog, options).exportTo(&buffer).rows, 1);
    QVERIFY(buffer.data().contains("<director>Emmanuelle Bercot</director>"));
    QVERIFY(buffer.data().contains("<role>Lauren</role>"));

    QBuffer all;
    all.open(QIODevice::WriteOnly);
    const ExportReport report = NfoExporter(*catalog, {}).exportTo(&all);
    QVERIFY(report.error.contains(QStringLiteral("choose a folder")));
}

QTEST_GUILESS_MAIN(TestKodiNfo)
#include "tst_kodinfo.moc"
