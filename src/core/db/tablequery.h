#pragma once

#include "../domain/fields.h"
#include "../search/searchquery.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

class QSqlQuery;

namespace Marquee {

class Catalog;

// The rows of one table as a list view shows them: a page at a time, sorted and filtered in
// the database. Columns follow fieldsOf(table); the sort column comes from a whitelist and the
// filter reaches SQL only as bound values.
class TableQuery
{
public:
    struct Row
    {
        qint64 id = 0;
        qint64 rowVersion = 0;
        QVariantList values; // one per field of fieldsOf(table)
    };

    TableQuery(Catalog &catalog, Table table);

    Table table() const { return m_table; }
    // A query of the search language. An invalid query leaves the filter as it was; the
    // returned query says where it goes wrong.
    SearchQuery setFilter(const QString &text);
    // The same, for a query already parsed for this table (the search box parsed it to
    // show its errors); an invalid one is ignored.
    void setFilter(const SearchQuery &search);
    QString filter() const { return m_search.text(); }
    // A field index of fieldsOf(table); an index out of range is ignored.
    void setSort(int field, Qt::SortOrder order);
    static bool isSortable(Table table, int field);

    // " WHERE ..." for rows that pass the search `filter` and, when `ids` is not empty, are
    // among them; empty when both are. The values to bind are appended to `binds`. Throws
    // Error(Invalid) naming the place when the query is not valid.
    static QString whereClause(Table table, const QString &filter, const QList<qint64> &ids,
                               QVariantList &binds);
    // The letter that names the table in those clauses: f, c, r, p.
    static QString alias(Table table);

    qint64 count() const; // rows that pass the filter
    // Whether the filter is one set of full-text matches, which its index counts by itself.
    bool countsInOneIndex() const;
    // Whether a count of more than ManyMatches rows is better read along the order's index.
    static constexpr qint64 ManyMatches = 20000;
    // A table whose ids reach this many (rowsAtMost()) is large: its slow counts and searches
    // go to a thread of their own.
    static constexpr qint64 LargeTable = 10000;
    qint64 totalCount() const; // all rows of the table
    qint64 rowsAtMost() const; // at least as many as the table holds, read at once (its last id)
    // Rows [offset, offset + limit) in order. With `count` (the rows that pass the filter),
    // rows past the middle are read from the far end in reverse, so that the last page costs
    // no more than the first. `many` says that the rows are likely many while their count is
    // not known yet: the order's index is read (given up for a sort when that is slow).
    QList<Row> fetch(qint64 offset, int limit, qint64 count = -1, bool many = false) const;
    // The first rows, as fetch(0, limit, -1, true) reads them, while the count runs
    // elsewhere: nothing when `stop` returns true first (asked every few microseconds of
    // SQLite's work).
    std::optional<QList<Row>> fetchFirstUnless(int limit, const std::function<bool()> &stop) const;
    // How long reading those many rows along the order's index may take before they are
    // sorted instead (60 ms).
    void setScanBudget(int milliseconds) { m_scanBudget = milliseconds; }
    // Every row that passes the filter, in order (the first `limit`; all when it is 0), given
    // to `rows` a batch of `batch` rows at a time.
    void forEachBatch(qint64 limit, int batch,
                      const std::function<void(const QList<Row> &)> &rows) const;
    // The position of a row under the current sort and filter, or -1.
    qint64 positionOf(qint64 id) const;
    // The positions of many rows in one pass over the table; rows not shown are left out.
    QHash<qint64, qint64> positionsOf(const QList<qint64> &ids) const;

private:
    QString fromWhere(QVariantList &binds,
                      SearchQuery::Plan plan = SearchQuery::Plan::Default) const;
    bool sortIsIndexed() const;
    QString sortedFrom() const; // the FROM clause the sort needs
    QString orderBy(bool reversed = false) const;
    QString sortExpression() const;
    // `select` over the rows that pass the filter and `condition`, with every value bound.
    QSqlQuery prepareFiltered(const QString &select, const QString &condition,
                              const QVariantList &values) const;
    qint64 countWhere(const QString &condition, const QVariantList &values) const;
    // The position of one row found by counting the rows before it in the sort's index.
    qint64 countedPosition(qint64 id) const;
    std::optional<QList<Row>> fetchUnless(qint64 offset, int limit, qint64 count, bool many,
                                          const std::function<bool()> &stop) const;
    // The rows of these ids, in this order (read with their list columns in a few queries).
    QList<Row> rowsOf(const QList<qint64> &order) const;
    static QString whereClause(Table table, const SearchQuery &search, const QList<qint64> &ids,
                               QVariantList &binds,
                               SearchQuery::Plan plan = SearchQuery::Plan::Default);

    Catalog &m_catalog;
    Table m_table;
    SearchQuery m_search;
    int m_sortField = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_scanBudget = 60;
};

} // namespace Marquee
