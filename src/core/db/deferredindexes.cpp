#include "deferredindexes.h"

#include "../domain/error.h"
#include "catalog.h"
#include "sql.h"
#include "sqlitestatement.h"

#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

namespace Marquee::DeferredIndexes {

namespace {

constexpr int DeferredIndexesSchema = 12;

// FTS5 merges its segments four at a time as they pile up (its default); a large import makes
// one segment per batch, and merging them four by four rewrites every word about four times
// over a million films. While the sort indexes are dropped, only sixteen segments of a level
// are merged (FTS5's "crisis" merge, which stays on). A million films' import took 93-99 s
// instead of 109 s (single runs, one after the other on the same machine), and their free
// words are found as fast (20 segments instead of 13).
constexpr int UsualAutomerge = 4;

void setAutomerge(const QSqlDatabase &db, int segments)
{
    QSqlQuery q = Sql::prepare(
        db, QStringLiteral("INSERT INTO film_search (film_search, rank) VALUES ('automerge', ?)"));
    q.addBindValue(segments);
    Sql::exec(q);
}

// Builds the deferred indexes and forgets them, inside the current transaction.
void build(const QSqlDatabase &db)
{
    QSqlQuery rows = Sql::prepare(db, QStringLiteral("SELECT name, sql FROM deferred_indexes "
                                                     "ORDER BY name"));
    Sql::exec(rows);
    QStringList names, definitions;
    while (rows.next()) {
        names.append(rows.value(0).toString());
        definitions.append(rows.value(1).toString());
    }
    rows.finish();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QVariant exists = Sql::scalar(
            db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"),
            {names[i]});
        if (!exists.isValid())
            Sql::exec(db, definitions[i]); // a definition SQLite itself wrote
    }
    Sql::exec(db, QStringLiteral("DELETE FROM deferred_indexes"));
    setAutomerge(db, UsualAutomerge);
}

} // namespace

bool deferFor(Catalog &catalog, qint64 rows)
{
    constexpr qint64 LargeImport = 50000;
    if (catalog.schemaVersion() < DeferredIndexesSchema || rows < LargeImport)
        return false;
    const QSqlDatabase db = catalog.database();
    if (rows < Sql::scalar(db, QStringLiteral("SELECT count(*) FROM films")).toLongLong())
        return false;
    // Not the indexes from a company or a genre to its films: without them, searches such as
    // `films:>10` and the counts added when a bulk write's mark goes would read every link,
    // while the import runs.
    const QString deferrable =
        QStringLiteral("FROM sqlite_master WHERE type = 'index' AND tbl_name = 'films' AND sql "
                       "IS NOT NULL AND name NOT IN ('films_imdb_id', 'films_title_key', "
                       "'films_title_key_year')");
    Sql::exec(db, QStringLiteral("INSERT OR IGNORE INTO deferred_indexes (name, sql) SELECT name, "
                                 "sql ") +
                      deferrable);
    QSqlQuery names = Sql::prepare(db, QStringLiteral("SELECT name ") + deferrable);
    Sql::exec(names);
    QStringList drop;
    while (names.next())
        drop.append(names.value(0).toString());
    names.finish();
    if (drop.isEmpty())
        return false;
    for (const QString &name : std::as_const(drop))
        Sql::exec(db, QStringLiteral("DROP INDEX \"%1\"").arg(name)); // names SQLite listed
    setAutomerge(db, 0);
    catalog.setBulkWriting(true);
    return true;
}

void restore(Catalog &catalog)
{
    // After the build, however it ends (its transaction is undone first).
    const auto usualWriting = qScopeGuard([&catalog] {
        try {
            catalog.setBulkWriting(false);
        } catch (const Error &) {
            // Only slower: the connection checkpoints less often until it closes.
        }
    });
    if (catalog.schemaVersion() < DeferredIndexesSchema)
        return;
    Transaction transaction(catalog);
    build(catalog.database());
    transaction.commit();
}

void restoreAfterCrash(const QSqlDatabase &db, const std::function<void()> &building)
{
    if (Sql::scalar(db, QStringLiteral("SELECT count(*) FROM deferred_indexes")).toLongLong() == 0)
        return;
    // On failure the catalog opens all the same (sorting is slower); the next open tries again.
    Sql::writeUnlessBusy(
        db, [&db] { build(db); }, building);
}

} // namespace Marquee::DeferredIndexes
