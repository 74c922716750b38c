#pragma once

#include "../domain/fields.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>
#include <optional>

namespace Marquee {

class CountWorker;
struct CountState;

// Counts the rows a search finds on a thread of its own, with its own read-only connection to
// the catalog, so that a search over a million films shows its first rows at once and its
// count when known. A new count cancels the one running; only the latest is reported.
class BackgroundCount : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundCount(const QString &catalogPath, QObject *parent = nullptr);
    ~BackgroundCount() override;

    // Counts the rows of `table` that `filter` finds; `generation` comes back with the count.
    void start(quint64 generation, Table table, const QString &filter);
    // Drops the count running or waiting, if any.
    void cancel();
    // The rows that the count of `generation` found (-1: it failed), once it is done; from
    // any thread, before counted() arrives.
    std::optional<qint64> result(quint64 generation) const;
    // The same, waiting up to `milliseconds` for it.
    std::optional<qint64> waitFor(quint64 generation, int milliseconds) const;

signals:
    // The rows found, or -1 when the count failed (the catalog could not be read).
    void counted(quint64 generation, qint64 rows);

private:
    std::shared_ptr<CountState> m_state; // shared with the worker
    QThread m_thread;
    CountWorker *m_worker = nullptr;
};

} // namespace Marquee
