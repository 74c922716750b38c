#include "core/db/catalog.h"
#include "core/db/tablequery.h"
#include "core/io/csvexporter.h"
#include "testutil.h"

#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Marquee;

Q_DECLARE_METATYPE(Marquee::Table)

// A large table exported by several threads at once, each reading parts of it on its own
// connection: the same file as from one thread, whatever another program writes meanwhile.
class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void severalThreadsWriteWhatOneWrites_data();
    void severalThreadsWriteWhatOneWrites();
    void aCancelWritesNothing();
    void aFilteredExportHasTheRowsTheViewCounts_data();
    void aFilteredExportHasTheRowsTheViewCounts();
    void aWriterMeanwhileNeverSplitsTheState();

private:
    ExportReport exportTable(Table table, int threads, const QString &path,
                             const std::function<bool(qint64)> &progress = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

namespace {

constexpr int Films = 60000;

void exec(Catalog &catalog, const QString &sql)
{
    QSqlQuery q(catalog.database());
    if (!q.exec(sql))
        QFAIL(qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
}

qint64 count(Catalog &catalog, const QString &sql)
{
    QSqlQuery q(catalog.database());
    if (!q.exec(sql) || !q.next())
        throw std::runtime_error(qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
    return q.value(0).toLongLong();
}

} // namespace

void TestCsvExport::initTestCase()
{
    m_catalog = TestUtil::newCatalog(m_dir);
    // Text that needs quoting, reals, gaps in the ids (a whole part of 8192 missing among
    // them), and every list a film has, on some films each.
    TestUtil::addFilms(*m_catalog, Films,
                       QStringLiteral("title, title_key, year, synopsis, tmdb_vote_average"),
                       QStringLiteral("'Film, \"' || i || '\"', 'film ' || i, 1900 + i % 120, "
                                      "CASE WHEN i % 3 = 0 THEN 'line\nbreak ' || i END, "
                                      "CASE WHEN i % 2 = 0 THEN i % 100 / 10.0 END"),
                       Transaction::Indexing::Deferred);
    Transaction transaction(*m_catalog, Transaction::Indexing::Deferred);
    exec(*m_catalog, QStringLiteral("DELETE FROM films WHERE id BETWEEN 16000 AND 25000 OR "
                                    "id % 97 = 0"));
    exec(*m_catalog, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                    "FROM n WHERE i < 300) INSERT INTO companies (name, name_key) "
                                    "SELECT 'Company ' || i, 'company ' || i FROM n"));
    exec(*m_catalog, QStringLiteral("INSERT INTO people (name, name_key) SELECT 'Person ' || "
                                    "id, 'person ' || id FROM companies ORDER BY id"));
    exec(*m_catalog, QStringLiteral("INSERT INTO genres (name, name_key) VALUES ('Drama', "
                                    "'drama')"));
    exec(*m_catalog, QStringLiteral("INSERT INTO film_companies (film_id, company_id, position) "
                                    "SELECT id, 1 + id % 300, 1 FROM films WHERE id % 3 = 0 "
                                    "UNION ALL SELECT id, 1 + (id + 7) % 300, 0 FROM films "
                                    "WHERE id % 5 = 0"));
    exec(*m_catalog, QStringLiteral("INSERT INTO film_countries (film_id, country_code, position) "
                                    "SELECT id, 'FR', 0 FROM films WHERE id % 4 = 0"));
    exec(*m_catalog, QStringLiteral("INSERT INTO film_genres (film_id, genre_id, position) SELECT "
                                    "id, (SELECT min(id) FROM genres), 0 FROM films WHERE id % "
                                    "6 = 0"));
    exec(*m_catalog, QStringLiteral("INSERT INTO film_people (film_id, person_id, role, "
                                    "character, position) SELECT id, 1 + id % 300, 'cast', "
                                    "'Role ' || id, 1 FROM films WHERE id % 7 = 0 UNION ALL "
                                    "SELECT id, 1 + (id + 2) % 300, 'cast', 'Lead ' || id, 0 "
                                    "FROM films WHERE id % 14 = 0"));
    exec(*m_catalog, QStringLiteral("INSERT INTO film_people (film_id, person_id, role, "
                                    "position) SELECT id, 1 + id % 300, 'director', 0 FROM "
                                    "films WHERE id % 10 = 0 UNION ALL SELECT id, 1 + (id + 1) "
                                    "% 300, 'writer', 0 FROM films WHERE id % 10 = 0"));
    exec(*m_catalog, QStringLiteral("INSERT INTO film_tags (film_id, tag, position) SELECT id, "
                                    "'tag ' || (id % 11), 0 FROM films WHERE id % 8 = 0"));
    exec(*m_catalog, QStringLiteral("INSERT INTO watch_providers (film_id, provider, offer, "
                                    "position) SELECT id, 'Vudu', 'rent', 0 FROM films WHERE "
                                    "id % 9 = 0"));
    exec(*m_catalog, QStringLiteral("INSERT INTO reviews (film_id, critic, quote, score) SELECT "
                                    "id, 'Critic ' || (id % 40), 'Quote; ' || id, id % 101 FROM "
                                    "films UNION ALL SELECT id, 'Second', NULL, 50 FROM films "
                                    "WHERE id % 2 = 0"));
    transaction.commit();
}

ExportReport TestCsvExport::exportTable(Table table, int threads, const QString &path,
                                        const std::function<bool(qint64)> &progress)
{
    ExportOptions options;
    options.table = table;
    options.threads = threads;
    options.progress = progress;
    return CsvExporter(*m_catalog, options).exportFile(path);
}

void TestCsvExport::severalThreadsWriteWhatOneWrites_data()
{
    QTest::addColumn<Table>("table");
    QTest::addColumn<qint64>("rows");
    const qint64 films = count(*m_catalog, QStringLiteral("SELECT count(*) FROM films"));
    const qint64 reviews = count(*m_catalog, QStringLiteral("SELECT count(*) FROM reviews"));
    QTest::newRow("films") << Table::Films << films;
    QTest::newRow("reviews") << Table::Reviews << reviews;
}

void TestCsvExport::severalThreadsWriteWhatOneWrites()
{
    QFETCH(Table, table);
    QFETCH(qint64, rows);
    QVERIFY(rows > 50000); // large enough to be read in parts
    const QString one = m_dir.filePath(QStringLiteral("one.csv"));
    const ExportReport oneReport = exportTable(table, 1, one);
    QVERIFY2(oneReport.error.isEmpty(), qPrintable(oneReport.error));
    QCOMPARE(oneReport.rows, rows);
    QCOMPARE(oneReport.threads, 1);
    const QByteArray expected = TestUtil::readFile(one);
    if (table == Table::Films) {
        // Film 2520 has every list: the lists come from their own tables, joined in the order
        // of their positions (its companies and cast are the other way round in their keys).
        const qsizetype line = expected.indexOf("\"Film, \"\"2520\"\"\"");
        QVERIFY(line > 0);
        const QByteArray film = expected.mid(line, expected.indexOf("\r\n", line) - line);
        for (const char *value :
             {",FR,", ",Drama,", ",Company 128; Company 121,", ",Vudu (rent),",
              ",Person 121,Person 122,Person 123 (Lead 2520); Person 121 (Role 2520),", ",tag 1"})
            QVERIFY2(film.contains(value), film.constData());
    }
    // 0: as many threads as the machine has cores, at most four (one: one thread).
    const int cores = std::min(QThread::idealThreadCount(), 4);
    for (const int threads : {2, 3, 0}) {
        const QString several = m_dir.filePath(QStringLiteral("several.csv"));
        QList<qint64> progress;
        const ExportReport report = exportTable(table, threads, several, [&](qint64 rows) {
            progress.append(rows);
            return true;
        });
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.rows, rows);
        QCOMPARE(report.threads, threads > 0 ? threads : std::max(cores, 1));
        QVERIFY(TestUtil::readFile(several) == expected);
        // Progress came part by part, growing, to the end.
        QVERIFY(progress.size() > 3);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QCOMPARE(progress.last(), rows);
    }
}

void TestCsvExport::aFilteredExportHasTheRowsTheViewCounts_data()
{
    QTest::addColumn<QString>("filter");
    for (const char *filter : {"critics:>=50", "critics:<20.5", "reviews:>=2", "tmdb:>5",
                               "year:1990..1999", "company:\"Company 121\"", "has:synopsis"})
        QTest::newRow(filter) << QString::fromUtf8(filter);
}

void TestCsvExport::aFilteredExportHasTheRowsTheViewCounts()
{
    // Whole numbers and reals reach SQLite as such, as the view binds them.
    QFETCH(QString, filter);
    TableQuery query(*m_catalog, Table::Films);
    QVERIFY(query.setFilter(filter).isValid());
    const qint64 expected = query.count();
    QVERIFY(expected > 0);
    ExportOptions options;
    options.filter = filter;
    const ExportReport report =
        CsvExporter(*m_catalog, options).exportFile(m_dir.filePath(QStringLiteral("f.csv")));
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.rows, expected);
}

