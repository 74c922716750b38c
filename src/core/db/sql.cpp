#include "sql.h"

#include "../domain/error.h"

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

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        fail(query.lastError(), sql);
    return query.next() ? query.value(0) : QVariant();
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

} // namespace Marquee::Sql
