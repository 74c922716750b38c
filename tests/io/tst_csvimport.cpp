#include "core/db/catalog.h"
#include "core/db/companyrepository.h"
#include "core/db/deferredindexes.h"
#include "core/db/filmrepository.h"
#include "core/db/reviewrepository.h"
#include "core/db/sql.h"
#include "core/io/csvimporter.h"
#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Marquee;

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void headerNamesAndSynonymsMapColumns();
    void badRowsAreReportedWithLineFieldAndReason_data();
    void badRowsAreReportedWithLineFieldAndReason();
    void lineNumberIsWhereTheRecordStarts();
    void unknownColumnsAreReportedOnceAndIgnored();
    void recordWithWrongFieldCountIsRejected();
    void duplicatesFollowThePolicy_data();
    void duplicatesFollowThePolicy();
    void duplicatesWithinTheFileAreCaught();
    void strictImportIsAllOrNothing();
    void dryRunWritesNothing();
    void cancelKeepsOnlyWholeCommittedBatches();
    void largeImportBuildsTheSortIndexesAtItsEnd();
    void fileFailingPartWayKeepsWholeBatches();
    void sortIndexesLeftDroppedAreBuiltAtTheNextOpen();
    void emptyFileAndMissingTitleColumnAreFatal();
    void headerOnlyImportsNothing();
    void windows1252FileImportsWithAWarning();
    void formulaGuardIsRemovedUnlessDisabled();
    void reviewsAreNormalizedAndNeedTheirFilm();
    void companiesAreImportedAndUpdated();
    void explicitColumnMappingOverridesTheHeader();
    void rowRefusedByTheDatabaseLeavesNoHalfRow_data();
    void rowRefusedByTheDatabaseLeavesNoHalfRow();

private:
    ImportReport import(const QByteArray &bytes, ImportOptions options = {});
    qint64 films() { return FilmRepository(*m_catalog).count(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestCsvImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = TestUtil::newCatalog(*m_dir);
}

void TestCsvImport::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

ImportReport TestCsvImport::import(const QByteArray &bytes, ImportOptions options)
{
    const QString path = TestUtil::writeFile(*m_dir, QStringLiteral("in.csv"), bytes);
    return CsvImporter(*m_catalog, options).importFile(path);
}

void TestCsvImport::headerNamesAndSynonymsMapColumns()
{
    const ImportReport report = import(
        "Name;Release Year;Runtime (mins);Production Companies;Overview;IMDb Rating;Const\n"
        "Backstage;2005;1 h 52 min;\"Haut et Court; StudioCanal\";A groupie.;5,9;tt0456123\n");
    QVERIFY2(report.fatal.isEmpty(), qPrintable(report.fatal));
    QCOMPARE(report.delimiter, ';');
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.failed, 0);
    FilmRepository repo(*m_catalog);
    const Film f = repo.find(*repo.findByTitleYear(QStringLiteral("Backstage"), 2005)).value();
    QCOMPARE(f.runtimeMinutes, 112);
    QCOMPARE(f.companies,
             (QStringList{QStringLiteral("Haut et Court"), QStringLiteral("StudioCanal")}));
    QCOMPARE(f.synopsis, QStringLiteral("A groupie."));
    QCOMPARE(f.imdbRating, 5.9);
    QCOMPARE(f.imdbId, QStringLiteral("tt0456123"));
}

void TestCsvImport::badRowsAreReportedWithLineFieldAndReason_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    QTest::newRow("year not a number") << QByteArray("X,20x5,,,") << "year"
                                       << "not a whole number";
    QTest::newRow("year too early") << QByteArray("X,1700,,,") << "year"
                                    << "outside 1870-2100";
    QTest::newRow("date not ISO") << QByteArray("X,,16/11/2005,,") << "release_date"
                                  << "YYYY-MM-DD";
    QTest::newRow("date impossible") << QByteArray("X,,2005-02-30,,") << "release_date"
                                     << "YYYY-MM-DD";
    QTest::newRow("runtime words") << QByteArray("X,,,long,") << "runtime_minutes"
                                   << "not a runtime";
    QTest::newRow("runtime zero") << QByteArray("X,,,0,") << "runtime_minutes"
                                  << "outside";
    QTest::newRow("vote not a number") << QByteArray("X,,,,abc") << "tmdb_vote_average"
                                       << "not a number";
    QTest::newRow("vote over 10") << QByteArray("X,,,,10.5") << "tmdb_vote_average"
                                  << "outside 0-10";
    QTest::newRow("empty title") << QByteArray(" ,2005,,,") << "title"
                                 << "title is required";
}

