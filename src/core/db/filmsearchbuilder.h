#pragma once

#include <QtGlobal>

#include <functional>
#include <memory>

class QSqlDatabase;

namespace Marquee {

class Catalog;

// The films' full-text index of a large import, built on a thread of its own while the import
// writes the films. Indexed at each commit on the importing thread, it takes a third of a
// large import's time there.
//
// A mark in search_deferred ('films', X), committed, says that films after X and those in
// search_stale are not in the catalog's index (the triggers leave them alone). Meanwhile the
// thread reads each batch of films once committed (film_text, on a read-only connection of its
// own) and indexes every film, those before the import included, into an index of the same
// definition in a file of its own beside the catalog. At the end, that index takes the place
// of the catalog's in one transaction, when nothing but the import wrote to the catalog
// meanwhile. Otherwise, or after a crash, the films the mark leaves out are indexed the usual
// way, from the catalog itself: whichever connection does that first removes the mark.
class FilmSearchBuilder
{
public:
    // Sets the mark and starts the thread, for a large import of films on `catalog` (not in a
    // transaction); nullptr when the catalog is older than its film_text view or another
    // import has its mark set.
    static std::unique_ptr<FilmSearchBuilder> start(Catalog &catalog);
    ~FilmSearchBuilder(); // stops the thread and removes its file; the mark stays
    FilmSearchBuilder(const FilmSearchBuilder &) = delete;
    FilmSearchBuilder &operator=(const FilmSearchBuilder &) = delete;

    // The import committed films: the thread indexes them.
    void committed();
    // The import changed a film it had written before (a duplicate row updated it): the
    // thread may have indexed its earlier text, so its index is not used.
    void filmChanged();
    // In a transaction of its own, after the import's last commit: the thread's index takes the
    // place of the catalog's, or the films the mark leaves out are indexed the usual way.
    // Returns true for the former. Throws Error; the mark then stays for the next open.
    bool finish();
    // The last film the thread indexed.
    qint64 indexedUpTo() const;

    // Whether a large import's mark is set (committed, or in the caller's transaction).
    static bool isMarked(const QSqlDatabase &db);
    // The films a mark left out, indexed in the caller's write transaction, and the mark
    // removed; nothing when there is no mark.
    static void indexFilmsLeftOut(const QSqlDatabase &db);
    // The same at open, when a crashed import left its mark (its lock file beside the catalog
    // is free) and no other connection is writing, and its file removed; a failure leaves them
    // for the next open. `building` as in DeferredIndexes::restoreAfterCrash.
    static void indexFilmsLeftOutAfterCrash(const QSqlDatabase &db, const QString &catalogPath,
                                            const std::function<void()> &building = {});

private:
    bool takePlace(); // in the caller's transaction; false when something else wrote
    struct Private;
    explicit FilmSearchBuilder(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace Marquee
