#include "csvexporter.h"

#include "../db/catalog.h"
#include "../db/exportcursor.h"
#include "../db/tablequery.h"
#include "../domain/error.h"
#include "csvwriter.h"

#include <QIODevice>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <vector>

namespace Marquee {

namespace {

// Writes the cursor's rows, the chosen columns of each; returns how many. `every` is called
// every 4096 rows and stops the rows when it returns false.
qint64 writeRows(ExportCursor &cursor, CsvWriter &writer, const QList<int> &columns,
                 const QList<bool> &guard, const std::function<bool(qint64)> &every = {})
{
    qint64 rows = 0;
    QList<QByteArrayView> row;
    while (cursor.next(row)) {
        for (qsizetype i = 0; i < columns.size(); ++i)
            writer.appendField(row[columns[i]], guard[i]);
        writer.endRecord();
        ++rows;
        if (!writer.errorString().isEmpty())
            break;
        if (every && rows % 4096 == 0 && !every(rows))
            break;
    }
    return rows;
}

// A whole table written by several threads at once: each reads parts of it (runs of ids) on a
// connection of its own and turns them into CSV, while this thread writes the parts in order.
// The connections see one state of the catalog: when another connection commits a change while
// they begin, they begin again; when it does so each time, nothing is written and run() returns
// false, for an export on one thread.
class PartsExport
{
public:
    static constexpr qint64 PartIds = 8192;
    // A table whose ids reach fewer is written on one thread.
    static constexpr qint64 SeveralThreadsFrom = 50000;

    PartsExport(Catalog &catalog, Table table, const QList<int> &columns, const QList<bool> &guard,
                char delimiter, int threads)
        : m_catalog(catalog), m_path(catalog.path()), m_table(table), m_columns(columns),
          m_guard(guard), m_delimiter(delimiter),
          m_threadCount(threads > 0 ? threads : std::min(QThread::idealThreadCount(), 4))
    {}

    ~PartsExport() { stop(); }

    bool run(CsvWriter &writer, ExportReport &report, const std::function<bool(qint64)> &progress)
    {
        const qint64 threads = m_threadCount;
        if (threads < 2 || m_catalog.inTransaction() ||
            TableQuery(m_catalog, m_table).rowsAtMost() < SeveralThreadsFrom)
            return false;
        for (qint64 i = 0; i < threads; ++i)
            m_threads.emplace_back(QThread::create([this] { work(); }));
        for (const auto &thread : m_threads)
            thread->start();

        // The threads open their connections, then begin their reads together: when another
        // connection committed meanwhile, they may see different states, and begin again.
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_opened == threads || m_state == State::Stopped; });
        for (int attempt = 0; attempt < SnapshotAttempts && m_state == State::Opening; ++attempt) {
            const qint64 before = m_catalog.dataVersion();
            m_begun = 0;
            m_lastIds.clear();
            ++m_generation;
            m_changed.notify_all();
            m_changed.wait(lock, [&] { return m_begun == threads || m_state == State::Stopped; });
            if (m_state == State::Stopped)
                break;
            if (m_catalog.dataVersion() == before && m_lastIds.size() == 1)
                m_state = State::Running;
        }
        if (m_state != State::Running) {
            // The catalog kept changing, or a thread could not open it: one thread reads it.
            lock.unlock();
            stop();
            return false;
        }
        m_parts = *m_lastIds.begin() / PartIds + 1;
        report.threads = int(threads);
        m_changed.notify_all();

        for (qint64 part = 0; part < m_parts; ++part) {
            m_changed.wait(lock,
                           [&] { return m_done.count(part) > 0 || m_state == State::Stopped; });
            if (m_state == State::Stopped)
                break;
            auto [bytes, rows] = std::move(m_done[part]);
            m_done.erase(part);
            m_written = part + 1;
            m_changed.notify_all();
            lock.unlock();
            writer.appendRaw(bytes);
            report.rows += rows;
            const bool goOn =
                writer.errorString().isEmpty() && (!progress || progress(report.rows));
            bytes.resize(0); // keeps its memory
            lock.lock();
            m_spare.push_back(std::move(bytes));
            if (!goOn) {
                report.cancelled = writer.errorString().isEmpty();
                break;
            }
        }
        if (!m_error.isEmpty())
            report.error = m_error;
        lock.unlock();
        stop();
        return true;
    }

private:
    enum class State { Opening, Running, Stopped };
    // Parts done and waiting to be written, at most this many per thread.
    static constexpr qint64 AheadPerThread = 2;
    static constexpr int SnapshotAttempts = 5;