void TestCsvImport::badRowsAreReportedWithLineFieldAndReason()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    const ImportReport report = import("title,year,release_date,runtime_minutes,tmdb_vote_average\n"
                                       "Good One,2001,2001-05-06,90,7.5\n" +
                                       row + "\nGood Two,2002,,95,\n");
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.failed, 1);
    QCOMPARE(report.issues.size(), 1);
    QCOMPARE(report.issues.first().line, 3);
    QCOMPARE(report.issues.first().field, field);
    QVERIFY2(report.issues.first().message.contains(reason),
             qPrintable(report.issues.first().message));
    QVERIFY(report.text().contains(QStringLiteral("in.csv:3: ") + field));
    QCOMPARE(films(), 2);
}

void TestCsvImport::lineNumberIsWhereTheRecordStarts()
{
    const ImportReport report = import("title,synopsis,year\n"
                                       "A,\"one\ntwo\nthree\",2001\n"
                                       "B,\"four\nfive\",year?\n");
    QCOMPARE(report.failed, 1);
    QCOMPARE(report.issues.first().line, 5);
}

void TestCsvImport::unknownColumnsAreReportedOnceAndIgnored()
{
    const ImportReport report = import("title,Shoe Size,year\nA,44,2001\nB,45,2002\n");
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.notes.size(), 1);
    QVERIFY(report.notes.first().contains(QStringLiteral("\"Shoe Size\"")));
    QVERIFY(report.notes.first().contains(QStringLiteral("ignored")));
}

void TestCsvImport::recordWithWrongFieldCountIsRejected()
{
    const ImportReport report = import("title,year\nA,2001\nB,2002,extra\nC\nD,2004\n");
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.failed, 2);
    QCOMPARE(report.issues[0].line, 3);
    QVERIFY(report.issues[0].message.contains(QStringLiteral("3 fields, the header has 2")));
    QCOMPARE(report.issues[1].line, 4);
}

void TestCsvImport::duplicatesFollowThePolicy_data()
{
    QTest::addColumn<DuplicatePolicy>("policy");
    QTest::addColumn<qint64>("imported");
    QTest::addColumn<qint64>("updated");
    QTest::addColumn<qint64>("skipped");
    QTest::addColumn<qint64>("filmCount");
    QTest::addColumn<int>("runtime");
    QTest::newRow("skip") << DuplicatePolicy::Skip << qint64(0) << qint64(0) << qint64(2)
                          << qint64(2) << 90;
    QTest::newRow("update") << DuplicatePolicy::Update << qint64(0) << qint64(2) << qint64(0)
                            << qint64(2) << 120;
    QTest::newRow("add") << DuplicatePolicy::Add << qint64(2) << qint64(0) << qint64(0) << qint64(4)
                         << 90;
}

