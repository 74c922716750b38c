#include "savedsearchmodel.h"

#include "../domain/error.h"

#include <QLocale>

namespace Marquee {

SavedSearchModel::SavedSearchModel(Catalog &catalog, QObject *parent)
    : QAbstractListModel(parent), m_catalog(catalog)
{
    refresh();
}

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
    QList<Entry> entries;
    try {
        const SavedSearchRepository repository(m_catalog);
        for (const SavedSearch &search : repository.list()) {
            qint64 count = -1; // shown without a count when it cannot be counted now
            try {
                count = repository.count(search);
            } catch (const Error &) {
            }
            entries.append({search, count});
        }
    } catch (const Error &) {
        // An unreadable list shows empty; the catalog's own errors are reported elsewhere.
    }
    beginResetModel();
    m_searches = entries;
    endResetModel();
}

} // namespace Marquee
