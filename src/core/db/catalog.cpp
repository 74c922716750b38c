#include "catalog.h"

#include "../domain/error.h"
#include "deferredindexes.h"
#include "filmsearchbuilder.h"
#include "sql.h"
#include "sqlitestatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtEndian>

#include <atomic>
#include <limits>
#include <map>

namespace Marquee {

namespace {

constexpr quint32 ApplicationId = 0x4D525145; // "MRQE", in the SQLite header at offset 68
const char SqliteMagic[] = "SQLite format 3";

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("marquee-catalog-%1").arg(++counter);
}

// The numbered migration files of a driver, compiled in as resources, by version.
std::map<int, QString> migrationFiles(const QString &driver)
{
    std::map<int, QString> files;
    const QDir dir(QStringLiteral(":/migrations/") + driver);
    static const QRegularExpression name(QStringLiteral(R"(^(\d{4})_.*\.sql$)"));
    for (const QString &entry : dir.entryList(QDir::Files)) {
        const auto m = name.match(entry);
        if (m.hasMatch())
            files.emplace(m.capturedView(1).toInt(), dir.filePath(entry));
    }
    return files;
}

// Splits a migration file into single statements (the driver runs one per exec). A statement
// ends at a line whose code ends with ';', except inside a trigger body, which ends at "END;".
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    for (QString line : script.split(u'\n')) {
        const qsizetype comment = line.indexOf(QStringLiteral("--"));
        if (comment >= 0 && line.left(comment).count(u'\'') % 2 == 0)
            line.truncate(comment);
        if (line.trimmed().isEmpty())
            continue;
        current += line + u'\n';
        const QString code = line.trimmed();
        if (code.startsWith(QStringLiteral("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        if (!code.endsWith(u';'))
            continue;
        if (inTrigger && code.compare(QStringLiteral("END;"), Qt::CaseInsensitive) != 0)
            continue;
        inTrigger = false;
        statements.append(current.trimmed());
        current.clear();
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

struct Probe
{
    int version = 0;
};

[[noreturn]] void notACatalog(const QString &path, const QString &why)
{
    throw Error(QStringLiteral("%1 is not a Marquee catalog: %2. It was left untouched; open a "
                               "catalog file or give a new file name to create one.")
                    .arg(QDir::toNativeSeparators(path), why),
                Error::Kind::NotACatalog);
}

[[noreturn]] void lockedCatalog(const QString &path)
{
    throw Error(QStringLiteral("%1 is locked by another program that is writing to it. Try again "
                               "when it has finished; nothing was changed.")
                    .arg(QDir::toNativeSeparators(path)),
                Error::Kind::Locked);
}

// Looks at an existing file without writing a byte to it: the SQLite header, the application
// id, then (read-only) the schema_version table.
Probe probe(const QString &path, int busyTimeoutMs)
{
    const QFileInfo info(path);
    if (info.isDir())
        notACatalog(path, QStringLiteral("it is a folder"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(QStringLiteral("Cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.size() == 0)
        notACatalog(path, QStringLiteral("the file is empty"));
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArray(SqliteMagic, sizeof SqliteMagic)))
        notACatalog(path, QStringLiteral("it is not an SQLite database"));
    const quint32 appId = qFromBigEndian<quint32>(header.constData() + 68);
    if (appId != 0 && appId != ApplicationId)
        notACatalog(path, QStringLiteral("it is another application's database"));

    Probe result;
    const QString connection = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        QString problem;
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                           "'table' AND name = 'schema_version'")) ||
                !query.next()) {
                problem = query.lastError().text();
            } else if (query.value(0).toInt() == 0) {
                problem = QStringLiteral("it is another application's database");
            } else if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_version")) ||
                       !query.next()) {
                problem = query.lastError().text();
            } else {
                result.version = query.value(0).toInt();
            }
        }
        db.close();
        if (!problem.isEmpty()) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            if (problem.contains(QLatin1String("database is locked")))
                lockedCatalog(path);
            notACatalog(path, problem);
        }
    }
    QSqlDatabase::removeDatabase(connection);

