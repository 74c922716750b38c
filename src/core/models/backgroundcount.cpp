#include "backgroundcount.h"

#include "../db/catalog.h"
#include "../db/sqlitestatement.h"
#include "../db/tablequery.h"
#include "../domain/error.h"

#include <sqlite3.h>

namespace Marquee {

// Lives on the counting thread: the catalog connection is opened, used and closed there.
class CountWorker : public QObject
{
    Q_OBJECT

public:
    CountWorker(QString path, Table table, std::shared_ptr<void> shared,
                std::atomic<quint64> &latest, std::atomic<sqlite3 *> &connection)
        : m_path(std::move(path)), m_table(table), m_keep(std::move(shared)), m_latest(latest),
          m_connection(connection)
    {}

    ~CountWorker() override
    {
        m_connection = nullptr;
        m_catalog.reset();
    }

    Q_INVOKABLE void count(quint64 generation, const QString &filter)
    {
        if (generation != m_latest)
            return; // a newer search came meanwhile
        qint64 rows = -1;
        try {
            if (!m_catalog) {
                Catalog::Options options;
                options.readOnly = true;
                m_catalog = Catalog::open(m_path, options);
                m_connection = SqliteStatement::handle(m_catalog->database());
            }
            TableQuery query(*m_catalog, m_table);
            query.setFilter(filter);
            rows = query.count();
        } catch (const Error &) {
            if (generation != m_latest)
                return; // interrupted for a newer search
        }
        if (generation == m_latest)
            emit counted(generation, rows);
    }

signals:
    void counted(quint64 generation, qint64 rows);

private:
    QString m_path;
    Table m_table;
    std::shared_ptr<void> m_keep;
    std::atomic<quint64> &m_latest;
    std::atomic<sqlite3 *> &m_connection;
    std::unique_ptr<Catalog> m_catalog;
};

BackgroundCount::BackgroundCount(const QString &catalogPath, Table table, QObject *parent)
    : QObject(parent), m_shared(std::make_shared<Shared>())
{
    m_worker =
        new CountWorker(catalogPath, table, m_shared, m_shared->latest, m_shared->connection);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CountWorker::counted, this, [this](quint64 generation, qint64 rows) {
        if (generation == m_shared->latest)
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

void BackgroundCount::start(quint64 generation, const QString &filter)
{
    cancel();
    m_shared->latest = generation;
    QMetaObject::invokeMethod(m_worker, "count", Qt::QueuedConnection, Q_ARG(quint64, generation),
                              Q_ARG(QString, filter));
}

void BackgroundCount::cancel()
{
    m_shared->latest = 0;
    if (sqlite3 *db = m_shared->connection)
        sqlite3_interrupt(db); // only a statement running now is stopped
}

} // namespace Marquee

#include "backgroundcount.moc"
