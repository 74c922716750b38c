#include "core/db/catalog.h"
#include "core/db/filmrepository.h"
#include "core/db/sql.h"
#include "core/domain/error.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Marquee;

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void newCatalogHasLatestSchema();
    void connectionSettingsAreVerified();
    void olderCatalogIsUpgradedKeepingItsRows();
    void aLongUpgradeSaysItIsBusy();
    void newerCatalogIsRefusedAndUnchanged();
    void nonCatalogFilesAreRefusedAndUnchanged_data();
    void nonCatalogFilesAreRefusedAndUnchanged();
    void missingCatalogIsNotCreatedWhenAskedNotTo();
    void anotherApplicationsDatabaseIsRefusedAndUnchanged();
    void readOnlyCatalogRefusesWrites();
    void readOnlyCatalogIsReadWhenOnlyCommentStepsAreMissing();
    void transactionRollsBackUnlessCommitted();
    void checkReportsASoundCatalog();
    void lockedCatalogIsExplained();
    void bulkWritingEndsWithAnEmptyLogUnlessSomeoneReads();

private:
    // Runs SQL on a file through a plain connection, outside the Catalog class.
    static void rawExec(const QString &path, const QStringList &statements);
};

void TestCatalog::rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = TestUtil::otherConnection(QStringLiteral("raw"), path);
        QVERIFY(db.isOpen());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void TestCatalog::newCatalogHasLatestSchema()
{
    QTemporaryDir dir;
    auto catalog = Catalog::open(dir.filePath(QStringLiteral("sub/folder/new.db")));
    QVERIFY(catalog->isNew());
    QVERIFY(!catalog->isReadOnly());
    QCOMPARE(catalog->schemaVersion(), Catalog::latestSchemaVersion());
    QVERIFY(Catalog::latestSchemaVersion() >= 2);
    QSqlQuery q(catalog->database());
    QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version ORDER BY version")));
    int expected = 1;
    while (q.next())
        QCOMPARE(q.value(0).toInt(), expected++);
    QCOMPARE(expected - 1, Catalog::latestSchemaVersion());
    // Every full-text index gathers 16 MB of words before writing them out.
    for (const char *index : {"film_search", "review_search", "company_search", "person_search"}) {
        QVERIFY(q.exec(QStringLiteral("SELECT v FROM %1_config WHERE k = 'hashsize'")
                           .arg(QLatin1String(index))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 16 * 1024 * 1024);
    }
}

void TestCatalog::connectionSettingsAreVerified()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    QSqlQuery q(catalog->database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
    QVERIFY(q.value(0).toInt() >= 1000);
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toUInt(), 0x4D525145u);
    QVERIFY(q.exec(QStringLiteral("PRAGMA secure_delete")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FAST
}

void TestCatalog::olderCatalogIsUpgradedKeepingItsRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        auto catalog = TestUtil::catalogAtSchema(path, 1);
        QCOMPARE(catalog->schemaVersion(), 1);
        QSqlQuery q(catalog->database());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT count(*) FROM sqlite_master WHERE name = 'films_year'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        Film film;
        film.title = QStringLiteral("Backstage");
        film.year = 2005;
        FilmRepository(*catalog).insert(film);
    }
    QList<std::pair<int, int>> upgrades;
    Catalog::Options options;
    options.upgrading = [&](int from, int to) {
        upgrades.append({from, to});
    };
    auto catalog = Catalog::open(path, options);
    QVERIFY(!catalog->isNew());
    QCOMPARE(catalog->schemaVersion(), Catalog::latestSchemaVersion());
    QVERIFY(!upgrades.isEmpty()); // at least when it began
    QCOMPARE(upgrades.first(), std::pair(1, Catalog::latestSchemaVersion()));
    QSqlQuery q(catalog->database());
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'films_year'")) &&
        q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    FilmRepository films(*catalog);
    QCOMPARE(films.count(), 1);
    QVERIFY(films.findByTitleYear(QStringLiteral("backstage"), 2005));
}

void TestCatalog::aLongUpgradeSaysItIsBusy()
{
    // 100,000 films at schema 10: the films' full-text index is built again at schema 11,
    // which takes half a second or more; the callback hears of it at the start and then
    // every tenth of a second, no more often. A catalog created or already up to date is not
    // upgraded and says nothing.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    int calls = 0;
    QElapsedTimer clock;
    clock.start();
    QList<qint64> at;
    Catalog::Options options;
    options.upgrading = [&](int, int) {
        ++calls;
        at.append(clock.elapsed());
    };
    {
        Catalog::Options old = options;
        old.schemaVersion = 10;
        auto catalog = Catalog::open(path, old);
        QCOMPARE(calls, 0);
        TestUtil::addFilms(*catalog, 100000, QStringLiteral("title, title_key, synopsis"),
                           QStringLiteral("'Film ' || i, 'film ' || i, 'A story of harbours ' || "
                                          "i || ' and rivers, of night trains ' || (i * 7) || ' "
                                          "and the lights of ' || (i % 997) || ' cities by the "
                                          "sea.'"));
    }
    QElapsedTimer timer;
    timer.start();
    auto catalog = Catalog::open(path, options);
    const qint64 took = timer.elapsed();
    QCOMPARE(catalog->schemaVersion(), Catalog::latestSchemaVersion());
    qInfo("the upgrade took %lld ms and said so %d times", took, calls);
    QVERIFY(calls >= 2);
    QVERIFY(calls >= 1 + int(took / 200)); // every tenth of a second, give or take
    for (qsizetype i = 1; i < at.size(); ++i)
        QVERIFY2(at[i] - at[i - 1] >= 100, qPrintable(QString::number(at[i] - at[i - 1])));
    catalog.reset();
    calls = 0;
    catalog = Catalog::open(path, options);
    QCOMPARE(calls, 0);
}

