#include "core/db/catalog.h"
#include "core/db/filmsearchbuilder.h"
#include "core/db/sql.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Marquee;

// The films' full-text index of a large import, built on a thread of its own: used when only
// the import wrote, replaced by the films left out otherwise, and completed after a crash.
class TestFilmSearchBuilder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void takesTheCatalogsPlaceWhenOnlyTheImportWrote();
    void anotherWriterMeanwhileLeavesTheFilmsToTheUsualWay();
    void aFilmChangedByTheImportLeavesThemToTheUsualWay();
    void aCrashedImportsFilmsAreIndexedAtTheNextOpen();
    void anOpenWhileTheImportRunsIndexesThemThen();
    void oneMarkAtATime();
    void onlyACatalogThatOlderProgramsRefuseIsMarked();
    void theImportsLinksAreCountedWhenItsMarkGoes();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("test.db")); }
    // `count` films added the way an import adds them, in a bulk write, and the thread told.
    void importBatch(FilmSearchBuilder *builder, int first, int count);
    qint64 matches(const QString &words);
    QVariant mark();
    QStringList builderFiles() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestFilmSearchBuilder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = TestUtil::newCatalog(*m_dir);
    // The films before the import: one word each of theirs, and "before" in all.
    TestUtil::addFilms(*m_catalog, 300, QStringLiteral("title, title_key, synopsis"),
                       QStringLiteral("'Before ' || i, 'before ' || i, 'older' || i"));
}

void TestFilmSearchBuilder::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

void TestFilmSearchBuilder::importBatch(FilmSearchBuilder *builder, int first, int count)
{
    TestUtil::addFilms(
        *m_catalog, count, QStringLiteral("title, title_key, synopsis"),
        QStringLiteral("'Harbor ' || (i + %1), 'harbor ' || (i + %1), 'newer' || (i + %1)")
            .arg(first - 1),
        Transaction::Indexing::Deferred);
    if (builder)
        builder->committed();
}

qint64 TestFilmSearchBuilder::matches(const QString &words)
{
    return Sql::scalar(m_catalog->database(),
                       QStringLiteral("SELECT count(*) FROM film_search WHERE film_search MATCH ?"),
                       {words})
        .toLongLong();
}

QVariant TestFilmSearchBuilder::mark()
{
    return Sql::scalar(m_catalog->database(),
                       QStringLiteral("SELECT after_id FROM search_deferred WHERE table_name = "
                                      "'films'"));
}

QStringList TestFilmSearchBuilder::builderFiles() const
{
    return QDir(m_dir->path()).entryList({QStringLiteral("test.db-search-*")}, QDir::Files);
}

void TestFilmSearchBuilder::takesTheCatalogsPlaceWhenOnlyTheImportWrote()
{
    auto builder = FilmSearchBuilder::start(*m_catalog);
    QVERIFY(builder);
    QCOMPARE(mark().toLongLong(), 300);
    QCOMPARE(builderFiles().size(), 1);
    for (int batch = 0; batch < 4; ++batch)
        importBatch(builder.get(), 1 + batch * 500, 500);
    // Meanwhile the catalog's index has the films before the import only.
    QCOMPARE(matches(QStringLiteral("before")), 300);
    QCOMPARE(matches(QStringLiteral("harbor")), 0);
    QCOMPARE(mark().toLongLong(), 300);

    QVERIFY(builder->finish());
    QVERIFY(!mark().isValid());
    QCOMPARE(matches(QStringLiteral("before")), 300);
    QCOMPARE(matches(QStringLiteral("harbor")), 2000);
    QCOMPARE(matches(QStringLiteral("newer1999")), 1);
    QCOMPARE(matches(QStringLiteral("old*")), 300);
    QCOMPARE(TestUtil::filmSearchDifference(*m_catalog), QString());
    // FTS5's own check of its structure, the words' counts and the films' sizes.
    QSqlQuery check(m_catalog->database());
    QVERIFY2(check.exec(QStringLiteral("INSERT INTO film_search (film_search, rank) VALUES "
                                       "('integrity-check', 1)")),
             qPrintable(check.lastError().text()));
    // The index keeps its settings, and later writes keep it in step as before.
    QCOMPARE(Sql::scalar(m_catalog->database(),
                         QStringLiteral("SELECT v FROM film_search_config WHERE k = 'hashsize'"))
                 .toInt(),
             16777216);
    Sql::exec(m_catalog->database(),
              QStringLiteral("UPDATE films SET title = 'Lighthouse' WHERE id = 301"));
    Sql::exec(m_catalog->database(), QStringLiteral("DELETE FROM films WHERE id = 302"));
    QCOMPARE(matches(QStringLiteral("harbor")), 1998);
    QCOMPARE(matches(QStringLiteral("lighthouse")), 1);
    QCOMPARE(TestUtil::filmSearchDifference(*m_catalog), QString());
    QCOMPARE(m_catalog->check(), QStringList());
    builder.reset();
    QCOMPARE(builderFiles(), QStringList());
}