void TestCsvExport::aCancelWritesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
    int calls = 0;
    const ExportReport report =
        exportTable(Table::Films, 3, path, [&](qint64) { return ++calls < 3; });
    QVERIFY(report.cancelled);
    QCOMPARE(report.threads, 3);
    QVERIFY(report.error.isEmpty());
    QCOMPARE(calls, 3);
    QVERIFY(!QFileInfo::exists(path));
}

void TestCsvExport::aWriterMeanwhileNeverSplitsTheState()
{
    // Another connection renames the first and the last film together, over and over, while
    // the films are exported: the two are read by different threads, yet a file always shows
    // both renamed alike.
    const qint64 first = count(*m_catalog, QStringLiteral("SELECT min(id) FROM films"));
    const qint64 last = count(*m_catalog, QStringLiteral("SELECT max(id) FROM films"));
    std::atomic<bool> done = false;
    std::atomic<int> renames = 0;
    const QString catalogPath = m_catalog->path();
    std::unique_ptr<QThread> writer(QThread::create([&] {
        auto catalog = Catalog::open(catalogPath);
        for (int n = 1; !done; ++n) {
            Transaction transaction(*catalog);
            QSqlQuery q(catalog->database());
            q.prepare(QStringLiteral("UPDATE films SET title = ? WHERE id IN (?, ?)"));
            q.addBindValue(QStringLiteral("Renamed %1").arg(n));
            q.addBindValue(first);
            q.addBindValue(last);
            if (!q.exec())
                return;
            transaction.commit();
            renames = n;
            QThread::usleep(300); // a pause now and then, as between a user's edits
        }
    }));
    writer->start();
    auto stopWriter = qScopeGuard([&] {
        done = true;
        writer->wait();
    });
    while (renames == 0)
        QThread::msleep(1);
    int onSeveralThreads = 0; // the others found the catalog changing at each attempt
    for (int run = 0; run < 8; ++run) {
        const QString path = m_dir.filePath(QStringLiteral("meanwhile.csv"));
        const ExportReport report = exportTable(Table::Films, 3, path);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        const QByteArray bytes = TestUtil::readFile(path);
        const qsizetype firstLine = bytes.indexOf("\r\n") + 2;
        const QByteArray firstTitle =
            bytes.mid(firstLine, bytes.indexOf(',', firstLine) - firstLine);
        const qsizetype lastLine = bytes.lastIndexOf("\r\n", bytes.size() - 3) + 2;
        const QByteArray lastTitle = bytes.mid(lastLine, bytes.indexOf(',', lastLine) - lastLine);
        QVERIFY2(firstTitle.startsWith("Renamed "), firstTitle.constData());
        if (report.threads > 1)
            ++onSeveralThreads;
        QCOMPARE(lastTitle, firstTitle);
    }
    stopWriter.dismiss();
    done = true;
    writer->wait();
    QVERIFY(renames > 1);
    QVERIFY(onSeveralThreads > 0);
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
