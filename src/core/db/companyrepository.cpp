#include "companyrepository.h"

#include "../domain/error.h"
#include "../domain/validation.h"
#include "catalog.h"
#include "sql.h"

namespace Marquee {

namespace {

Company companyFrom(const QSqlQuery &q)
{
    Company c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.country = q.value(2).toString();
    c.notes = q.value(3).toString();
    c.rowVersion = q.value(4).toLongLong();
    return c;
}

void requireValid(const Company &company)
{
    const FieldErrors errors = validate(company);
    if (!errors.isEmpty())
        throw Error(joinErrors(errors), Error::Kind::Invalid);
}

sqlite3 *requireSqlite(const Catalog &catalog)
{
    sqlite3 *db = SqliteStatement::handle(catalog.database());
    if (!db)
        throw Error(QStringLiteral("This catalog's database driver is not supported."));
    return db;
}

const QString SelectColumns =
    QStringLiteral("SELECT id, name, country, notes, row_version FROM companies ");

} // namespace

CompanyRepository::CompanyRepository(Catalog &catalog) : m_catalog(catalog) {}

qint64 CompanyRepository::insert(const Company &company)
{
    requireValid(company);
    if (findByName(company.name)) {
        throw Error(QStringLiteral("A company named \"%1\" already exists.").arg(company.name),
                    Error::Kind::Invalid);
    }
    return insertNew(company, foldedKey(company.name));
}

void CompanyRepository::restore(const Company &company)
{
    requireValid(company);
    WriteScope scope(m_catalog);
    QSqlQuery q = Sql::prepare(m_catalog.database(),
                               QStringLiteral("INSERT INTO companies (id, name, name_key, country, "
                                              "notes) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(company.id);
    q.addBindValue(company.name.simplified());
    q.addBindValue(foldedKey(company.name));
    q.addBindValue(Sql::text(company.country));
    q.addBindValue(Sql::text(company.notes));
    Sql::exec(q);
    scope.commit();
    m_ids.clear();
}

qint64 CompanyRepository::insertNew(const Company &company, const QString &key)
{
    WriteScope scope(m_catalog);
    if (!m_insert.isPrepared()) {
        m_insert = SqliteStatement(requireSqlite(m_catalog),
                                   "INSERT INTO companies (name, name_key, country, notes) "
                                   "VALUES (?, ?, ?, ?)");
    }
    m_insert.bind(1, company.name.simplified());
    m_insert.bind(2, key);
    m_insert.bind(3, company.country);
    m_insert.bind(4, company.notes);
    m_insert.run();
    const qint64 id = m_insert.lastInsertId();
    scope.commit();
    m_ids.remember(key, id);
    return id;
}

qint64 CompanyRepository::update(const Company &company)
{
    requireValid(company);
    WriteScope scope(m_catalog);
    if (const auto other = findByName(company.name); other && other->id != company.id) {
        throw Error(QStringLiteral("A company named \"%1\" already exists.").arg(company.name),
                    Error::Kind::Invalid);
    }
    QSqlQuery q = Sql::prepare(
        m_catalog.database(),
        QStringLiteral("UPDATE companies SET name = ?, name_key = ?, country = ?, notes = ?, "
                       "row_version = row_version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', "
                       "'now') WHERE id = ? AND row_version = ?"));
    q.addBindValue(company.name.simplified());
    q.addBindValue(foldedKey(company.name));
    q.addBindValue(Sql::text(company.country));
    q.addBindValue(Sql::text(company.notes));
    q.addBindValue(company.id);
    q.addBindValue(company.rowVersion);
    Sql::exec(q);
    if (q.numRowsAffected() != 1) {
        throw Error(
            find(company.id)
                ? QStringLiteral("The company \"%1\" was changed elsewhere "
                                 "since it was read; reload it and try again.")
                      .arg(company.name)
                : QStringLiteral("The company \"%1\" was deleted elsewhere.").arg(company.name),
            Error::Kind::Conflict);
    }
    scope.commit();
    m_ids.clear();
    return company.rowVersion + 1;
}

void CompanyRepository::remove(qint64 id)
{
    WriteScope scope(m_catalog);
    const auto company = find(id);
    if (!company)
        throw Error(QStringLiteral("There is no company with id %1.").arg(id),
                    Error::Kind::NotFound);
    if (const qint64 films = filmCount(id); films > 0) {
        const QString used =
            films == 1 ? QStringLiteral("1 film") : QStringLiteral("%1 films").arg(films);
        throw Error(QStringLiteral("\"%1\" is used by %2; remove it from them first.")
                        .arg(company->name, used),
                    Error::Kind::InUse);
    }
    QSqlQuery q =
        Sql::prepare(m_catalog.database(), QStringLiteral("DELETE FROM companies WHERE id = ?"));
    q.addBindValue(id);
    Sql::exec(q);
    scope.commit();
    m_ids.clear();
}

std::optional<Company> CompanyRepository::find(qint64 id) const
{
    QSqlQuery q =
        Sql::prepare(m_catalog.database(), SelectColumns + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    Sql::exec(q);
    if (!q.next())
        return std::nullopt;
    return companyFrom(q);
}

QList<Company> CompanyRepository::list(const QList<qint64> &filmIds) const
{
    QSqlQuery q =
        Sql::namedBy(m_catalog.database(), SelectColumns, "film_companies", "company_id", filmIds);
    QList<Company> companies;
    while (q.next())
        companies.append(companyFrom(q));
    return companies;
}

std::optional<Company> CompanyRepository::findByName(const QString &name) const
{
    QSqlQuery q =
        Sql::prepare(m_catalog.database(), SelectColumns + QStringLiteral("WHERE name_key = ?"));
    q.addBindValue(foldedKey(name));
    Sql::exec(q);
    if (!q.next())
        return std::nullopt;
    return companyFrom(q);
}

qint64 CompanyRepository::ensure(const QString &name)
{
    const QString key = foldedKey(name);
    if (const auto id = m_ids.find(m_catalog, key))
        return *id;
    Company company;
    company.name = name;
    requireValid(company);
    return insertNew(company, key);
}

qint64 CompanyRepository::filmCount(qint64 id) const
{
    QSqlQuery q =
        Sql::prepare(m_catalog.database(),
                     QStringLiteral("SELECT count(*) FROM film_companies WHERE company_id = ?"));
    q.addBindValue(id);
    Sql::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QStringList CompanyRepository::namesStartingWith(const QString &prefix, int limit) const
{
    return Sql::namesStartingWith(m_catalog.database(), "companies", prefix, limit);
}

qint64 CompanyRepository::count() const
{
    return Sql::scalar(m_catalog.database(), QStringLiteral("SELECT count(*) FROM companies"))
        .toLongLong();
}

} // namespace Marquee