void TestFilmSearchBuilder::anotherWriterMeanwhileLeavesTheFilmsToTheUsualWay()
{
    auto builder = FilmSearchBuilder::start(*m_catalog);
    QVERIFY(builder);
    importBatch(builder.get(), 1, 500);
    QTRY_COMPARE(builder->indexedUpTo(), 800);
    {
        // Another program changes a film from before the import and one of the import's, and
        // deletes another of the import's, after the thread indexed them.
        QSqlDatabase other = TestUtil::otherConnection(QStringLiteral("other"), path());
        QVERIFY(other.isOpen());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        QVERIFY(q.exec(QStringLiteral("UPDATE films SET title = 'Lighthouse' WHERE id = 7")));
        QVERIFY(q.exec(QStringLiteral("UPDATE films SET title = 'Orchard' WHERE id = 350")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM films WHERE id = 351")));
        q = QSqlQuery();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    importBatch(builder.get(), 501, 500);

    QVERIFY(!builder->finish());
    QVERIFY(!mark().isValid());
    QCOMPARE(matches(QStringLiteral("lighthouse")), 1);
    QCOMPARE(matches(QStringLiteral("orchard")), 1);
    QCOMPARE(matches(QStringLiteral("harbor")), 998);
    QCOMPARE(matches(QStringLiteral("before")), 299);
    QCOMPARE(TestUtil::filmSearchDifference(*m_catalog), QString());
    QCOMPARE(Sql::scalar(m_catalog->database(), QStringLiteral("SELECT count(*) FROM search_stale"))
                 .toInt(),
             0);
    // The thread's file is no longer attached, and the next large import builds its own.
    QCOMPARE(Sql::scalar(m_catalog->database(),
                         QStringLiteral("SELECT count(*) FROM pragma_database_list WHERE name = "
                                        "'film_search_build'"))
                 .toInt(),
             0);
    builder.reset();
    builder = FilmSearchBuilder::start(*m_catalog);
    QVERIFY(builder);
    importBatch(builder.get(), 1001, 300);
    QVERIFY(builder->finish());
    QCOMPARE(matches(QStringLiteral("harbor")), 1298);
    QCOMPARE(TestUtil::filmSearchDifference(*m_catalog), QString());
}

void TestFilmSearchBuilder::aFilmChangedByTheImportLeavesThemToTheUsualWay()
{
    auto builder = FilmSearchBuilder::start(*m_catalog);
    QVERIFY(builder);
    importBatch(builder.get(), 1, 500);
    QTRY_COMPARE(builder->indexedUpTo(), 800);
    {
        // A duplicate row of the file updated a film the import wrote before.
        Transaction t(*m_catalog, Transaction::Indexing::Deferred);
        Sql::exec(m_catalog->database(),
                  QStringLiteral("UPDATE films SET synopsis = 'lighthouse' WHERE id = 320"));
        t.commit();
        builder->filmChanged();
        builder->committed();
    }
    QVERIFY(!builder->finish());
    QCOMPARE(matches(QStringLiteral("lighthouse")), 1);
    QCOMPARE(matches(QStringLiteral("newer20")), 0);
    QCOMPARE(matches(QStringLiteral("harbor")), 500);
    QCOMPARE(TestUtil::filmSearchDifference(*m_catalog), QString());
}

void TestFilmSearchBuilder::aCrashedImportsFilmsAreIndexedAtTheNextOpen()
{
    auto builder = FilmSearchBuilder::start(*m_catalog);
    QVERIFY(builder);
    importBatch(builder.get(), 1, 700);
    // The import stops without its end; its file stays behind, as after a crash.
    builder.reset();
    QVERIFY(TestUtil::writeFile(*m_dir, QStringLiteral("test.db-search-AbC123"), "left").size());
    QCOMPARE(mark().toLongLong(), 300);
    QCOMPARE(matches(QStringLiteral("harbor")), 0);
    m_catalog.reset();

    int building = 0;
    Catalog::Options options;
    options.buildingIndexes = [&] {
        ++building;
    };
    m_catalog = Catalog::open(path(), options);
    QVERIFY(building >= 1);
    QVERIFY(!mark().isValid());
    QCOMPARE(matches(QStringLiteral("harbor")), 700);
    QCOMPARE(matches(QStringLiteral("before")), 300);
    QCOMPARE(TestUtil::filmSearchDifference(*m_catalog), QString());
    QCOMPARE(builderFiles(), QStringList());
    // Then nothing is left to do, and nothing is said.
    m_catalog.reset();
    building = 0;
    m_catalog = Catalog::open(path(), options);
    QCOMPARE(building, 0);
}

void TestFilmSearchBuilder::anOpenWhileTheImportRunsIndexesThemThen()
{
    auto builder = FilmSearchBuilder::start(*m_catalog);
    QVERIFY(builder);
    importBatch(builder.get(), 1, 400);
    // Another window opens the catalog between two batches: the import's lock tells it from a
    // crashed one, and the open leaves its mark and its file alone.
    {
        const auto other = Catalog::open(path());
        QVERIFY(Sql::scalar(other->database(),
                            QStringLiteral("SELECT 1 FROM search_deferred WHERE table_name = "
                                           "'films'"))
                    .isValid());
    }
    QCOMPARE(builderFiles().size(), 1);
    QCOMPARE(matches(QStringLiteral("harbor")), 0);
    importBatch(builder.get(), 401, 400);
    QVERIFY(builder->finish());
    QCOMPARE(matches(QStringLiteral("harbor")), 800);
    QCOMPARE(TestUtil::filmSearchDifference(*m_catalog), QString());
}

void TestFilmSearchBuilder::oneMarkAtATime()
{
    auto builder = FilmSearchBuilder::start(*m_catalog);
    QVERIFY(builder);
    QVERIFY(!FilmSearchBuilder::start(*m_catalog));
    // In a transaction: refused, as the mark must be committed before the batches.
    builder.reset();
    Sql::exec(m_catalog->database(), QStringLiteral("DELETE FROM search_deferred"));
    Transaction t(*m_catalog);
    QVERIFY(!FilmSearchBuilder::start(*m_catalog));
}

void TestFilmSearchBuilder::onlyACatalogThatOlderProgramsRefuseIsMarked()
{
    // At schema 13, a Marquee that does not know lasting marks may open the catalog: no mark.
    m_catalog.reset();
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path() + QLatin1String(suffix));
    Catalog::Options older;
    older.schemaVersion = 13;
    m_catalog = Catalog::open(path(), older);
    QCOMPARE(m_catalog->schemaVersion(), 13);
    TestUtil::addFilms(*m_catalog, 300, QStringLiteral("title, title_key"),
                       QStringLiteral("'Before ' || i, 'before ' || i"));
    QVERIFY(!FilmSearchBuilder::start(*m_catalog));
    QVERIFY(!mark().isValid());

    // A mark that a crashed import left at schema 13 is resolved before the upgrade.
    Sql::exec(m_catalog->database(),
              QStringLiteral("INSERT INTO search_deferred (table_name, after_id) VALUES "
                             "('films', 300)"));
    importBatch(nullptr, 1, 50);
    QCOMPARE(matches(QStringLiteral("harbor")), 0);
    m_catalog.reset();
    m_catalog = Catalog::open(path());
    QCOMPARE(m_catalog->schemaVersion(), Catalog::latestSchemaVersion());
    QVERIFY(Catalog::latestSchemaVersion() >= 14);
    QVERIFY(!mark().isValid());
    QCOMPARE(matches(QStringLiteral("harbor")), 50);
    QCOMPARE(TestUtil::filmSearchDifference(*m_catalog), QString());
    auto builder = FilmSearchBuilder::start(*m_catalog);
    QVERIFY(builder);
    QCOMPARE(mark().toLongLong(), 350);
}

void TestFilmSearchBuilder::theImportsLinksAreCountedWhenItsMarkGoes()
{
    // A company of ten films from before the import and a hundred of the import's: the
    // import's links leave its count alone until the import ends, then are added at once.
    const QSqlDatabase db = m_catalog->database();
    Sql::exec(db, QStringLiteral("INSERT INTO companies (name, name_key) VALUES ('Harbor Films', "
                                 "'harbor films')"));
    const auto link = [&](const char *films) {
        Sql::exec(db, QStringLiteral("INSERT INTO film_companies (film_id, company_id, position) "
                                     "SELECT id, (SELECT id FROM companies), 0 FROM films WHERE ") +
                          QLatin1String(films));
    };
    const auto filmCount = [&] {
        return Sql::scalar(db, QStringLiteral("SELECT film_count FROM companies")).toLongLong();
    };
    link("id <= 10");
    QCOMPARE(filmCount(), 10);
    auto builder = FilmSearchBuilder::start(*m_catalog);
    QVERIFY(builder);
    importBatch(builder.get(), 1, 500);
    {
        Transaction t(*m_catalog, Transaction::Indexing::Deferred);
        link("id > 300 AND id <= 400");
        t.commit();
    }
    builder->committed();
    QCOMPARE(filmCount(), 10);
    QVERIFY(builder->finish());
    QVERIFY(!mark().isValid());
    QCOMPARE(filmCount(), 110);
    // Then each link counts as it is written.
    link("id = 401");
    QCOMPARE(filmCount(), 111);
}

QTEST_GUILESS_MAIN(TestFilmSearchBuilder)
#include "tst_filmsearchbuilder.moc"