    void work()
    {
        try {
            Catalog::Options options;
            options.readOnly = true;
            options.create = false;
            // Room for the tables a part looks names up in (the companies of a million films
            // take 5 MiB): with SQLite's 2 MiB, each lookup read its pages again.
            options.readCacheKiB = 32 * 1024;
            const auto catalog = Catalog::open(m_path, options);
            std::unique_lock lock(m_mutex);
            ++m_opened;
            m_changed.notify_all();
            std::optional<ReadTransaction> snapshot;
            for (int generation = 0;;) {
                m_changed.wait(
                    lock, [&] { return m_state != State::Opening || m_generation > generation; });
                if (m_state != State::Opening)
                    break;
                generation = m_generation;
                lock.unlock();
                snapshot.reset();
                snapshot.emplace(*catalog);
                const qint64 last = TableQuery(*catalog, m_table).rowsAtMost();
                lock.lock();
                m_lastIds.insert(last);
                ++m_begun;
                m_changed.notify_all();
            }
            qsizetype partBytes = 0;
            std::unique_ptr<ExportCursor> cursor; // one for every part this thread writes
            for (;;) {
                m_changed.wait(lock, [&] {
                    return m_state == State::Stopped ||
                           (m_state == State::Running &&
                            m_next < m_written + AheadPerThread * m_threadCount);
                });
                if (m_state == State::Stopped || m_next >= m_parts)
                    return;
                const qint64 part = m_next++;
                // Memory a part written before had: a fresh block would cost the system's
                // zeroing of each of its pages.
                QByteArray spare;
                if (!m_spare.empty()) {
                    spare = std::move(m_spare.back());
                    m_spare.pop_back();
                }
                lock.unlock();
                // Room for the part before's size, and some.
                CsvWriter writer(m_delimiter, std::move(spare), partBytes + partBytes / 4);
                const ExportCursor::IdRange range{part * PartIds, (part + 1) * PartIds};
                if (cursor)
                    cursor->moveTo(range);
                else
                    cursor = ExportCursor::open(*catalog, m_table, {}, {}, range);
                const qint64 rows = writeRows(*cursor, writer, m_columns, m_guard, [this](qint64) {
                    return m_state != State::Stopped; // read without the lock: a hint
                });
                QByteArray bytes = writer.takeBytes();
                partBytes = bytes.size();
                lock.lock();
                m_done[part] = {std::move(bytes), rows};
                m_changed.notify_all();
            }
        } catch (const Error &e) {
            fail(e.message());
        } catch (const std::exception &e) {
            fail(QString::fromLocal8Bit(e.what())); // out of memory, most likely
        }
    }

    void fail(const QString &message)
    {
        const std::lock_guard lock(m_mutex);
        if (m_error.isEmpty())
            m_error = message;
        m_state = State::Stopped;
        m_changed.notify_all();
    }

    void stop()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_state = State::Stopped;
            m_changed.notify_all();
        }
        for (const auto &thread : m_threads)
            thread->wait();
        m_threads.clear();
    }

    Catalog &m_catalog;
    const QString m_path;
    const Table m_table;
    const QList<int> m_columns;
    const QList<bool> m_guard;
    const char m_delimiter;
    const qint64 m_threadCount;

    std::vector<std::unique_ptr<QThread>> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::atomic<State> m_state = State::Opening;
    qint64 m_opened = 0;        // threads whose connection is open
    int m_generation = 0;       // asks the threads to begin their reads (again)
    qint64 m_begun = 0;         // threads that began their reads in this generation
    std::set<qint64> m_lastIds; // as each thread's connection sees the table
    qint64 m_parts = 0;
    qint64 m_next = 0;                                      // the next part a thread takes
    qint64 m_written = 0;                                   // the parts written so far
    std::map<qint64, std::pair<QByteArray, qint64>> m_done; // part: its CSV and rows
    std::vector<QByteArray> m_spare;                        // parts written, to be filled again
    QString m_error;
};

} // namespace

CsvExporter::CsvExporter(Catalog &catalog, const ExportOptions &options)
    : m_catalog(catalog), m_options(options)
{}

QList<int> CsvExporter::resolveColumns(Table table, const QStringList &names, QString &error)
{
    const QList<FieldInfo> &fields = fieldsOf(table);
    QList<int> columns;
    if (names.isEmpty()) {
        for (qsizetype i = 0; i < fields.size(); ++i)
            columns.append(int(i));
        return columns;
    }
    for (const QString &name : names) {
        const int f = fieldForHeader(table, name.trimmed());
        if (f < 0) {
            error = QStringLiteral("\"%1\" is not a column of %2; the columns are: %3")
                        .arg(name.trimmed(), tableName(table),
                             fieldNames(table).join(QStringLiteral(", ")));
            return {};
        }
        columns.append(f);
    }
    return columns;
}

ExportReport CsvExporter::exportTo(QIODevice *device)
{
    ExportReport report;
    const QList<FieldInfo> &fields = fieldsOf(m_options.table);
    const QList<int> columns = resolveColumns(m_options.table, m_options.columns, report.error);
    if (columns.isEmpty())
        return report;

    CsvWriter writer(device, m_options.delimiter);
    if (m_options.header) {
        for (const int c : columns)
            writer.appendField(fields[c].name.toUtf8());
        writer.endRecord();
    }
    // Guarding applies to text; numbers are written as they are.
    QList<bool> guard;
    for (const int c : columns) {
        const FieldKind kind = fields[c].kind;
        guard.append(m_options.formulaGuard && kind != FieldKind::Integer &&
                     kind != FieldKind::Real);
    }

    try {
        // A whole table, on several threads when it is large.
        bool done = false;
        if (m_options.filter.trimmed().isEmpty() && m_options.ids.isEmpty()) {
            PartsExport parts(m_catalog, m_options.table, columns, guard, m_options.delimiter,
                              m_options.threads);
            done = parts.run(writer, report, m_options.progress);
        }
        if (!done) {
            const auto cursor =
                ExportCursor::open(m_catalog, m_options.table, m_options.filter, m_options.ids);
            report.rows = writeRows(*cursor, writer, columns, guard, [&](qint64 rows) {
                if (m_options.progress && !m_options.progress(rows))
                    report.cancelled = true;
                return !report.cancelled;
            });
        }
    } catch (const Error &e) {
        report.error = e.message();
        return report;
    }
    if (report.cancelled || !report.error.isEmpty())
        return report;
    if (!writer.flush())
        report.error = QStringLiteral("Writing failed: %1").arg(writer.errorString());
    if (m_options.progress)
        m_options.progress(report.rows);
    return report;
}

} // namespace Marquee