void TestCatalog::newerCatalogIsRefusedAndUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    Catalog::open(path).reset();
    rawExec(path, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                   QStringLiteral("INSERT INTO schema_version (version) VALUES (99)")});
    const QByteArray before = TestUtil::readFile(path);
    try {
        Catalog::open(path);
        QFAIL("a newer catalog was opened");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::NewerCatalog);
        QVERIFY2(e.message().contains(QStringLiteral("newer version")), qPrintable(e.message()));
        QVERIFY(e.message().contains(QStringLiteral("99")));
    }
    QCOMPARE(TestUtil::readFile(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestCatalog::nonCatalogFilesAreRefusedAndUnchanged_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty file") << QByteArray() << "empty";
    QTest::newRow("text") << QByteArray("title,year\nBackstage,2005\n") << "not an SQLite database";
    QTest::newRow("junk") << QByteArray(4096, '\xAB') << "not an SQLite database";
    QByteArray header("SQLite format 3", 16);
    header.append(QByteArray(4080, '\0'));
    QTest::newRow("damaged sqlite") << header << "";
}

void TestCatalog::nonCatalogFilesAreRefusedAndUnchanged()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = TestUtil::writeFile(dir, QStringLiteral("file.db"), bytes);
    try {
        Catalog::open(path);
        QFAIL("a non-catalog file was opened");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::NotACatalog);
        QVERIFY2(e.message().contains(QStringLiteral("not a Marquee catalog")),
                 qPrintable(e.message()));
        QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
        QVERIFY(e.message().contains(path));
    }
    QCOMPARE(TestUtil::readFile(path), bytes);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("file.db")});
}

void TestCatalog::missingCatalogIsNotCreatedWhenAskedNotTo()
{
    QTemporaryDir dir;
    Catalog::Options options;
    options.create = false;
    const QString path = dir.filePath(QStringLiteral("none.db"));
    QVERIFY_THROWS_EXCEPTION(Error, Catalog::open(path, options));
    QVERIFY(!QFile::exists(path));
}

void TestCatalog::anotherApplicationsDatabaseIsRefusedAndUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    rawExec(path, {QStringLiteral("CREATE TABLE bookmarks (url TEXT)"),
                   QStringLiteral("INSERT INTO bookmarks VALUES ('https://example.org')")});
    const QByteArray before = TestUtil::readFile(path);
    try {
        Catalog::open(path);
        QFAIL("another application's database was opened");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::NotACatalog);
        QVERIFY2(e.message().contains(QStringLiteral("another application")),
                 qPrintable(e.message()));
    }
    QCOMPARE(TestUtil::readFile(path), before);
}

void TestCatalog::readOnlyCatalogRefusesWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.db"));
    Film film;
    film.title = QStringLiteral("Green Book");
    FilmRepository(*Catalog::open(path)).insert(film);

    Catalog::Options options;
    options.readOnly = true;
    auto catalog = Catalog::open(path, options);
    QVERIFY(catalog->isReadOnly());
    FilmRepository films(*catalog);
    QCOMPARE(films.count(), 1);
    try {
        films.insert(film);
        QFAIL("a read-only catalog took a write");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::ReadOnly);
    }
    QCOMPARE(films.count(), 1);
    catalog.reset();

    // A file the user may not write opens read-only by itself (root may write anything).
    if (geteuid() != 0) {
        QFile::setPermissions(path, QFile::ReadOwner);
        QVERIFY(Catalog::open(path)->isReadOnly());
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
}

