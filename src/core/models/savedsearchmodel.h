#pragma once

#include "../db/savedsearchrepository.h"

#include <QAbstractListModel>

namespace Marquee {

class Catalog;

// The saved searches of a catalog as a list for the side bar: each shown with the number of
// rows it finds, counted when the list is refreshed (after a write, an import).
class SavedSearchModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TableRole, // Table, as an int
        QueryRole,
        CountRole, // rows found, -1 when unknown
    };

    explicit SavedSearchModel(Catalog &catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    SavedSearch searchAt(int row) const { return m_searches.value(row).search; }

    // Each returns why it refused (empty when done); the catalog is unchanged on refusal.
    QString add(const SavedSearch &search);
    QString change(const SavedSearch &search);
    QString remove(qint64 id);
    // Re-reads the searches and counts what each finds now.
    void refresh();

private:
    struct Entry
    {
        SavedSearch search;
        qint64 count = -1;
    };
    template <typename Write> QString write(Write write);

    Catalog &m_catalog;
    QList<Entry> m_searches;
};

} // namespace Marquee
