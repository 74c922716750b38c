#include "core/db/catalog.h"
#include "core/db/filmrepository.h"
#include "core/db/reviewrepository.h"
#include "core/io/csvexporter.h"
#include "core/io/csvimporter.h"
#include "core/io/samplecatalog.h"
#include "io/awkwardcatalog.h"
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
    TestUtil::fillAwkwardCatalog(*catalog, seed);
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
