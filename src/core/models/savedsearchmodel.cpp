#include "savedsearchmodel.h"

#include "../db/catalog.h"
#include "../db/tablequery.h"
#include "../domain/error.h"
#include "backgroundcount.h"

#include <QHash>
#include <QLocale>

namespace Marquee {

SavedSearchModel::SavedSearchModel(Catalog &catalog, QObject *parent)
    : QAbstractListModel(parent), m_catalog(catalog)
{
    refresh();
}

SavedSearchModel::~SavedSearchModel() = default;

int SavedSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_searches.size());
}

QVariant SavedSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &entry = m_searches[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return entry.count < 0
                   ? entry.search.name
                   : tr("%1 (%2)").arg(entry.search.name, QLocale().toString(entry.count));
    case Qt::EditRole:
        return entry.search.name;
    case Qt::ToolTipRole:
        return tr("%1: %2").arg(tableName(entry.search.table), entry.search.query);
    case IdRole:
        return entry.search.id;
    case TableRole:
        return int(entry.search.table);
    case QueryRole:
        return entry.search.query;
    case CountRole:
        return entry.count;
    default:
        return {};
    }
}

template <typename Write> QString SavedSearchModel::write(Write write)
{
    try {
        write(SavedSearchRepository(m_catalog));
    } catch (const Error &e) {
        return e.message();
    }
    refresh();
    return {};
}

QString SavedSearchModel::add(const SavedSearch &search)
{
    return write([&](SavedSearchRepository repository) { repository.insert(search); });
}

QString SavedSearchModel::change(const SavedSearch &search)
{
    return write([&](SavedSearchRepository repository) { repository.update(search); });
}

QString SavedSearchModel::remove(qint64 id)
{
    return write([&](SavedSearchRepository repository) { repository.remove(id); });
}

void SavedSearchModel::refresh()
{
    // A search unchanged since the last refresh shows its count from then until it is
    // counted again.
    QHash<qint64, Entry> before;
    for (const Entry &entry : std::as_const(m_searches))
        before.insert(entry.search.id, entry);
    QList<Entry> entries;
    try {
        const SavedSearchRepository repository(m_catalog);
        QHash<int, bool> large; // per table
        for (const SavedSearch &search : repository.list()) {
            Entry entry{search, -1, false};
            if (const auto it = before.constFind(search.id); it != before.cend() &&
                                                             it->search.table == search.table &&
                                                             it->search.query == search.query)
                entry.count = it->count;
            try {
                auto isLarge = large.find(int(search.table));
                if (isLarge == large.end())
                    isLarge = large.insert(int(search.table),
                                           TableQuery(m_catalog, search.table).rowsAtMost() >=
                                               TableQuery::LargeTable);
                if (*isLarge)
                    entry.pending = true;
                else
                    entry.count = repository.count(search);
            } catch (const Error &) {
                entry.count = -1; // shown without a count when it cannot be counted now
            }
            entries.append(entry);
        }
    } catch (const Error &) {
        // An unreadable list shows empty; the catalog's own errors are reported elsewhere.
    }
    // A count in flight is for the old list.
    const bool wasCounting = m_counting >= 0;
    ++m_generation;
    if (m_counter)
        m_counter->cancel();
    m_counting = -1;
    beginResetModel();
    m_searches = entries;
    endResetModel();
    countNext(wasCounting);
}

void SavedSearchModel::countNext(bool wasCounting)
{
    qsizetype next = m_counting + 1;
    while (next < m_searches.size() && !m_searches[next].pending)
        ++next;
    if (next >= m_searches.size()) {
        m_counting = -1;
        if (wasCounting)
            emit countsKnown();
        return;
    }
    m_counting = next;
    if (!m_counter) {
        m_counter = std::make_unique<BackgroundCount>(m_catalog.path());
        connect(m_counter.get(), &BackgroundCount::counted, this, &SavedSearchModel::counted);
    }
    const SavedSearch &search = m_searches[next].search;
    m_counter->start(++m_generation, search.table, search.query);
}

void SavedSearchModel::counted(quint64 generation, qint64 rows)
{
    if (generation != m_generation || m_counting < 0)
        return;
    Entry &entry = m_searches[m_counting];
    entry.pending = false;
    entry.count = rows; // -1 for a query that cannot be counted
    const QModelIndex changed = index(int(m_counting));
    emit dataChanged(changed, changed);
    countNext(true);
}

} // namespace Marquee
