#pragma once

#include "../db/savedsearchrepository.h"

#include <QAbstractListModel>

#include <memory>

namespace Marquee {

class BackgroundCount;
class Catalog;

// The saved searches of a catalog as a list for the side bar: each shown with the number of
// rows it finds, counted when the list is refreshed (after a write, an import). In a table of
// 10,000 rows or more, the counts come from a thread of their own, one search after the other,
// each shown when known; meanwhile a search shows its count from before.
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
    ~SavedSearchModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    SavedSearch searchAt(int row) const { return m_searches.value(row).search; }

    // Each returns why it refused (empty when done); the catalog is unchanged on refusal.
    QString add(const SavedSearch &search);
    QString change(const SavedSearch &search);
    QString remove(qint64 id);
    // Re-reads the searches and counts what each finds now (in a large table, from now on).
    void refresh();
    // Whether counts are still to come from the background.
    bool isCounting() const { return m_counting >= 0; }

signals:
    void countsKnown(); // the last count of a refresh has come

private:
    struct Entry
    {
        SavedSearch search;
        qint64 count = -1;
        bool pending = false; // to be counted in the background
    };
    template <typename Write> QString write(Write write);
    // Starts the next count in the background; says countsKnown() when none is left and
    // one was running.
    void countNext(bool wasCounting);
    void counted(quint64 generation, qint64 rows);

    Catalog &m_catalog;
    QList<Entry> m_searches;
    std::unique_ptr<BackgroundCount> m_counter;
    quint64 m_generation = 0;
    qsizetype m_counting = -1; // the row counted in the background
};

} // namespace Marquee