void TestCatalog::readOnlyCatalogIsReadWhenOnlyCommentStepsAreMissing()
{
    // Schema 14 changes no table (its step is a comment): a read-only catalog at 13 is read
    // as it is. Schema 13 changed one, so a read-only catalog at 12 needs the upgrade.
    QTemporaryDir dir;
    const auto make = [&](int schema) {
        const QString path = dir.filePath(QStringLiteral("at%1.db").arg(schema));
        Film film;
        film.title = QStringLiteral("Backstage");
        FilmRepository(*TestUtil::catalogAtSchema(path, schema)).insert(film);
        return path;
    };
    const QString at13 = make(13);
    const QString at12 = make(12);
    Catalog::Options readOnly;
    readOnly.readOnly = true;
    readOnly.schemaVersion = 14;
    {
        auto catalog = Catalog::open(at13, readOnly);
        QVERIFY(catalog->isReadOnly());
        QCOMPARE(catalog->schemaVersion(), 13);
        QCOMPARE(FilmRepository(*catalog).count(), 1);
        QCOMPARE(Sql::scalar(catalog->database(),
                             QStringLiteral("SELECT max(version) FROM schema_version"))
                     .toInt(),
                 13);
    }
    try {
        Catalog::open(at12, readOnly);
        QFAIL("a read-only catalog two steps behind was opened");
    } catch (const Error &e) {
        QCOMPARE(e.kind(), Error::Kind::ReadOnly);
        QVERIFY2(e.message().contains(QStringLiteral("needs an upgrade to schema 14")),
                 qPrintable(e.message()));
    }
    // Writable, the same catalog is upgraded as before.
    Catalog::Options writable;
    writable.schemaVersion = 14;
    QCOMPARE(Catalog::open(at13, writable)->schemaVersion(), 14);
}

void TestCatalog::transactionRollsBackUnlessCommitted()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    FilmRepository films(*catalog);
    Film film;
    film.title = QStringLiteral("Perfect Sense");
    {
        Transaction transaction(*catalog);
        films.insert(film);
        QCOMPARE(films.count(), 1);
    }
    QCOMPARE(films.count(), 0);
    {
        Transaction transaction(*catalog);
        films.insert(film);
        transaction.commit();
    }
    QCOMPARE(films.count(), 1);
}

void TestCatalog::bulkWritingEndsWithAnEmptyLogUnlessSomeoneReads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("test.db"));
    const QString log = path + QStringLiteral("-wal");
    // Waiting for a lock would take two minutes here (the test's bound is one).
    Catalog::Options options;
    options.busyTimeoutMs = 120000;
    auto catalog = Catalog::open(path, options);
    FilmRepository films(*catalog);
    const auto writeSome = [&] {
        catalog->setBulkWriting(true);
        Transaction transaction(*catalog);
        for (int i = 0; i < 200; ++i) {
            Film film;
            film.title = QStringLiteral("Film %1").arg(i);
            film.synopsis = QString(400, u'x');
            films.insert(film);
        }
        transaction.commit();
    };
    {
        // Another connection in the middle of a read: the pages it reads stay in the log, and
        // the checkpoint does not wait for it.
        QSqlDatabase reader = TestUtil::otherConnection(QStringLiteral("reader"), path);
        QVERIFY(reader.isOpen());
        QSqlQuery read(reader);
        QVERIFY(read.exec(QStringLiteral("BEGIN")));
        QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM films")) && read.next());
        writeSome();
        QVERIFY(QFileInfo(log).size() > 0);
        QElapsedTimer timer;
        timer.start();
        catalog->setBulkWriting(false);
        QVERIFY2(timer.elapsed() < 60000, "the checkpoint waited for the reader");
        QVERIFY(QFileInfo(log).size() > 0);
        QCOMPARE(Sql::scalar(catalog->database(), QStringLiteral("PRAGMA busy_timeout")).toInt(),
                 120000);
        QCOMPARE(
            Sql::scalar(catalog->database(), QStringLiteral("PRAGMA wal_autocheckpoint")).toInt(),
            1000);
        QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM films")) && read.next());
        QCOMPARE(read.value(0).toInt(), 0); // still the state it began with
        QVERIFY(read.exec(QStringLiteral("COMMIT")));
        read = QSqlQuery();
        reader.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    // Alone, the log is copied into the catalog and emptied.
    writeSome();
    QVERIFY(QFileInfo(log).size() > 0);
    catalog->setBulkWriting(false);
    QCOMPARE(QFileInfo(log).size(), 0);
    QCOMPARE(films.count(), 400);
}

void TestCatalog::checkReportsASoundCatalog()
{
    QTemporaryDir dir;
    auto catalog = TestUtil::newCatalog(dir);
    QCOMPARE(catalog->check(), QStringList());
}

void TestCatalog::lockedCatalogIsExplained()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.db"));
    Catalog::open(path).reset();
    {
        // Another program holds the catalog's exclusive lock.
        QSqlDatabase other = TestUtil::otherConnection(QStringLiteral("holder"), path);
        QVERIFY(other.isOpen());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        Catalog::Options options;
        options.busyTimeoutMs = 200;
        try {
            Catalog::open(path, options);
            QFAIL("a locked catalog was opened");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Locked);
            QVERIFY2(e.message().contains(QStringLiteral("locked by another program")),
                     qPrintable(e.message()));
        }
        q.exec(QStringLiteral("ROLLBACK"));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QVERIFY(Catalog::open(path)); // and it opens once the other program is done
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
