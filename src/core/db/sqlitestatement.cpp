#include "sqlitestatement.h"

#include "../domain/error.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <mutex>

namespace Marquee {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql) : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
        fail();
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db), m_statement(other.m_statement)
{
    other.m_statement = nullptr;
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    std::swap(m_db, other.m_db);
    std::swap(m_statement, other.m_statement);
    return *this;
}

void SqliteStatement::setUpLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // SQLITE_MISUSE when a connection opened already: the library stays as it is.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
}

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

void SqliteStatement::fail() const
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    const char *sql = m_statement ? sqlite3_sql(m_statement) : nullptr;
    throw Error(QStringLiteral("The catalog refused an operation: %1 (while running: %2)")
                    .arg(message, QString::fromUtf8(sql ? sql : "").simplified().left(120)));
}

void SqliteStatement::bind(int index, const QString &text)
{
    if (text.isEmpty()) {
        bindNull(index);
        return;
    }
    if (sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * 2),
                            SQLITE_TRANSIENT) != SQLITE_OK)
        fail();
}

void SqliteStatement::bindUtf8(int index, QByteArrayView utf8)
{
    if (utf8.isEmpty()) {
        bindNull(index);
        return;
    }
    if (sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()),
                          SQLITE_TRANSIENT) != SQLITE_OK)
        fail();
}

void SqliteStatement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK)
        fail();
}

void SqliteStatement::bind(int index, double value)
{
    if (sqlite3_bind_double(m_statement, index, value) != SQLITE_OK)
        fail();
}

void SqliteStatement::bindNull(int index)
{
    if (sqlite3_bind_null(m_statement, index) != SQLITE_OK)
        fail();
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    throw Error(
        QStringLiteral("The catalog refused an operation: %1 (while running: %2)")
            .arg(message, QString::fromUtf8(sqlite3_sql(m_statement)).simplified().left(120)));
}

void SqliteStatement::run()
{
    while (step()) {
    }
    reset();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

void InterruptibleConnection::set(sqlite3 *db)
{
    QMutexLocker locker(&m_mutex);
    m_db = db;
}

void InterruptibleConnection::interrupt()
{
    QMutexLocker locker(&m_mutex);
    if (m_db)
        sqlite3_interrupt(m_db);
}

bool SqliteStatement::isReading(sqlite3 *db)
{
    if (!db)
        return false;
    if (!sqlite3_get_autocommit(db))
        return true;
    for (sqlite3_stmt *s = sqlite3_next_stmt(db, nullptr); s; s = sqlite3_next_stmt(db, s)) {
        if (sqlite3_stmt_busy(s))
            return true;
    }
    return false;
}

ProgressTicks::ProgressTicks(sqlite3 *db, int steps, std::function<bool()> tick)
    : m_db(db), m_tick(std::move(tick))
{
    if (m_db)
        sqlite3_progress_handler(m_db, steps, &ProgressTicks::call, this);
}

ProgressTicks::~ProgressTicks()
{
    if (m_db)
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

BusyTicks::BusyTicks(sqlite3 *db, std::function<void()> busy)
    : m_busy(std::move(busy)), m_ticks(db, 10000, [this] {
          if (m_sinceLast.elapsed() >= 100) {
              m_busy();
              m_sinceLast.restart();
          }
          return false;
      })
{
    m_sinceLast.start();
}

int ProgressTicks::call(void *self)
{
    try {
        return static_cast<ProgressTicks *>(self)->m_tick() ? 1 : 0;
    } catch (...) {
        return 1;
    }
}

} // namespace Marquee