void TestCsvImport::duplicatesFollowThePolicy()
{
    QFETCH(DuplicatePolicy, policy);
    QFETCH(qint64, imported);
    QFETCH(qint64, updated);
    QFETCH(qint64, skipped);
    QFETCH(qint64, filmCount);
    QFETCH(int, runtime);
    QCOMPARE(import("title,year,runtime_minutes,imdb_id,notes\n"
                    "Backstage,2005,90,,kept\n"
                    "Other,2001,90,tt0000001,kept\n")
                 .imported,
             2);
    ImportOptions options;
    options.onDuplicate = policy;
    // Same title and year ignoring case; same IMDb id under another title.
    const ImportReport report = import("title,year,runtime_minutes,imdb_id\n"
                                       "BACKSTAGE,2005,120,\n"
                                       "Renamed,1999,120,tt0000001\n",
                                       options);
    QCOMPARE(report.imported, imported);
    QCOMPARE(report.updated, updated);
    QCOMPARE(report.skipped, skipped);
    QCOMPARE(report.failed, 0);
    QCOMPARE(films(), filmCount);
    FilmRepository repo(*m_catalog);
    const Film first = repo.find(1).value();
    QCOMPARE(first.runtimeMinutes, runtime);
    QCOMPARE(first.notes, QStringLiteral("kept")); // columns not in the file are left alone
}

void TestCsvImport::duplicatesWithinTheFileAreCaught()
{
    const ImportReport report = import("title,year\nA,2001\na,2001\nA,2002\n");
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.skipped, 1);
    QCOMPARE(report.issues.first().line, 3);
}

void TestCsvImport::strictImportIsAllOrNothing()
{
    ImportOptions options;
    options.strict = true;
    const ImportReport bad = import("title,year\nA,2001\nB,oops\nC,2003\nD,1200\n", options);
    QCOMPARE(bad.failed, 2); // every bad row is still reported
    QVERIFY(bad.rolledBack);
    QCOMPARE(films(), 0);
    QVERIFY(bad.summary().contains(QStringLiteral("nothing was written")));

    const ImportReport good = import("title,year\nA,2001\nC,2003\n", options);
    QCOMPARE(good.imported, 2);
    QVERIFY(!good.rolledBack);
    QCOMPARE(films(), 2);
}

void TestCsvImport::dryRunWritesNothing()
{
    ImportOptions options;
    options.dryRun = true;
    const ImportReport report = import("title,year\nA,2001\nB,oops\nA,2001\n", options);
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.failed, 1);
    QCOMPARE(report.skipped, 1);
    QCOMPARE(films(), 0);
    QCOMPARE(CompanyRepository(*m_catalog).count(), 0);
    QVERIFY(report.summary().startsWith(QStringLiteral("Dry run")));
}

void TestCsvImport::cancelKeepsOnlyWholeCommittedBatches()
{
    QByteArray bytes = "title,year,companies\n";
    for (int i = 0; i < 3000; ++i)
        bytes +=
            "Film " + QByteArray::number(i) + ",2001,Studio " + QByteArray::number(i % 7) + "\n";
    ImportOptions options;
    options.batchSize = 100;
    int calls = 0;
    options.progress = [&calls](qint64, qint64) {
        return ++calls < 5;
    };
    const ImportReport report = import(bytes, options);
    QVERIFY(report.cancelled);
    QVERIFY(!report.rolledBack);
    QVERIFY(report.committed > 0);
    QCOMPARE(report.committed % 100, 0);
    QVERIFY(report.imported > report.committed); // the batch in progress was not kept
    QCOMPARE(films(), report.committed);
    QCOMPARE(m_catalog->check(), QStringList());
    QVERIFY(report.summary().contains(QStringLiteral("Cancelled")));
}

namespace {

QStringList filmIndexes(Catalog &catalog)
{
    QSqlQuery q(catalog.database());
    QStringList names;
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name "
                              "= 'films' ORDER BY name")))
        while (q.next())
            names.append(q.value(0).toString());
    return names;
}

int walAutocheckpoint(Catalog &catalog)
{
    QSqlQuery q(catalog.database());
    return q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next() ? q.value(0).toInt()
                                                                           : -1;
}

// How many segments of a level the films' full-text index merges at once (FTS5's automerge).
int ftsAutomerge(Catalog &catalog)
{
    QSqlQuery q(catalog.database());
    return q.exec(QStringLiteral("SELECT v FROM film_search_config WHERE k = 'automerge'")) &&
                   q.next()
               ? q.value(0).toInt()
               : -1;
}

