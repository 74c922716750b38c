#include "personrepository.h"

#include "../domain/error.h"
#include "../domain/validation.h"
#include "catalog.h"
#include "sql.h"

namespace Marquee {

namespace {

const QString SelectColumns = QStringLiteral("SELECT id, name, notes, row_version FROM people ");

Person personFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toLongLong()};
}

void requireValid(const Person &person)
{
    const FieldErrors errors = validate(person);
    if (!errors.isEmpty())
        throw Error(joinErrors(errors), Error::Kind::Invalid);
}

} // namespace

PersonRepository::PersonRepository(Catalog &catalog) : m_catalog(catalog) {}

qint64 PersonRepository::insert(const Person &person)
{
    requireValid(person);
    if (findByName(person.name))
        throw Error(QStringLiteral("There is already a person named \"%1\".").arg(person.name),
                    Error::Kind::Invalid);
    WriteScope scope(m_catalog);
    if (!m_insert.isPrepared()) {
        m_insert = SqliteStatement(SqliteStatement::handle(m_catalog.database()),
                                   "INSERT INTO people (name, name_key, notes) VALUES (?, ?, ?)");
    }
    const QString key = foldedKey(person.name.simplified());
    m_insert.bind(1, person.name.simplified());
    m_insert.bind(2, key);
    m_insert.bind(3, person.notes);
    m_insert.run();
    const qint64 id = m_insert.lastInsertId();
    scope.commit();
    m_ids.remember(key, id);
    return id;
}

void PersonRepository::restore(const Person &person)
{
    requireValid(person);
    WriteScope scope(m_catalog);
    QSqlQuery q = Sql::prepare(
        m_catalog.database(),
        QStringLiteral("INSERT INTO people (id, name, name_key, notes) VALUES (?, ?, ?, ?)"));
    q.addBindValue(person.id);
    q.addBindValue(person.name.simplified());
    q.addBindValue(foldedKey(person.name.simplified()));
    q.addBindValue(Sql::text(person.notes));
    Sql::exec(q);
    scope.commit();
    m_ids.clear();
}

qint64 PersonRepository::update(const Person &person)
{
    requireValid(person);
    WriteScope scope(m_catalog);
    if (const auto other = findByName(person.name); other && other->id != person.id)
        throw Error(QStringLiteral("There is already a person named \"%1\".").arg(person.name),
                    Error::Kind::Invalid);
    QSqlQuery q = Sql::prepare(
        m_catalog.database(),
        QStringLiteral("UPDATE people SET name = ?, name_key = ?, notes = ?, row_version = "
                       "row_version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                       "WHERE id = ? AND row_version = ?"));
    q.addBindValue(person.name.simplified());
    q.addBindValue(foldedKey(person.name.simplified()));
    q.addBindValue(Sql::text(person.notes));
    q.addBindValue(person.id);
    q.addBindValue(person.rowVersion);
    Sql::exec(q);
    if (q.numRowsAffected() != 1)
        throw Error(QStringLiteral("\"%1\" was changed or deleted elsewhere; reload and try again.")
                        .arg(person.name),
                    Error::Kind::Conflict);
    scope.commit();
    m_ids.clear();
    return person.rowVersion + 1;
}

void PersonRepository::remove(qint64 id)
{
    WriteScope scope(m_catalog);
    const auto person = find(id);
    if (!person)
        throw Error(QStringLiteral("There is no person with id %1.").arg(id),
                    Error::Kind::NotFound);
    if (const qint64 films = filmCount(id); films > 0)
        throw Error(QStringLiteral("\"%1\" is credited in %2 film(s); remove the credits first.")
                        .arg(person->name)
                        .arg(films),
                    Error::Kind::InUse);
    QSqlQuery q =
        Sql::prepare(m_catalog.database(), QStringLiteral("DELETE FROM people WHERE id = ?"));
    q.addBindValue(id);
    Sql::exec(q);
    scope.commit();
    m_ids.clear();
}

std::optional<Person> PersonRepository::find(qint64 id) const
{
    QSqlQuery q =
        Sql::prepare(m_catalog.database(), SelectColumns + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    Sql::exec(q);
    return q.next() ? std::optional<Person>(personFrom(q)) : std::nullopt;
}

std::optional<Person> PersonRepository::findByName(const QString &name) const
{
    QSqlQuery q =
        Sql::prepare(m_catalog.database(), SelectColumns + QStringLiteral("WHERE name_key = ?"));
    q.addBindValue(foldedKey(name.simplified()));
    Sql::exec(q);
    return q.next() ? std::optional<Person>(personFrom(q)) : std::nullopt;
}

qint64 PersonRepository::ensure(const QString &name)
{
    if (const auto id = m_ids.find(m_catalog, foldedKey(name.simplified())))
        return *id;
    return insert({0, name, QString(), 0});
}

qint64 PersonRepository::filmCount(qint64 id) const
{
    QSqlQuery q = Sql::prepare(
        m_catalog.database(),
        QStringLiteral("SELECT count(DISTINCT film_id) FROM film_people WHERE person_id = ?"));
    q.addBindValue(id);
    Sql::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<Person> PersonRepository::list(const QList<qint64> &filmIds) const
{
    QSqlQuery q =
        Sql::namedBy(m_catalog.database(), SelectColumns, "film_people", "person_id", filmIds);
    QList<Person> people;
    while (q.next())
        people.append(personFrom(q));
    return people;
}

QStringList PersonRepository::namesStartingWith(const QString &prefix, int limit) const
{
    return Sql::namesStartingWith(m_catalog.database(), "people", prefix, limit);
}

qint64 PersonRepository::count() const
{
    return Sql::scalar(m_catalog.database(), QStringLiteral("SELECT count(*) FROM people"))
        .toLongLong();
}

} // namespace Marquee
