#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QMutex>
#include <QString>

#include <functional>
#include <optional>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace Marquee {

// A prepared statement on SQLite's C API, used on the hot paths of bulk import and export,
// where Qt's per-value binding (a QVariant and a formatted placeholder name per value) costs
// more than the database work itself. It shares the connection of the catalog's QSqlDatabase,
// so it takes part in the same transactions.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, const char *sql); // throws Error
    SqliteStatement(sqlite3 *db, const QByteArray &sql) : SqliteStatement(db, sql.constData()) {}
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // The SQLite connection behind a QSQLITE database, or nullptr for other drivers.
    static sqlite3 *handle(const QSqlDatabase &db);
    // Sets SQLite up for this program, once, before its first connection opens (later, it
    // changes nothing): no count of the memory in use, which takes a lock that every
    // allocation of every thread waits for.
    static void setUpLibrary();
    // Whether the connection is in a transaction, or has a statement part way through its rows.
    static bool isReading(sqlite3 *db);

    bool isPrepared() const { return m_statement != nullptr; }

    // Parameters count from 1, as in SQL. Empty text binds NULL.
    void bind(int index, const QString &text);
    void bindUtf8(int index, QByteArrayView utf8);
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bindNull(int index);
    template <typename T> void bind(int index, const std::optional<T> &value)
    {
        if (value)
            bind(index,
                 static_cast<std::conditional_t<std::is_floating_point_v<T>, double, qint64>>(
                     *value));
        else
            bindNull(index);
    }

    // Runs one step: true when a row is ready, false when the statement is done.
    bool step();
    // Runs to completion and readies the statement for new values.
    void run();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The column as UTF-8 without a copy; valid until the next step or reset.
    QByteArrayView utf8(int column) const;

    qint64 lastInsertId() const;
    int changes() const;

private:
    [[noreturn]] void fail() const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

// While it lives, `tick` is called every `steps` steps of SQLite's virtual machine on `db`
// (a few microseconds each thousand); when it returns true, the statement running is
// interrupted. An exception from `tick` interrupts it too, and never goes through SQLite.
// A connection that one thread uses and another may interrupt (to stop a count or a search
// in the background): set while the connection is open, cleared before it closes, and
// interrupted only in between.
class InterruptibleConnection
{
public:
    void set(sqlite3 *db);
    void interrupt(); // the statement running now stops with an error; none running: nothing
private:
    QMutex m_mutex;
    sqlite3 *m_db = nullptr;
};

class ProgressTicks
{
public:
    ProgressTicks(sqlite3 *db, int steps, std::function<bool()> tick);
    ~ProgressTicks();
    ProgressTicks(const ProgressTicks &) = delete;
    ProgressTicks &operator=(const ProgressTicks &) = delete;

private:
    static int call(void *self);
    sqlite3 *m_db;
    std::function<bool()> m_tick;
};

// While it lives, `busy` is called about ten times a second while statements run on `db`: a
// window waiting for a long statement stays drawn. It never interrupts them.
class BusyTicks
{
public:
    BusyTicks(sqlite3 *db, std::function<void()> busy);

private:
    std::function<void()> m_busy;
    QElapsedTimer m_sinceLast;
    ProgressTicks m_ticks;
};

} // namespace Marquee