qint64 deferredIndexes(Catalog &catalog)
{
    QSqlQuery q(catalog.database());
    return q.exec(QStringLiteral("SELECT count(*) FROM deferred_indexes")) && q.next()
               ? q.value(0).toLongLong()
               : -1;
}

} // namespace

namespace {

// A file whose reading fails after `good` bytes, as a disk or a network share can.
class FailingFile : public QIODevice
{
public:
    FailingFile(QByteArray bytes, qint64 good) : m_bytes(std::move(bytes)), m_good(good)
    {
        open(QIODevice::ReadOnly);
    }
    qint64 size() const override { return m_bytes.size(); }
    bool isSequential() const override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (pos() >= m_good) {
            setErrorString(QStringLiteral("Input/output error"));
            return -1;
        }
        const qint64 n = std::min(maxSize, m_good - pos());
        memcpy(data, m_bytes.constData() + pos(), size_t(n));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_good;
};

} // namespace

void TestCsvImport::fileFailingPartWayKeepsWholeBatches()
{
    const QByteArray bytes = TestUtil::manyFilms(12000);
    FailingFile file(bytes, bytes.size() / 2);
    ImportOptions options;
    options.batchSize = 1000;
    const ImportReport report =
        CsvImporter(*m_catalog, options).import(&file, QStringLiteral("films.csv"));
    QVERIFY(report.incomplete);
    QVERIFY(report.cancelled);
    QVERIFY2(report.notes.join(u'\n').contains(
                 QStringLiteral("films.csv could not be read to the end: Input/output error")),
             qPrintable(report.notes.join(u'\n')));
    // The rows read before the failure, in whole batches; none after it.
    const qint64 whole = bytes.left(bytes.size() / 2).count('\n') - 1; // but the header
    QCOMPARE(report.committed, whole / 1000 * 1000);
    QCOMPARE(films(), report.committed);
    QCOMPARE(m_catalog->check(), QStringList());
}

void TestCsvImport::largeImportBuildsTheSortIndexesAtItsEnd()
{
    const QStringList before = filmIndexes(*m_catalog);
    QVERIFY(before.contains(QStringLiteral("films_year")));
    const QByteArray bytes = TestUtil::manyFilms(60000);
    for (const bool cancel : {false, true}) {
        cleanup();
        init();
        ImportOptions options;
        options.batchSize = 5000;
        // After the first batch, 55,000 more rows to a catalog of 5,000: the sort indexes go,
        // and the duplicate look-ups stay.
        bool dropped = false;
        // While they are dropped, the write-ahead log grows to 256 MB before a checkpoint, and
        // the full-text index merges no segments but in a crisis.
        bool bulk = true;
        // The batches after that leave the films' full-text index to a thread of their own.
        bool marked = false;
        const qint64 searchRoot =
            Sql::scalar(m_catalog->database(), QStringLiteral("SELECT rootpage FROM sqlite_master "
                                                              "WHERE name = 'film_search_data'"))
                .toLongLong();
        int finishing = 0;
        options.progress = [&](qint64, qint64) {
            marked = marked || Sql::scalar(m_catalog->database(),
                                           QStringLiteral("SELECT 1 FROM search_deferred WHERE "
                                                          "table_name = 'films'"))
                                   .isValid();
            const QStringList now = filmIndexes(*m_catalog);
            if (!now.contains(QStringLiteral("films_year")) && deferredIndexes(*m_catalog) > 0) {
                dropped = true;
                bulk =
                    bulk && walAutocheckpoint(*m_catalog) == 65536 && ftsAutomerge(*m_catalog) == 0;
                if (!now.contains(QStringLiteral("films_title_key")) ||
                    !now.contains(QStringLiteral("films_imdb_id")))
                    return false; // failing below
            }
            return !(cancel && dropped);
        };
        options.finishing = [&] {
            ++finishing;
            // A cancel rolled back the batch that dropped them.
            bulk = bulk && (cancel || deferredIndexes(*m_catalog) > 0);
        };
        const ImportReport report = import(bytes, options);
        QVERIFY(dropped);
        QVERIFY(bulk);
        QCOMPARE(finishing, 1);
        QCOMPARE(walAutocheckpoint(*m_catalog), 1000);
        QCOMPARE(ftsAutomerge(*m_catalog), 4);
        // The log's file, grown meanwhile, is emptied at the end.
        QCOMPARE(QFileInfo(m_dir->filePath(QStringLiteral("test.db-wal"))).size(), 0);
        QCOMPARE(report.cancelled, cancel);
        QCOMPARE(filmIndexes(*m_catalog), before);
        QCOMPARE(deferredIndexes(*m_catalog), 0);
        QCOMPARE(m_catalog->check(), QStringList());
        if (!cancel) {
            QCOMPARE(films(), 60000);
            QVERIFY(marked);
            // The thread's index took the place of the catalog's: a table made again.
            QVERIFY(Sql::scalar(m_catalog->database(),
                                QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = "
                                               "'film_search_data'"))
                        .toLongLong() != searchRoot);
        }
        // Every film is found by its words, the mark is gone, and so is the thread's file.
        QCOMPARE(Sql::scalar(m_catalog->database(),
                             QStringLiteral("SELECT count(*) FROM search_deferred"))
                     .toInt(),
                 0);
        QCOMPARE(TestUtil::filmSearchDifference(*m_catalog), QString());
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("test.db-search-*")}),
                 QStringList());
        const QStringList plan = TestUtil::queryPlan(
            m_catalog->database(), QStringLiteral("SELECT id FROM films ORDER BY year"));
        QVERIFY2(plan.value(0).contains(QStringLiteral("films_year")), qPrintable(plan.join(u'/')));
    }
    // A small import keeps them all the way.
    cleanup();
    init();
    ImportOptions options;
    options.batchSize = 5000;
    bool kept = true;
    options.progress = [&](qint64, qint64) {
        kept = kept && filmIndexes(*m_catalog) == before && walAutocheckpoint(*m_catalog) == 1000;
        return true;
    };
    options.finishing = [&] {
        kept = false;
    };
    import(TestUtil::manyFilms(20000), options);
    QVERIFY(kept);
}

