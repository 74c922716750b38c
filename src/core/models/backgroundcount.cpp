#include "backgroundcount.h"

#include "../db/catalog.h"
#include "../db/sqlitestatement.h"
#include "../db/tablequery.h"
#include "../domain/error.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QWaitCondition>

#include <atomic>

namespace Marquee {

// What the window's thread and the counting thread both use: the latest count asked for (0:
// none), and the counting connection, to interrupt.
struct CountState
{
    std::atomic<quint64> latest{0};
    InterruptibleConnection connection;
    // The last count done, for the window's thread to see while it is busy.
    qint64 rows = 0;
    quint64 done = 0; // its generation
    QMutex mutex;     // guards rows and done
    QWaitCondition counted;
};

// Lives on the counting thread: the catalog connection is opened, used and closed there.
class CountWorker : public QObject
{
    Q_OBJECT

public:
    CountWorker(QString path, std::shared_ptr<CountState> state)
        : m_path(std::move(path)), m_state(std::move(state))
    {}

    ~CountWorker() override
    {
        m_state->connection.set(nullptr);
        m_catalog.reset();
    }

    Q_INVOKABLE void count(quint64 generation, int table, const QString &filter)
    {
        if (generation != m_state->latest)
            return; // a newer search came meanwhile
        qint64 rows = -1;
        try {
            if (!m_catalog) {
                Catalog::Options options;
                options.readOnly = true;
                m_catalog = Catalog::open(m_path, options);
                m_state->connection.set(SqliteStatement::handle(m_catalog->database()));
            }
            TableQuery query(*m_catalog, Table(table));
            query.setFilter(filter);
            // A count has several statements; cancel() interrupts only the one running.
            const ProgressTicks stale(SqliteStatement::handle(m_catalog->database()), 1000,
                                      [&] { return generation != m_state->latest; });
            rows = query.count();
        } catch (const Error &) {
            if (generation != m_state->latest)
                return; // interrupted for a newer search
        }
        if (generation != m_state->latest)
            return;
        {
            QMutexLocker lock(&m_state->mutex);
            m_state->rows = rows;
            m_state->done = generation;
            m_state->counted.wakeAll();
        }
        emit counted(generation, rows);
    }

signals:
    void counted(quint64 generation, qint64 rows);

private:
    QString m_path;
    std::shared_ptr<CountState> m_state;
    std::unique_ptr<Catalog> m_catalog;
};

BackgroundCount::BackgroundCount(const QString &catalogPath, QObject *parent)
    : QObject(parent), m_state(std::make_shared<CountState>())
{
    m_worker = new CountWorker(catalogPath, m_state);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CountWorker::counted, this, [this](quint64 generation, qint64 rows) {
        if (generation == m_state->latest)
            emit counted(generation, rows);
    });
    m_thread.setObjectName(QStringLiteral("count"));
    m_thread.start(QThread::LowPriority);
}

BackgroundCount::~BackgroundCount()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void BackgroundCount::start(quint64 generation, Table table, const QString &filter)
{
    cancel();
    m_state->latest = generation;
    QMetaObject::invokeMethod(m_worker, "count", Qt::QueuedConnection, Q_ARG(quint64, generation),
                              Q_ARG(int, int(table)), Q_ARG(QString, filter));
}

std::optional<qint64> BackgroundCount::result(quint64 generation) const
{
    QMutexLocker lock(&m_state->mutex);
    if (m_state->done != generation)
        return std::nullopt;
    return m_state->rows;
}

std::optional<qint64> BackgroundCount::waitFor(quint64 generation, int milliseconds) const
{
    QDeadlineTimer deadline(milliseconds);
    QMutexLocker lock(&m_state->mutex);
    while (m_state->done != generation && m_state->latest == generation && !deadline.hasExpired())
        m_state->counted.wait(&m_state->mutex, deadline);
    if (m_state->done != generation)
        return std::nullopt;
    return m_state->rows;
}

void BackgroundCount::cancel()
{
    m_state->latest = 0;
    m_state->connection.interrupt(); // only a statement running now is stopped
}

} // namespace Marquee

#include "backgroundcount.moc"
