#pragma once

#include "../domain/fields.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

struct sqlite3;

namespace Marquee {

class CountWorker;

// Counts the rows a search finds on a thread of its own, with its own read-only connection to
// the catalog, so that a search over a million films shows its first rows at once and its
// count when known. A new count cancels the one running; only the latest is reported.
class BackgroundCount : public QObject
{
    Q_OBJECT

public:
    BackgroundCount(const QString &catalogPath, Table table, QObject *parent = nullptr);
    ~BackgroundCount() override;

    // Counts the rows `filter` finds; `generation` comes back with the count.
    void start(quint64 generation, const QString &filter);
    // Drops the count running or waiting, if any.
    void cancel();

signals:
    // The rows found, or -1 when the count failed (the catalog could not be read).
    void counted(quint64 generation, qint64 rows);

private:
    struct Shared
    {
        std::atomic<quint64> latest{0};
        std::atomic<sqlite3 *> connection{nullptr};
    };
    std::shared_ptr<Shared> m_shared;
    QThread m_thread;
    CountWorker *m_worker = nullptr;
    friend class CountWorker;
};

} // namespace Marquee
