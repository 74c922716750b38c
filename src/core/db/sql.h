#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>

#include <optional>

class QDate;

namespace Marquee {

// Small helpers that turn Qt's SQL error flags into Error exceptions and map the domain's
// "not known" values to NULL. Used only inside core/db.
namespace Sql {

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql);
void exec(QSqlQuery &query);
void exec(const QSqlDatabase &db, const QString &sql);
// Steps to the next row: false at the end, an Error when reading failed (Qt's next() says
// false then too, as for an interrupted statement).
bool next(QSqlQuery &query);
// The single value of a one-row query, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase &db, const QString &sql);
// The same, with values bound to the statement's placeholders in order.
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values);
// Runs `sql` without waiting for another connection's lock (a busy timeout of 0 for it, the
// connection's own after); false when a lock held elsewhere, or an error, kept it from running.
// A checkpoint that another connection keeps from copying everything runs all the same.
bool execWithoutWaiting(const QSqlDatabase &db, const QString &sql);
// Runs `work` in a write transaction begun without waiting for another connection's lock, for
// work left by a crash that a writer elsewhere (most likely the import that left it) will do
// itself. `busy`, when set, is called when the work begins, then about ten times a second.
// False when it did not run, or failed and was rolled back.
bool writeUnlessBusy(const QSqlDatabase &db, const std::function<void()> &work,
                     const std::function<void()> &busy = {});

QVariant text(const QString &value);
QVariant date(const QDate &value);
template <typename T> QVariant number(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

template <typename T> std::optional<T> optionalNumber(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.value<T>();
}
QDate toDate(const QVariant &value);

// Up to `limit` names of `table` (companies, people) that start with `prefix` ignoring case, in
// order: a range on the table's unique name_key index, quick however many rows there are.
QStringList namesStartingWith(const QSqlDatabase &db, const char *table, const QString &prefix,
                              int limit);

// `select` (columns up to FROM and its table) of every row, or with `filmIds` given of the rows
// these films name through `linkTable`'s `linkColumn`, in catalog order, executed.
QSqlQuery namedBy(const QSqlDatabase &db, const QString &select, const char *linkTable,
                  const char *linkColumn, const QList<qint64> &filmIds);

// Ids as a JSON array, bound as one value and read back with json_each(?).
QString jsonIds(const QList<qint64> &ids);

} // namespace Sql
} // namespace Marquee
