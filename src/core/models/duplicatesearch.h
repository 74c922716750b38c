#pragma once

#include "../db/duplicates.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace Marquee {

struct DuplicateSearchState;

// Looks for a catalog's likely duplicates on a thread of its own, with its own read-only
// connection, so that a window stays responsive (seconds at a million films). The groups come
// with found(). Destroying it stops the search and waits for the thread.
class DuplicateSearch : public QObject
{
    Q_OBJECT

public:
    explicit DuplicateSearch(const QString &catalogPath, QObject *parent = nullptr);
    ~DuplicateSearch() override;
    bool isRunning() const;

signals:
    // The groups found, or an error (the catalog could not be read) and none.
    void found(const QList<DuplicateGroup> &groups, const QString &error);

private:
    std::shared_ptr<DuplicateSearchState> m_state;
    std::unique_ptr<QThread> m_thread;
};

} // namespace Marquee
