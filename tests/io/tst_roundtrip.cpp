#include "core/db/catalog.h"
#include "core/db/filmrepository.h"
#include "core/db/reviewrepository.h"
#include "core/io/csvexporter.h"
#include "core/io/csvimporter.h"
#include "core/io/samplecatalog.h"
#include "testutil.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Marquee;

// Export, import into an empty catalog, export again: the same bytes, table by table.
class TestRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void sampleCatalogRoundTrips_data();
    void sampleCatalogRoundTrips();
    void generatedCatalogsWithAwkwardTextRoundTrip_data();
    void generatedCatalogsWithAwkwardTextRoundTrip();
    void guardedExportIsSafeForSpreadsheets();

private:
    // Exports films, companies and reviews of `from`, imports them into a new catalog and
    // compares a second export with the first.
    void roundTrip(Catalog &from, bool guard);
    static void fillGenerated(Catalog &catalog, quint32 seed);
};

namespace {

const Table Tables[] = {Table::Companies, Table::Films, Table::Reviews};

QByteArray exportTable(Catalog &catalog, Table table, bool guard, const QString &path)
{
    ExportOptions options;
    options.table = table;
    options.formulaGuard = guard;
    const ExportReport report = CsvExporter(catalog, options).exportFile(path);
    if (!report.error.isEmpty())
        qWarning("%s", qPrintable(report.error));
    return TestUtil::readFile(path);
}

} // namespace

void TestRoundTrip::roundTrip(Catalog &from, bool guard)
{
    QTemporaryDir dir;
    auto to = Catalog::open(dir.filePath(QStringLiteral("copy.db")));
    for (const Table table : Tables) {
        const QString first = dir.filePath(tableName(table) + QStringLiteral("-1.csv"));
        const QByteArray bytes = exportTable(from, table, guard, first);
        QVERIFY(!bytes.isEmpty());
        ImportOptions options;
        options.table = table;
        options.formulaGuard = guard;
        options.onDuplicate = DuplicatePolicy::Add;
        const ImportReport report = CsvImporter(*to, options).importFile(first);
        QVERIFY2(report.fatal.isEmpty(), qPrintable(report.fatal));
        QVERIFY2(report.failed == 0, qPrintable(report.text()));
    }
    for (const Table table : Tables) {
        const QByteArray a =
            TestUtil::readFile(dir.filePath(tableName(table) + QStringLiteral("-1.csv")));
        const QByteArray b = exportTable(*to, table, guard,
                                         dir.filePath(tableName(table) + QStringLiteral("-2.csv")));
        if (a != b) {
            const QList<QByteArray> la = a.split('\n'), lb = b.split('\n');
            for (qsizetype i = 0; i < std::min(la.size(), lb.size()); ++i) {
                if (la[i] != lb[i]) {
                    qWarning("first difference at line %lld:\n%s\n%s", qint64(i + 1),
                             la[i].constData(), lb[i].constData());
                    break;
                }
            }
        }
        QCOMPARE(b, a);
    }
}

void TestRoundTrip::sampleCatalogRoundTrips_data()
{
    QTest::addColumn<bool>("guard");
    QTest::newRow("formula guard") << true;
    QTest::newRow("no formula guard") << false;
}

void TestRoundTrip::sampleCatalogRoundTrips()
{
    QFETCH(bool, guard);
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    loadSampleCatalog(*catalog);
    roundTrip(*catalog, guard);
}

void TestRoundTrip::fillGenerated(Catalog &catalog, quint32 seed)
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

void TestRoundTrip::generatedCatalogsWithAwkwardTextRoundTrip_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("guard");
    for (const quint32 seed : {1u, 2u, 3u, 20261123u}) {
        QTest::addRow("seed %u guarded", seed) << seed << true;
        QTest::addRow("seed %u unguarded", seed) << seed << false;
    }
}

void TestRoundTrip::generatedCatalogsWithAwkwardTextRoundTrip()
{
    QFETCH(quint32, seed);
    QFETCH(bool, guard);
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    fillGenerated(*catalog, seed);
    roundTrip(*catalog, guard);
}

void TestRoundTrip::guardedExportIsSafeForSpreadsheets()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    Film f;
    f.title = QStringLiteral("=HYPERLINK(\"x\")");
    f.notes = QStringLiteral("@SUM(1)");
    f.runtimeMinutes = 90;
    FilmRepository(*catalog).insert(f);
    const QByteArray guarded =
        exportTable(*catalog, Table::Films, true, dir.filePath(QStringLiteral("g.csv")));
    QVERIFY(guarded.contains("\"'=HYPERLINK(\"\"x\"\")\""));
    QVERIFY(guarded.contains(",'@SUM(1)"));
    QVERIFY(guarded.contains(",90,"));
    const QByteArray raw =
        exportTable(*catalog, Table::Films, false, dir.filePath(QStringLiteral("r.csv")));
    QVERIFY(raw.contains("\"=HYPERLINK(\"\"x\"\")\""));
    QVERIFY(!raw.contains("'"));
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
