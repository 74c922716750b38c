#include "sql.h"

#include "../domain/error.h"
#include "../domain/validation.h"
#include "sqlitestatement.h"

#include <QDate>
#include <QSqlError>
#include <QStringList>

namespace Marquee::Sql {

namespace {

[[noreturn]] void fail(const QSqlError &error, const QString &sql)
{
    const QString firstLine = sql.simplified().left(120);
    throw Error(QStringLiteral("The catalog refused an operation: %1 (while running: %2)")
                    .arg(error.text(), firstLine));
}

} // namespace

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        fail(query.lastError(), sql);
    return query;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        fail(query.lastError(), query.lastQuery());
}

void exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        fail(query.lastError(), sql);
}

bool next(QSqlQuery &query)
{
    if (query.next())
        return true;
    if (query.lastError().isValid())
        fail(query.lastError(), query.lastQuery());
    return false;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        fail(query.lastError(), sql);
    return query.next() ? query.value(0) : QVariant();
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = prepare(db, sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    exec(query);
    return query.next() ? query.value(0) : QVariant();
}

bool execWithoutWaiting(const QSqlDatabase &db, const QString &sql)
{
    const QVariant timeout = scalar(db, QStringLiteral("PRAGMA busy_timeout"));
    exec(db, QStringLiteral("PRAGMA busy_timeout = 0"));
    QSqlQuery query(db);
    const bool ran = query.exec(sql);
    query.finish();
    exec(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(timeout.toInt()));
    return ran;
}

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate))
                           : QVariant(QMetaType::fromType<QString>());
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString jsonIds(const QList<qint64> &ids)
{
    QStringList list;
    list.reserve(ids.size());
    for (const qint64 id : ids)
        list.append(QString::number(id));
    return u'[' + list.join(u',') + u']';
}

QStringList namesStartingWith(const QSqlDatabase &db, const char *table, const QString &prefix,
                              int limit)
{
    const QString key = foldedKey(prefix);
    QSqlQuery q = prepare(db, QStringLiteral("SELECT name FROM %1 WHERE name_key >= ? AND "
                                             "name_key < ? ORDER BY name_key LIMIT ?")
                                  .arg(QLatin1String(table)));
    q.addBindValue(key);
    q.addBindValue(QString(key + QChar(0xFFFF)));
    q.addBindValue(limit);
    exec(q);
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

QSqlQuery namedBy(const QSqlDatabase &db, const QString &select, const char *linkTable,
                  const char *linkColumn, const QList<qint64> &filmIds)
{
    QSqlQuery q = prepare(
        db, select + (filmIds.isEmpty()
                          ? QStringLiteral("ORDER BY id")
                          : QStringLiteral("WHERE id IN (SELECT %1 FROM %2 WHERE film_id IN "
                                           "(SELECT value FROM json_each(?))) ORDER BY id")
                                .arg(QLatin1String(linkColumn), QLatin1String(linkTable))));
    if (!filmIds.isEmpty())
        q.addBindValue(jsonIds(filmIds));
    q.setForwardOnly(true);
    exec(q);
    return q;
}

bool writeUnlessBusy(const QSqlDatabase &db, const std::function<void()> &work,
                     const std::function<void()> &busy)
{
    if (!execWithoutWaiting(db, QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    try {
        std::optional<BusyTicks> ticks;
        if (busy) {
            busy();
            ticks.emplace(SqliteStatement::handle(db), busy);
        }
        work();
        exec(db, QStringLiteral("COMMIT"));
        return true;
    } catch (const Error &) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
}

} // namespace Marquee::Sql