void TestCsvImport::sortIndexesLeftDroppedAreBuiltAtTheNextOpen()
{
    const QStringList before = filmIndexes(*m_catalog);
    {
        Transaction t(*m_catalog);
        QVERIFY(DeferredIndexes::deferFor(*m_catalog, 100000));
        t.commit(); // then the import crashed
    }
    QVERIFY(!filmIndexes(*m_catalog).contains(QStringLiteral("films_year")));
    QCOMPARE(ftsAutomerge(*m_catalog), 0);
    m_catalog.reset();

    // Another connection writing (the import itself, still running): the open does not wait
    // for it and leaves the indexes to it.
    const QString path = m_dir->filePath(QStringLiteral("test.db"));
    {
        QSqlDatabase writer = TestUtil::otherConnection(QStringLiteral("writer"), path);
        QVERIFY(writer.isOpen());
        QSqlQuery busy(writer);
        QVERIFY(busy.exec(QStringLiteral("BEGIN IMMEDIATE")));
        Catalog::Options options;
        options.busyTimeoutMs = 5000;
        options.buildingIndexes = [] {
            QFAIL("the indexes are left to the writer");
        };
        QElapsedTimer timer;
        timer.start();
        m_catalog = Catalog::open(path, options);
        QVERIFY(timer.elapsed() < 4000);
        QCOMPARE(deferredIndexes(*m_catalog), before.size() - 2); // all but the look-ups
        m_catalog.reset();
        QVERIFY(busy.exec(QStringLiteral("ROLLBACK")));
        busy = QSqlQuery();
        writer.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    // Alone, the open builds them, and says so (a window shows that it is busy).
    int building = 0;
    Catalog::Options options;
    options.buildingIndexes = [&] {
        ++building;
    };
    m_catalog = Catalog::open(path, options);
    QVERIFY(building >= 1);
    QCOMPARE(filmIndexes(*m_catalog), before);
    QCOMPARE(ftsAutomerge(*m_catalog), 4);
    QCOMPARE(deferredIndexes(*m_catalog), 0);
    QCOMPARE(m_catalog->check(), QStringList());
    // Then nothing is left to build, and nothing is said.
    m_catalog.reset();
    building = 0;
    m_catalog = Catalog::open(path, options);
    QCOMPARE(building, 0);
}

void TestCsvImport::emptyFileAndMissingTitleColumnAreFatal()
{
    ImportReport report = import(QByteArray());
    QVERIFY(report.fatal.contains(QStringLiteral("is empty")));
    report = import("year,runtime\n2001,90\n");
    QVERIFY(report.fatal.contains(QStringLiteral("title")));
    QCOMPARE(films(), 0);
}

void TestCsvImport::headerOnlyImportsNothing()
{
    const ImportReport report = import("title,year\r\n");
    QVERIFY(report.fatal.isEmpty());
    QCOMPARE(report.imported + report.failed + report.skipped, 0);
}

void TestCsvImport::windows1252FileImportsWithAWarning()
{
    const ImportReport report =
        import("title,companies\nLe Fabuleux Destin d'Am\xE9lie Poulain,UGC\n");
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.encoding, Encoding::Windows1252);
    QVERIFY(report.notes.first().contains(QStringLiteral("Windows-1252")));
    QVERIFY(FilmRepository(*m_catalog)
                .findByTitleYear(QString::fromUtf8("Le Fabuleux Destin d'Amélie Poulain"),
                                 std::nullopt));
}