    if (result.version > Catalog::latestSchemaVersion()) {
        throw Error(QStringLiteral("%1 was written by a newer version of Marquee (catalog schema "
                                   "%2; this program knows up to %3). Update Marquee to open it; "
                                   "the catalog was not changed.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(result.version)
                        .arg(Catalog::latestSchemaVersion()),
                    Error::Kind::NewerCatalog);
    }
    return result;
}

bool canWrite(const QString &path)
{
    const QFileInfo info(path);
    // WAL needs the -wal and -shm files beside the catalog, so the folder must be writable too.
    return info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
}

void setPragma(const QSqlDatabase &db, const QString &pragma, const QString &value,
               const QString &expected)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA %1 = %2").arg(pragma, value))) {
        throw Error(QStringLiteral("Cannot set up the catalog connection (%1): %2")
                        .arg(pragma, query.lastError().text()));
    }
    query.finish();
    // Unknown or refused settings are ignored without a word: read each one back.
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(pragma)) || !query.next() ||
        query.value(0).toString().compare(expected, Qt::CaseInsensitive) != 0) {
        throw Error(QStringLiteral("The catalog connection did not accept %1 = %2 (it reports "
                                   "\"%3\"); the file system may not support it.")
                        .arg(pragma, value, query.value(0).toString()));
    }
}

void migrateSteps(const QSqlDatabase &db, int from, int to);

QString migrationScript(const QString &file)
{
    QFile sqlFile(file);
    if (!sqlFile.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("Missing migration %1").arg(file));
    return QString::fromUtf8(sqlFile.readAll());
}

// The oldest schema with the tables of `target`: the steps after it only say what a catalog
// may hold (their files are comments), so a catalog there reads as one at `target`.
int oldestWithSameTables(int target)
{
    int oldest = target;
    const auto files = migrationFiles(QStringLiteral("sqlite"));
    for (auto it = files.rbegin(); it != files.rend(); ++it) {
        if (it->first > target)
            continue;
        if (it->first != oldest || !splitStatements(migrationScript(it->second)).isEmpty())
            break;
        oldest = it->first - 1;
    }
    return oldest;
}

// The steps from `from` to `to`; an existing catalog's upgrade calls `upgrading` first, then
// about ten times a second while SQLite works.
void migrate(const QSqlDatabase &db, int from, int to,
             const std::function<void(int, int)> &upgrading)
{
    if (from == 0 || from >= to || !upgrading) {
        migrateSteps(db, from, to);
        return;
    }
    upgrading(from, to);
    const BusyTicks ticks(SqliteStatement::handle(db), [&] { upgrading(from, to); });
    migrateSteps(db, from, to);
}

void migrateSteps(const QSqlDatabase &db, int from, int to)
{
    const auto files = migrationFiles(QStringLiteral("sqlite"));
    for (const auto &[version, file] : files) {
        if (version <= from || version > to)
            continue;
        const QString script = migrationScript(file);
        // One transaction per step: a failed step leaves the catalog at the previous version.
        Sql::exec(db, QStringLiteral("BEGIN IMMEDIATE"));
        try {
            for (const QString &statement : splitStatements(script))
                Sql::exec(db, statement);
            QSqlQuery record =
                Sql::prepare(db, QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
            record.addBindValue(version);
            Sql::exec(record);
            Sql::exec(db, QStringLiteral("COMMIT"));
        } catch (const Error &e) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            throw Error(QStringLiteral("Upgrading the catalog to schema %1 failed, and it was left "
                                       "at schema %2: %3")
                            .arg(version)
                            .arg(version - 1)
                            .arg(e.message()));
        }
    }
}

} // namespace

int Catalog::latestSchemaVersion()
{
    static const int latest = [] {
        const auto files = migrationFiles(QStringLiteral("sqlite"));
        return files.empty() ? 0 : files.rbegin()->first;
    }();
    return latest;
}

QString Catalog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/catalog.db");
}

