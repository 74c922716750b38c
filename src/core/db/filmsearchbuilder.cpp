#include "filmsearchbuilder.h"

#include "../domain/error.h"
#include "catalog.h"
#include "sql.h"
#include "sqlitestatement.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <optional>

namespace Marquee {

namespace {

// From this schema on, a mark may outlive a transaction: older programs refuse the catalog.
constexpr int LastingMarkSchema = 14;
constexpr char Columns[] = "title, original_title, synopsis, companies, people, quotes";
constexpr int ColumnCount = 6;
// The name under which the importing connection attaches the file of the thread's index.
constexpr char Attached[] = "film_search_build";

QString columns()
{
    return QString::fromLatin1(Columns);
}

QVariant markedAfter(const QSqlDatabase &db)
{
    return Sql::scalar(db, QStringLiteral("SELECT after_id FROM search_deferred WHERE "
                                          "table_name = 'films'"));
}

void removeMark(const QSqlDatabase &db)
{
    Sql::exec(db, QStringLiteral("DELETE FROM search_deferred WHERE table_name = 'films'"));
}

// The files of the threads' indexes beside a catalog: "catalog.db-search-XXXXXX".
QString fileTemplate(const QString &catalogPath)
{
    return QFileInfo(catalogPath).absoluteFilePath() + QStringLiteral("-search-XXXXXX");
}

// Held by the import that set the mark, while it runs: "catalog.db-search.lock".
QString lockPath(const QString &catalogPath)
{
    return QFileInfo(catalogPath).absoluteFilePath() + QStringLiteral("-search.lock");
}

// The index's own settings (merges, memory), as FTS5 keeps them.
QList<std::pair<QVariant, QVariant>> settings(const QSqlDatabase &db)
{
    QSqlQuery q = Sql::prepare(
        db, QStringLiteral("SELECT k, v FROM film_search_config WHERE k <> 'version'"));
    Sql::exec(q);
    QList<std::pair<QVariant, QVariant>> list;
    while (q.next())
        list.append({q.value(0), q.value(1)});
    return list;
}

void applySettings(const QSqlDatabase &db, const QList<std::pair<QVariant, QVariant>> &list)
{
    for (const auto &[key, value] : list) {
        QSqlQuery q = Sql::prepare(
            db, QStringLiteral("INSERT INTO film_search (film_search, rank) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
        Sql::exec(q);
    }
}

QString definition(const QSqlDatabase &db)
{
    return Sql::scalar(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND "
                                          "name = 'film_search'"))
        .toString();
}

} // namespace

struct FilmSearchBuilder::Private
{
    explicit Private(Catalog &c)
        : catalog(c), live(lockPath(c.path())), file(fileTemplate(c.path()))
    {
        live.setStaleLockTime(0); // stale only when its process is gone
    }

    void run();
    void index(SqliteStatement &read, SqliteStatement &insert);

    Catalog &catalog;
    qint64 mark = 0;
    qint64 dataVersion = 0; // the importing connection's, once the mark is set
    QLockFile live; // held while the import runs: an open elsewhere then leaves its mark alone
    QTemporaryFile file;
    QString fileName;
    std::unique_ptr<QThread> thread;
    std::atomic<bool> filmChanged = false;
    std::atomic<bool> abandoned = false; // no more passes; read within one without the lock