void TestCsvImport::formulaGuardIsRemovedUnlessDisabled()
{
    QVERIFY(import("title,notes\n'=A1,'+x\n'Round Midnight,''@y\n").imported == 2);
    FilmRepository repo(*m_catalog);
    QCOMPARE(repo.find(1)->title, QStringLiteral("=A1"));
    QCOMPARE(repo.find(1)->notes, QStringLiteral("+x"));
    QCOMPARE(repo.find(2)->title, QStringLiteral("'Round Midnight"));
    QCOMPARE(repo.find(2)->notes, QStringLiteral("'@y"));
    ImportOptions raw;
    raw.formulaGuard = false;
    QVERIFY(import("title\n'=B2\n", raw).imported == 1);
    QCOMPARE(repo.find(3)->title, QStringLiteral("'=B2"));
}

void TestCsvImport::reviewsAreNormalizedAndNeedTheirFilm()
{
    import("title,year\nBackstage,2005\nBackstage,2000\n");
    ImportOptions options;
    options.table = Table::Reviews;
    const ImportReport report =
        import("film_title,film_year,date,critic,quote,original_score,score\n"
               "Backstage,2005,2006-11-22,A. Critic,Creepy.,3.5/4,\n"
               "Backstage,2005,2006-11-23,B. Critic,Fine.,B+,\n"
               "Backstage,2005,2006-11-24,C. Critic,Odd.,four stars,\n"
               "Backstage,2005,2006-11-25,D. Critic,Set.,,77\n"
               "Nowhere,1999,2006-11-25,E,Lost.,A,\n",
               options);
    QCOMPARE(report.imported, 4);
    QCOMPARE(report.failed, 1);
    QCOMPARE(report.issues.first().line, 6);
    QCOMPARE(report.issues.first().field, QStringLiteral("film_title"));
    QVERIFY(report.issues.first().message.contains(QStringLiteral("\"Nowhere\" (1999)")));
    ReviewRepository reviews(*m_catalog);
    const QList<Review> list = reviews.forFilm(1);
    QCOMPARE(list.size(), 4);
    QCOMPARE(*list[0].score, 87.5);
    QCOMPARE(*list[1].score, 83.0);
    QVERIFY(!list[2].score);
    QCOMPARE(list[2].originalScore, QStringLiteral("four stars"));
    QCOMPARE(*list[3].score, 77.0);
    QCOMPARE(reviews.forFilm(2).size(), 0);

    // Updating with a file that has no score column keeps the scores.
    options.onDuplicate = DuplicatePolicy::Update;
    const ImportReport update =
        import("film_title,film_year,date,critic,quote,url\n"
               "Backstage,2005,2006-11-22,A. Critic,Creepy.,https://example.org/a\n",
               options);
    QCOMPARE(update.updated, 1);
    const Review updated = reviews.forFilm(1).first();
    QCOMPARE(updated.url, QStringLiteral("https://example.org/a"));
    QCOMPARE(*updated.score, 87.5);
}

