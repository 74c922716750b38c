#include "savedsearchrepository.h"

#include "../domain/error.h"
#include "../search/searchquery.h"
#include "catalog.h"
#include "sql.h"
#include "tablequery.h"

#include <QSqlQuery>

namespace Marquee {

SavedSearchRepository::SavedSearchRepository(Catalog &catalog) : m_catalog(catalog) {}

QList<SavedSearch> SavedSearchRepository::list() const
{
    QSqlQuery q =
        Sql::prepare(m_catalog.database(), QStringLiteral("SELECT id, name, table_name, query FROM "
                                                          "saved_searches ORDER BY position, id"));
    Sql::exec(q);
    QList<SavedSearch> searches;
    while (q.next()) {
        const auto table = parseTable(q.value(2).toString());
        if (!table)
            continue; // the CHECK constraint allows only the three tables
        searches.append(
            {q.value(0).toLongLong(), q.value(1).toString(), *table, q.value(3).toString()});
    }
    return searches;
}

void SavedSearchRepository::check(const SavedSearch &search) const
{
    if (search.name.trimmed().isEmpty())
        throw Error(QStringLiteral("A saved search needs a name."), Error::Kind::Invalid);
    const SearchQuery query = SearchQuery::parse(search.table, search.query);
    if (!query.isValid())
        throw Error(QStringLiteral("The search is not valid at %1").arg(query.errorText()),
                    Error::Kind::Invalid);
    QSqlQuery q = Sql::prepare(m_catalog.database(),
                               QStringLiteral("SELECT 1 FROM saved_searches WHERE table_name = ? "
                                              "AND name = ? AND id <> ?"));
    q.addBindValue(tableName(search.table));
    q.addBindValue(search.name.trimmed());
    q.addBindValue(search.id);
    Sql::exec(q);
    if (q.next())
        throw Error(QStringLiteral("A saved search of %1 is already called \"%2\".")
                        .arg(tableName(search.table), search.name.trimmed()),
                    Error::Kind::Invalid);
}

qint64 SavedSearchRepository::insert(const SavedSearch &search)
{
    check(search);
    WriteScope scope(m_catalog);
    QSqlQuery q = Sql::prepare(
        m_catalog.database(),
        QStringLiteral("INSERT INTO saved_searches (name, table_name, query, position) VALUES "
                       "(?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM saved_searches))"));
    q.addBindValue(search.name.trimmed());
    q.addBindValue(tableName(search.table));
    q.addBindValue(search.query.trimmed());
    Sql::exec(q);
    const qint64 id = q.lastInsertId().toLongLong();
    scope.commit();
    return id;
}

void SavedSearchRepository::update(const SavedSearch &search)
{
    check(search);
    WriteScope scope(m_catalog);
    QSqlQuery q = Sql::prepare(
        m_catalog.database(),
        QStringLiteral(
            "UPDATE saved_searches SET name = ?, table_name = ?, query = ? WHERE id = ?"));
    q.addBindValue(search.name.trimmed());
    q.addBindValue(tableName(search.table));
    q.addBindValue(search.query.trimmed());
    q.addBindValue(search.id);
    Sql::exec(q);
    if (q.numRowsAffected() != 1)
        throw Error(
            QStringLiteral("The saved search \"%1\" is no longer in the catalog.").arg(search.name),
            Error::Kind::NotFound);
    scope.commit();
}

void SavedSearchRepository::remove(qint64 id)
{
    WriteScope scope(m_catalog);
    QSqlQuery q = Sql::prepare(m_catalog.database(),
                               QStringLiteral("DELETE FROM saved_searches WHERE id = ?"));
    q.addBindValue(id);
    Sql::exec(q);
    scope.commit();
}

qint64 SavedSearchRepository::count(const SavedSearch &search) const
{
    TableQuery query(m_catalog, search.table);
    if (!query.setFilter(search.query).isValid())
        return -1;
    return query.count();
}

} // namespace Marquee