    QMutex mutex;
    QWaitCondition changed;
    qint64 commits = 0;     // committed() calls
    bool finishing = false; // one last pass, then the index is kept
    bool done = false;      // the index holds every film up to indexedUpTo
    qint64 indexedUpTo = 0;
};

std::unique_ptr<FilmSearchBuilder> FilmSearchBuilder::start(Catalog &catalog)
{
    if (catalog.schemaVersion() < LastingMarkSchema || catalog.inTransaction())
        return nullptr;
    auto d = std::make_unique<Private>(catalog);
    if (!d->live.tryLock(0) || !d->file.open())
        return nullptr; // the catalog's folder takes no file: indexed at each commit instead
    // Named now (Qt may create it without a name in the folder until then); SQLite opens it by
    // that name.
    d->fileName = d->file.fileName();
    d->file.close();
    try {
        Transaction transaction(catalog);
        if (markedAfter(catalog.database()).isValid())
            return nullptr;
        d->mark = Sql::scalar(catalog.database(),
                              QStringLiteral("SELECT coalesce(max(id), 0) FROM films"))
                      .toLongLong();
        QSqlQuery q = Sql::prepare(catalog.database(),
                                   QStringLiteral("INSERT INTO search_deferred (table_name, "
                                                  "after_id) VALUES ('films', ?)"));
        q.addBindValue(d->mark);
        Sql::exec(q);
        transaction.commit();
    } catch (const Error &) {
        return nullptr; // the films are indexed at each commit, as for a small import
    }
    d->dataVersion = catalog.dataVersion(); // the mark is this connection's own write
    Private *p = d.get();
    d->thread.reset(QThread::create([p] { p->run(); }));
    d->thread->start();
    return std::unique_ptr<FilmSearchBuilder>(new FilmSearchBuilder(std::move(d)));
}

FilmSearchBuilder::FilmSearchBuilder(std::unique_ptr<Private> p) : d(std::move(p)) {}

FilmSearchBuilder::~FilmSearchBuilder()
{
    {
        QMutexLocker lock(&d->mutex);
        d->abandoned = true;
        d->changed.wakeAll();
    }
    d->thread->wait();
}

void FilmSearchBuilder::committed()
{
    QMutexLocker lock(&d->mutex);
    ++d->commits;
    d->changed.wakeAll();
}

void FilmSearchBuilder::filmChanged()
{
    d->filmChanged = true;
}

void FilmSearchBuilder::Private::run()
{
    const QString connection =
        QStringLiteral("film-search-build-%1").arg(reinterpret_cast<quintptr>(this), 0, 16);
    try {
        Catalog::Options options;
        options.readOnly = true;
        options.create = false;
        const auto source = Catalog::open(catalog.path(), options);
        Sql::exec(source->database(), QStringLiteral("PRAGMA cache_size = -8192"));
        {
            QSqlDatabase built = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            built.setDatabaseName(fileName);
            if (!built.open())
                throw Error(built.lastError().text());
            // A file thrown away after a crash: nothing to journal or to sync.
            Sql::exec(built, QStringLiteral("PRAGMA journal_mode = OFF"));
            Sql::exec(built, QStringLiteral("PRAGMA synchronous = OFF"));
            Sql::exec(built, QStringLiteral("PRAGMA cache_size = -16384"));
            Sql::exec(built, definition(source->database()));
            applySettings(built, settings(source->database()));
            // Merged only in a crisis, like the catalog's own during a large import.
            Sql::exec(built, QStringLiteral("INSERT INTO film_search (film_search, rank) VALUES "
                                            "('automerge', 0)"));
            Sql::exec(built, QStringLiteral("BEGIN"));
            SqliteStatement read(SqliteStatement::handle(source->database()),
                                 QStringLiteral("SELECT id, %1 FROM film_text WHERE id > ? ORDER "
                                                "BY id")
                                     .arg(columns())
                                     .toUtf8());
            SqliteStatement insert(SqliteStatement::handle(built),
                                   QStringLiteral("INSERT INTO film_search (rowid, %1) VALUES (?, "
                                                  "?, ?, ?, ?, ?, ?)")
                                       .arg(columns())
                                       .toUtf8());
            qint64 seen = -1; // a first pass at once: the films before the import
            for (;;) {
                bool last = false;
                {
                    QMutexLocker lock(&mutex);
                    while (!abandoned && !finishing && commits == seen)
                        changed.wait(&mutex);
                    if (abandoned)
                        break;
                    last = finishing;
                    seen = commits;
                }
                index(read, insert);
                if (last) {
                    Sql::exec(built, QStringLiteral("COMMIT"));
                    QMutexLocker lock(&mutex);
                    done = true;
                    break;
                }
            }
        }
        QSqlDatabase::removeDatabase(connection);
    } catch (...) {
        // (Out of disk or memory, most likely.) Not done: the films are indexed the usual way.
        QSqlDatabase::removeDatabase(connection);
    }
}

// The films committed since the last pass, read in one statement (one state of the catalog).
void FilmSearchBuilder::Private::index(SqliteStatement &read, SqliteStatement &insert)
{
    qint64 upTo = indexedUpTo; // written by this thread only
    read.bind(1, upTo);
    const auto reset = qScopeGuard([&read] { read.reset(); });
    for (qint64 n = 1; read.step(); ++n) {
        if (n % 1024 == 0 && abandoned)
            return; // the index is thrown away
        upTo = read.int64(0);
        insert.bind(1, upTo);
        for (int c = 1; c <= ColumnCount; ++c)
            insert.bindUtf8(c + 1, read.utf8(c));
        insert.run();
    }
    QMutexLocker lock(&mutex);
    indexedUpTo = upTo;
}

bool FilmSearchBuilder::finish()
{
    {
        QMutexLocker lock(&d->mutex);
        d->finishing = true;
        d->changed.wakeAll();
    }
    d->thread->wait();
    const QSqlDatabase db = d->catalog.database();
    bool attached = false;
    if (d->done && !d->filmChanged && QFileInfo::exists(d->fileName)) {
        QSqlQuery attach = Sql::prepare(
            db, QStringLiteral("ATTACH DATABASE ? AS %1").arg(QLatin1String(Attached)));
        attach.addBindValue(d->fileName);
        attached = attach.exec();
    }
    const auto detach = qScopeGuard([&] {
        if (attached)
            QSqlQuery(db).exec(QStringLiteral("DETACH DATABASE %1").arg(QLatin1String(Attached)));
    });
    if (attached) {
        try {
            Transaction transaction(d->catalog);
            if (takePlace()) {
                transaction.commit();
                return true;
            }
        } catch (const Error &) {
            // Undone (out of disk, most likely: the log holds a copy of the index meanwhile);
            // the films left out are indexed the usual way instead.
        }
    }
    Transaction transaction(d->catalog);
    indexFilmsLeftOut(db);
    transaction.commit();
    return false;
}

bool FilmSearchBuilder::takePlace()
{
    const QSqlDatabase db = d->catalog.database();
    const QVariant mark = markedAfter(db);
    // No mark: another connection indexed the films it left out (it took this import for a
    // crashed one), and this import's later batches were indexed at their commits.
    const bool untouched =
        mark.isValid() && mark.toLongLong() == d->mark &&
        d->catalog.dataVersion() == d->dataVersion &&
        Sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM films")).toLongLong() ==
            d->indexedUpTo &&
        !Sql::scalar(db, QStringLiteral("SELECT 1 FROM search_stale LIMIT 1")).isValid();
    if (!untouched)
        return false;
    // The table made again, rather than its rows replaced under it: every connection then
    // reads the new index from scratch, none from what it kept in memory.
    const QString created = definition(db);
    const auto kept = settings(db);
    Sql::exec(db, QStringLiteral("DROP TABLE film_search"));
    Sql::exec(db, created);
    Sql::exec(db, QStringLiteral("DELETE FROM film_search_data"));
    for (const char *table : {"data", "idx", "docsize"})
        Sql::exec(db, QStringLiteral("INSERT INTO film_search_%1 SELECT * FROM %2.film_search_%1")
                          .arg(QLatin1String(table), QLatin1String(Attached)));
    applySettings(db, kept);
    removeMark(db);
    return true;
}

bool FilmSearchBuilder::isMarked(const QSqlDatabase &db)
{
    return markedAfter(db).isValid();
}

qint64 FilmSearchBuilder::indexedUpTo() const
{
    QMutexLocker lock(&d->mutex);
    return d->indexedUpTo;
}

void FilmSearchBuilder::indexFilmsLeftOut(const QSqlDatabase &db)
{
    const QVariant mark = markedAfter(db);
    if (!mark.isValid())
        return;
    const QString insert =
        QStringLiteral("INSERT INTO film_search (rowid, %1) SELECT id, %1 FROM film_text WHERE ")
            .arg(columns());
    // Two statements, as an OR of the two would read every film.
    for (const QString &which : {QStringLiteral("id IN (SELECT film_id FROM search_stale) AND "
                                                "id <= ? ORDER BY id"),
                                 QStringLiteral("id > ? ORDER BY id")}) {
        QSqlQuery q = Sql::prepare(db, insert + which);
        q.addBindValue(mark);
        Sql::exec(q);
    }
    Sql::exec(db, QStringLiteral("DELETE FROM search_stale"));
    removeMark(db);
}

void FilmSearchBuilder::indexFilmsLeftOutAfterCrash(const QSqlDatabase &db,
                                                    const QString &catalogPath,
                                                    const std::function<void()> &building)
{
    const QFileInfo info(catalogPath);
    QDir dir = info.absoluteDir();
    const QStringList left =
        dir.entryList({info.fileName() + QStringLiteral("-search-??????")}, QDir::Files);
    const bool marked = markedAfter(db).isValid();
    if (!marked && left.isEmpty())
        return;
    // Not while the import that set the mark runs (in this process or another).
    QLockFile live(lockPath(catalogPath));
    live.setStaleLockTime(0);
    if (!live.tryLock(0))
        return;
    // Otherwise searches miss those films until the next open tries again.
    if (marked && !Sql::writeUnlessBusy(
                      db, [&db] { indexFilmsLeftOut(db); }, building))
        return;
    for (const QString &name : left) // a crashed import's file
        dir.remove(name);
}

} // namespace Marquee