void TestCsvImport::companiesAreImportedAndUpdated()
{
    ImportOptions options;
    options.table = Table::Companies;
    ImportReport report =
        import("name,country,notes\nHaut et Court,France,Paris\nStudioCanal,FR,\n", options);
    QCOMPARE(report.imported, 2);
    CompanyRepository companies(*m_catalog);
    QCOMPARE(companies.findByName(QStringLiteral("haut et court"))->country, QStringLiteral("FR"));
    options.onDuplicate = DuplicatePolicy::Update;
    report = import("name,notes\nHAUT ET COURT,Distributor\n", options);
    QCOMPARE(report.updated, 1);
    const Company c = companies.findByName(QStringLiteral("Haut et Court")).value();
    QCOMPARE(c.notes, QStringLiteral("Distributor"));
    QCOMPARE(c.country, QStringLiteral("FR"));
    QCOMPARE(c.rowVersion, 2);
}

void TestCsvImport::explicitColumnMappingOverridesTheHeader()
{
    ImportOptions options;
    options.columnFields = {int(FilmField::Title), -1, int(FilmField::Year)};
    const ImportReport report = import("A,B,C\nBackstage,ignored,2005\n", options);
    // With an explicit mapping the first line is still the header, and the rest are films.
    QCOMPARE(report.imported, 1);
    QVERIFY(FilmRepository(*m_catalog).findByTitleYear(QStringLiteral("Backstage"), 2005));
}

void TestCsvImport::rowRefusedByTheDatabaseLeavesNoHalfRow_data()
{
    QTest::addColumn<bool>("strict");
    QTest::newRow("batches") << false;
    QTest::newRow("strict") << true;
}

void TestCsvImport::rowRefusedByTheDatabaseLeavesNoHalfRow()
{
    QFETCH(bool, strict);
    // A rule the domain does not know, so that the film row goes in and its link is refused.
    QSqlQuery q(m_catalog->database());
    QVERIFY(q.exec(QStringLiteral(
        "CREATE TRIGGER refuse AFTER INSERT ON film_companies WHEN (SELECT name FROM companies "
        "WHERE id = NEW.company_id) = 'Refused' BEGIN SELECT RAISE(ABORT, 'refused by rule'); "
        "END")));
    ImportOptions options;
    options.strict = strict;
    const ImportReport report = import("title,companies\nOne,Alpha\nTwo,Beta; Alpha\n"
                                       "Three,Gamma; Refused\nFour,Alpha\n",
                                       options);
    QCOMPARE(report.failed, 1);
    QCOMPARE(report.issues.first().line, 4);
    QVERIFY2(report.issues.first().message.contains(QStringLiteral("refused by rule")),
             qPrintable(report.issues.first().message));
    FilmRepository films(*m_catalog);
    QVERIFY(!films.findByTitleYear(QStringLiteral("Three"), std::nullopt));
    QVERIFY(!CompanyRepository(*m_catalog).findByName(QStringLiteral("Gamma")));
    if (strict) {
        QCOMPARE(films.count(), 0);
    } else {
        QCOMPARE(report.imported, 3);
        QCOMPARE(films.count(), 3); // the rows before the refused one went in once, not twice
        QCOMPARE(films.find(*films.findByTitleYear(QStringLiteral("Two"), std::nullopt))->companies,
                 (QStringList{QStringLiteral("Beta"), QStringLiteral("Alpha")}));
    }
    QCOMPARE(m_catalog->check(), QStringList());
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
