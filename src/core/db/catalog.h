#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace Marquee {

// One open catalog: a database connection set up and verified (foreign keys, WAL, busy
// timeout), its schema migrated to the version this program knows. A file that is not a
// catalog, or a catalog written by a newer Marquee, is refused before anything is written.
// A Catalog and its connection belong to the thread that opened it.
class Catalog
{
public:
    struct Options
    {
        bool readOnly = false;    // open without writing, even when the file is writable
        bool create = true;       // create a new, empty catalog when the file does not exist
        int schemaVersion = 0;    // migrate up to this version; 0 means the latest
        int busyTimeoutMs = 5000; // how long to wait for another program's write to finish
        // The pages a read-only connection keeps in memory, in KiB; 0: SQLite's default (2 MiB).
        // A writable one keeps 64 MiB.
        int readCacheKiB = 0;
        // Called when an existing catalog is upgraded, from and to which schema, then about
        // ten times a second while the upgrade runs (a million films take minutes): a window
        // shows that it is busy.
        std::function<void(int from, int to)> upgrading;
        // The same when the sort indexes that an interrupted import left out are built (ten
        // seconds at a million films).
        std::function<void()> buildingIndexes;
    };

    static std::unique_ptr<Catalog> open(const QString &path, const Options &options);
    static std::unique_ptr<Catalog> open(const QString &path) { return open(path, Options{}); }
    ~Catalog();

    Catalog(const Catalog &) = delete;
    Catalog &operator=(const Catalog &) = delete;

    QSqlDatabase database() const;
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // True when this open created the file: the caller may fill it (the sample catalog).
    bool isNew() const { return m_created; }
    int schemaVersion() const { return m_schemaVersion; }

    // Throws Error(ReadOnly) with a message naming the catalog when it is read-only.
    void requireWritable() const;

    // Whether this connection sees one state of the catalog now: a transaction is open, or a
    // statement is still reading. dataVersion() does not change then.
    bool inTransaction() const;
    // A number that changes whenever another connection commits a change to the catalog.
    qint64 dataVersion() const;
    // For a large import on this connection: the write-ahead log then grows to 256 MB before
    // SQLite copies its pages into the catalog file (a checkpoint), rather than 4 MB. An
    // index page that many batches change is then written out once for many of them. Turned
    // off, the log is copied into the catalog and its file emptied, unless another connection
    // is reading from it or writing (without waiting for it).
    void setBulkWriting(bool on);

    // Problems found by the integrity and foreign-key checks; empty when the catalog is sound.
    QStringList check() const;
    // Rows per table, for `marquee-cli info` and the About box: (films, 16), (companies, 3) ...
    QList<std::pair<QString, qint64>> rowCounts() const;

    static int latestSchemaVersion();
    // The catalog used when none is named: <AppDataLocation>/catalog.db.
    static QString defaultPath();

private:
    friend class Transaction;
    friend class ReadTransaction;
    friend class WriteScope;
    Catalog() = default;

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    bool m_created = false;
    bool m_inTransaction = false;
    int m_schemaVersion = 0;
};

// A write transaction: BEGIN IMMEDIATE on construction (so that a read followed by a write
// never fails on a snapshot another connection moved), ROLLBACK on destruction unless committed.
class Transaction
{
public:
    enum class Indexing {
        Immediate, // each row enters the full-text indexes as it is written
        Deferred,  // rows added enter them in one statement per table at commit (bulk writes)
    };

    explicit Transaction(Catalog &catalog, Indexing indexing = Indexing::Immediate);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    void rollback();

private:
    Catalog &m_catalog;
    bool m_open = false;
    bool m_deferred = false;
    bool m_filmsMarked = false; // another write left the films to the end of a large import
};

// A read transaction: while it lives, every read on the catalog sees it as it was when the
// transaction began, whatever other connections commit meanwhile.
class ReadTransaction
{
public:
    explicit ReadTransaction(Catalog &catalog);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    Catalog &m_catalog;
};

// A single write that must be atomic: joins the transaction in progress, or runs in its own.
class WriteScope
{
public:
    explicit WriteScope(Catalog &catalog);
    void commit();

private:
    std::unique_ptr<Transaction> m_own;
};

} // namespace Marquee
