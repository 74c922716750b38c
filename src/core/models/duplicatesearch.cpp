#include "duplicatesearch.h"

#include "../db/catalog.h"
#include "../db/sqlitestatement.h"
#include "../domain/error.h"

#include <QPointer>
#include <QThread>

#include <atomic>

namespace Marquee {

// What the window's thread and the searching thread both use: the request to stop, and the
// searching connection, to interrupt.
struct DuplicateSearchState
{
    std::atomic<bool> stop{false};
    InterruptibleConnection connection;
};

DuplicateSearch::DuplicateSearch(const QString &catalogPath, QObject *parent)
    : QObject(parent), m_state(std::make_shared<DuplicateSearchState>())
{
    QPointer<DuplicateSearch> self(this);
    m_thread.reset(QThread::create([path = catalogPath, state = m_state, self] {
        QList<DuplicateGroup> groups;
        QString error;
        std::unique_ptr<Catalog> catalog;
        try {
            Catalog::Options options;
            options.readOnly = true;
            catalog = Catalog::open(path, options);
            state->connection.set(SqliteStatement::handle(catalog->database()));
            groups = DuplicateFinder(*catalog).find(&state->stop);
        } catch (const Error &e) {
            error = e.message();
        } catch (...) {
            error = QStringLiteral("The search for duplicates failed.");
        }
        state->connection.set(nullptr); // before it closes
        catalog.reset();
        if (state->stop)
            return;
        // On the owner's thread; the owner waits for this thread before it goes, so it is
        // still there when this is queued, and checked again when it runs.
        QMetaObject::invokeMethod(self.data(), [self, groups, error] {
            if (self)
                emit self->found(groups, error);
        });
    }));
    m_thread->setObjectName(QStringLiteral("duplicates"));
    m_thread->start(QThread::LowPriority);
}

DuplicateSearch::~DuplicateSearch()
{
    m_state->stop = true;
    m_state->connection.interrupt(); // the rest of the search checks `stop`
    m_thread->wait();
}

bool DuplicateSearch::isRunning() const
{
    return m_thread->isRunning();
}

} // namespace Marquee