std::unique_ptr<Catalog> Catalog::open(const QString &path, const Options &options)
{
    SqliteStatement::setUpLibrary();
    const int target = options.schemaVersion > 0 ? options.schemaVersion : latestSchemaVersion();
    std::unique_ptr<Catalog> catalog(new Catalog);
    catalog->m_path = QFileInfo(path).absoluteFilePath();

    int version = 0;
    if (QFileInfo::exists(path)) {
        version = probe(path, options.busyTimeoutMs).version;
        catalog->m_readOnly = options.readOnly || !canWrite(path);
    } else {
        if (!options.create || options.readOnly) {
            throw Error(
                QStringLiteral("There is no catalog at %1.").arg(QDir::toNativeSeparators(path)),
                Error::Kind::NotFound);
        }
        const QString folder = QFileInfo(catalog->m_path).absolutePath();
        if (!QDir().mkpath(folder)) {
            throw Error(QStringLiteral("Cannot create the folder %1 for a new catalog.")
                            .arg(QDir::toNativeSeparators(folder)));
        }
        catalog->m_created = true;
    }
    // A read-only catalog cannot be upgraded: it is read as it is, when its tables are those
    // of the target (a catalog of the version before, opened from a read-only medium).
    if (catalog->m_readOnly && version < target && version < oldestWithSameTables(target)) {
        throw Error(QStringLiteral("%1 needs an upgrade to schema %2, but it is read-only.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(target),
                    Error::Kind::ReadOnly);
    }

    catalog->m_connectionName = nextConnectionName();
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), catalog->m_connectionName);
    db.setDatabaseName(catalog->m_path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
    if (catalog->m_readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(connectOptions);
    // Undoes a failed open: the connection goes, and a file this open created goes with it.
    const auto forget = [&db, &catalog] {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(catalog->m_connectionName);
        catalog->m_connectionName.clear();
        if (catalog->m_created) {
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(catalog->m_path + QLatin1String(suffix));
        }
    };
    try {
        if (!db.open()) {
            throw Error(QStringLiteral("Cannot open %1: %2")
                            .arg(QDir::toNativeSeparators(path), db.lastError().text()));
        }
        setPragma(db, QStringLiteral("foreign_keys"), QStringLiteral("ON"), QStringLiteral("1"));
        setPragma(db, QStringLiteral("busy_timeout"), QString::number(options.busyTimeoutMs),
                  QString::number(options.busyTimeoutMs));
        if (catalog->m_readOnly && options.readCacheKiB > 0) {
            const QString kib = QString::number(-options.readCacheKiB);
            setPragma(db, QStringLiteral("cache_size"), kib, kib);
        }
        if (!catalog->m_readOnly) {
            setPragma(db, QStringLiteral("journal_mode"), QStringLiteral("WAL"),
                      QStringLiteral("wal"));
            setPragma(db, QStringLiteral("cache_size"), QStringLiteral("-65536"),
                      QStringLiteral("-65536"));
            setPragma(db, QStringLiteral("synchronous"), QStringLiteral("NORMAL"),
                      QStringLiteral("1"));
            // Deleted text is overwritten where that costs no more writes (Debian's SQLite
            // overwrites it everywhere: a twentieth of a large import, as the full-text
            // indexes merge their segments).
            setPragma(db, QStringLiteral("secure_delete"), QStringLiteral("FAST"),
                      QStringLiteral("2"));
            // Indexes an import dropped before it crashed come back first, so that an upgrade
            // finds the schema it expects.
            if (version >= 12)
                DeferredIndexes::restoreAfterCrash(db, options.buildingIndexes);
            if (version >= 11)
                FilmSearchBuilder::indexFilmsLeftOutAfterCrash(db, path, options.buildingIndexes);
            migrate(db, version, target, options.upgrading);
            version = std::max(version, target);
        }
    } catch (const Error &e) {
        forget();
        if (e.message().contains(QLatin1String("database is locked")))
            lockedCatalog(path);
        throw;
    } catch (...) {
        forget();
        throw;
    }
    catalog->m_schemaVersion = version;
    return catalog;
}

Catalog::~Catalog()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Catalog::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Catalog::inTransaction() const
{
    return m_inTransaction || SqliteStatement::isReading(SqliteStatement::handle(database()));
}

qint64 Catalog::dataVersion() const
{
    return Sql::scalar(database(), QStringLiteral("PRAGMA data_version")).toLongLong();
}

void Catalog::setBulkWriting(bool on)
{
    // In pages of 4 kB; 1000 is SQLite's default. A quarter of a gigabyte took a million
    // films' import from 120-125 s to 113-115 s (a gigabyte: 117 s).
    const int pages = on ? 65536 : 1000;
    const QSqlDatabase db = database();
    Sql::exec(db, QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(pages));
    if (on)
        return;
    // The log's file keeps its size until the last connection closes: empty it now, unless
    // another connection is reading pages from it or writing (then a later checkpoint copies
    // them: nothing is lost by not waiting, so the result is not needed).
    static_cast<void>(
        Sql::execWithoutWaiting(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
}

void Catalog::requireWritable() const
{
    if (m_readOnly) {
        throw Error(QStringLiteral("%1 is open read-only; nothing was changed.")
                        .arg(QDir::toNativeSeparators(m_path)),
                    Error::Kind::ReadOnly);
    }
}

QStringList Catalog::check() const
{
    QStringList problems;
    const QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems.append(query.lastError().text());
        return problems;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QStringLiteral("ok"))
            problems.append(QStringLiteral("integrity: ") + line);
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems.append(query.lastError().text());
        return problems;
    }
    while (query.next()) {
        problems.append(QStringLiteral("foreign key: row %1 of %2 refers to a missing row of %3")
                            .arg(query.value(1).toString(), query.value(0).toString(),
                                 query.value(2).toString()));
    }
    return problems;
}

QList<std::pair<QString, qint64>> Catalog::rowCounts() const
{
    QList<std::pair<QString, qint64>> counts;
    for (const char *table : {"films", "companies", "reviews", "genres", "film_posters"}) {
        const QString name = QLatin1String(table);
        counts.append(
            {name,
             Sql::scalar(database(), QStringLiteral("SELECT count(*) FROM ") + name).toLongLong()});
    }
    return counts;
}

namespace {

// The full-text indexes, the table whose new rows a bulk write marks, where their text comes
// from and the columns they take, from the migration that made each until the one that
// replaced it.
struct SearchIndex
{
    const char *index;
    const char *table;
    const char *source;
    const char *columns;
    int schema;
    int lastSchema = std::numeric_limits<int>::max();
    bool covers(int version) const { return version >= schema && version <= lastSchema; }
};
constexpr SearchIndex SearchIndexes[] = {
    {"film_search", "films", "films", "title, original_title, synopsis", 4, 10},
    // A row per film with its companies', people's and reviews' text (migration 0011); the
    // films whose text changed are in search_stale.
    {"film_search", "films", "film_text",
     "title, original_title, synopsis, companies, people, quotes", 11},
    {"company_search", "companies", "companies", "name", 4},
    {"review_search", "reviews", "reviews", "critic, publication, quote", 4},
    {"person_search", "people", "people", "name", 8},
};
constexpr int FilmTextSchema = 11;
constexpr int FirstSearchSchema = 4;

} // namespace

Transaction::Transaction(Catalog &catalog, Indexing indexing) : m_catalog(catalog)
{
    catalog.requireWritable();
    if (catalog.m_inTransaction)
        throw Error(QStringLiteral("A write transaction is already in progress on this catalog."));
    Sql::exec(catalog.database(), QStringLiteral("BEGIN IMMEDIATE"));
    m_open = true;
    catalog.m_inTransaction = true;
    if (indexing == Indexing::Deferred && catalog.schemaVersion() >= FirstSearchSchema) {
        // The triggers leave rows past these ids to commit().
        try {
            // A large import's mark, committed (FilmSearchBuilder): its films stay left out.
            m_filmsMarked = catalog.schemaVersion() >= FilmTextSchema &&
                            FilmSearchBuilder::isMarked(catalog.database());
            for (const SearchIndex &s : SearchIndexes) {
                if (!s.covers(catalog.schemaVersion()) ||
                    (m_filmsMarked && QLatin1String(s.table) == u"films"))
                    continue;
                Sql::exec(catalog.database(),
                          QStringLiteral("INSERT INTO search_deferred (table_name, after_id) "
                                         "SELECT '%1', coalesce(max(id), 0) FROM %1")
                              .arg(QLatin1String(s.table)));
            }
        } catch (const Error &) {
            rollback(); // no destructor runs for a constructor that throws
            throw;
        }
        m_deferred = true;
    }
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

void Transaction::commit()
{
    if (!m_open)
        return;
    if (m_deferred) {
        // The rows added since the start, indexed in one statement per table; before them,
        // the films whose text changed (all older: the rows go in in id order). Two
        // statements, as an OR of the two would read every film.
        const int version = m_catalog.schemaVersion();
        for (const SearchIndex &s : SearchIndexes) {
            if (!s.covers(version))
                continue;
            const QString insert =
                QStringLiteral("INSERT INTO %1 (rowid, %3) SELECT id, %3 FROM %2 WHERE ")
                    .arg(QLatin1String(s.index), QLatin1String(s.source), QLatin1String(s.columns));
            if (s.schema >= FilmTextSchema)
                Sql::exec(m_catalog.database(),
                          insert + QStringLiteral("id IN (SELECT film_id FROM search_stale) "
                                                  "ORDER BY id"));
            if (m_filmsMarked && QLatin1String(s.table) == u"films")
                continue; // indexed at the end of the import that marked them
            Sql::exec(m_catalog.database(),
                      insert + QStringLiteral("id > (SELECT after_id FROM search_deferred WHERE "
                                              "table_name = '%1') ORDER BY id")
                                   .arg(QLatin1String(s.table)));
        }
        if (version >= FilmTextSchema) {
            // Each film whose text changed left its old words in the index as deletions,
            // which every search then reads past: when they are many (three reviews added to
            // each of a million films: free words took a third longer), the index is
            // rewritten without them (half a minute at a million films).
            const qint64 changed = Sql::scalar(m_catalog.database(),
                                               QStringLiteral("SELECT count(*) FROM search_stale"))
                                       .toLongLong();
            const qint64 films =
                Sql::scalar(m_catalog.database(), QStringLiteral("SELECT max(id) FROM films"))
                    .toLongLong();
            if (changed >= std::max<qint64>(10000, films / 10))
                Sql::exec(
                    m_catalog.database(),
                    QStringLiteral("INSERT INTO film_search (film_search) VALUES ('optimize')"));
            Sql::exec(m_catalog.database(), QStringLiteral("DELETE FROM search_stale"));
        }
        Sql::exec(m_catalog.database(),
                  m_filmsMarked
                      ? QStringLiteral("DELETE FROM search_deferred WHERE table_name <> 'films'")
                      : QStringLiteral("DELETE FROM search_deferred"));
        m_deferred = false;
    }
    Sql::exec(m_catalog.database(), QStringLiteral("COMMIT"));
    m_open = false;
    m_catalog.m_inTransaction = false;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    m_deferred = false;
    m_catalog.m_inTransaction = false;
    // A failed ROLLBACK means SQLite already rolled back on its own (after an I/O error).
    QSqlQuery(m_catalog.database()).exec(QStringLiteral("ROLLBACK"));
}

ReadTransaction::ReadTransaction(Catalog &catalog) : m_catalog(catalog)
{
    if (catalog.m_inTransaction)
        throw Error(QStringLiteral("A transaction is already in progress on this catalog."));
    Sql::exec(catalog.database(), QStringLiteral("BEGIN"));
    catalog.m_inTransaction = true;
    try {
        // The state is taken at the first read, not at BEGIN.
        Sql::scalar(catalog.database(), QStringLiteral("SELECT count(*) FROM schema_version"));
    } catch (const Error &) {
        QSqlQuery(catalog.database()).exec(QStringLiteral("ROLLBACK"));
        catalog.m_inTransaction = false;
        throw;
    }
}

ReadTransaction::~ReadTransaction()
{
    QSqlQuery(m_catalog.database()).exec(QStringLiteral("ROLLBACK"));
    m_catalog.m_inTransaction = false;
}

WriteScope::WriteScope(Catalog &catalog)
{
    catalog.requireWritable();
    if (!catalog.m_inTransaction)
        m_own = std::make_unique<Transaction>(catalog);
}

void WriteScope::commit()
{
    if (m_own)
        m_own->commit();
}

} // namespace Marquee
