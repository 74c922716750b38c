#pragma once

#include "../db/tablequery.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>

#include <memory>

namespace Marquee {

class BackgroundCount;
class Catalog;

// One table of the catalog as an editable item model. It knows the row count and fetches pages
// of rows around what is shown, keeping only a bounded number of them; sorting and filtering
// happen in the database. An edit is validated by the domain rules and saved at once in its own
// transaction with the row-version check; a refused edit leaves the catalog unchanged and says
// why through lastError() and editFailed().
class CatalogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the row's id in the catalog
        FieldNameRole,             // the column's snake_case field name
    };

    // Rows are read in pages around what is shown; at most MaxPages of them are kept.
    static constexpr int PageSize = 128;
    static constexpr int MaxPages = 24;
    static constexpr int MaxCachedRows = PageSize * MaxPages; // about 3,000 rows, whatever the size

    CatalogTableModel(Catalog &catalog, Table table, QObject *parent = nullptr);
    ~CatalogTableModel() override;

    Table table() const { return m_query.table(); }
    Catalog &catalog() const { return m_catalog; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // The same edit, for the row with that id wherever it is now, shown or not (undo, the edit
    // form), refused as a conflict when the stored row version is not `rowVersion`.
    bool setValue(qint64 id, qint64 rowVersion, int column, const QVariant &value);
    // The row version of a row as shown, and as stored now (-1 when the row is gone).
    qint64 rowVersionAt(int row) const;
    qint64 storedRowVersion(qint64 id) const;
    // The version this model's own last write left on a row (-1 when it has not written it):
    // what undo and redo expect, so that only a change made elsewhere counts as a conflict.
    qint64 ownVersion(qint64 id) const { return m_ownVersions.value(id, -1); }
    // Records the stored version as this window's own (after a row was put back by undo).
    void noteOwnVersion(qint64 id);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // A query of the search language. An invalid one leaves the rows as they were; the
    // returned query says where it goes wrong.
    SearchQuery setFilter(const QString &text);
    QString filter() const { return m_query.filter(); }
    qint64 totalCount() const { return m_total; }
    // On a large table, a search is counted in the background while its first page is read;
    // a count that comes within the budget (10 ms) is shown with the rows. Otherwise the first
    // page shows at once, and rowCount() grows to the count when it is known
    // (countsChanged). A search that one full-text index counts by itself has 25 ms; a table
    // of fewer than 10,000 rows is always counted at once. 0 counts everything else in the
    // background without waiting, -1 nothing.
    void setCountBudget(int milliseconds) { m_countBudget = milliseconds; }
    bool isCounting() const { return m_counting; }
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    // Re-reads counts and rows after the catalog changed underneath (an import, another edit).
    void refresh();
    // Rows currently held in memory: bounded whatever the table's size.
    int cachedRows() const;

    // Why the last setData() was refused.
    QString lastError() const { return m_lastError; }
    // The reason a value would be refused in that cell, or an empty string: for the editors,
    // which keep the cell in edit instead of committing a bad value.
    QString validateCell(const QModelIndex &index, const QVariant &value) const;

    static QString headerText(Table table, int field);

signals:
    void editFailed(const QString &message);
    // An edit was saved: other views of the catalog may show something else now.
    void catalogWritten();
    void countsChanged();

private:
    struct Page;
    const TableQuery::Row *rowAt(int row) const;
    QString applyEdit(qint64 id, qint64 rowVersion, int field, const QString &text, bool write);
    template <typename Repository, typename Change>
    QString editRecord(Repository &repository, qint64 id, qint64 rowVersion, bool write,
                       Change change);
    void reload();
    // Re-reads after a write: the row may have moved under the sort or left the filter.
    // Selection and the current row follow their rows.
    void relayout();
    void counted(quint64 generation, qint64 rows);
    void stopCounting();
    // Counts the filter's rows in the background, under the current generation.
    void startCount(const QString &filter);
    // Starts the count in the background and reads the first page meanwhile: the count when
    // it comes within `budget` ms; otherwise nothing, the page in `first` and the count going
    // on.
    std::optional<qint64> raceCount(const QString &filter, int budget,
                                    QList<TableQuery::Row> &first);
    // Moves the persistent indexes (selection, current row) to where the rows with these ids
    // are now.
    void followRows(const QModelIndexList &persistent, const QList<qint64> &ids);

    Catalog &m_catalog;
    TableQuery m_query;
    qint64 m_count = 0;
    qint64 m_total = 0;
    int m_countBudget = 10;
    bool m_counting = false; // m_count is the first page until the count comes
    // The last search whose count was too slow for the foreground: the searches typed on
    // from it go to the background at once, until one is counted quickly there.
    QString m_slowSearch;
    QElapsedTimer m_countTimer; // since the background count started
    int m_quickCount = 0;       // ms: a background count quicker than this was not slow
    quint64 m_generation = 0;
    std::unique_ptr<BackgroundCount> m_counter;
    mutable QHash<qint64, QList<TableQuery::Row>> m_pages;
    mutable QList<qint64> m_recent; // page numbers, most recently used last
    QString m_lastError;
    QHash<qint64, qint64> m_ownVersions;
};

} // namespace Marquee
