#pragma once

#include "../domain/person.h"
#include "nameids.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QList>

#include <optional>

namespace Marquee {

class Catalog;

// Reads and writes people (directors, writers, cast). Names are unique ignoring case and
// spacing; a person still credited in films cannot be deleted.
class PersonRepository
{
public:
    explicit PersonRepository(Catalog &catalog);

    qint64 insert(const Person &person);
    // Puts back a deleted person under their own id (undo of a delete).
    void restore(const Person &person);
    // Renames or annotates; throws Error(Conflict) when the row version changed meanwhile.
    qint64 update(const Person &person);
    // Throws Error(InUse) naming how many films credit the person.
    void remove(qint64 id);
    std::optional<Person> find(qint64 id) const;
    std::optional<Person> findByName(const QString &name) const;
    // The id of the person of that name, created when there is none.
    qint64 ensure(const QString &name);
    qint64 filmCount(qint64 id) const;
    // Everyone, or with `filmIds` given those these films credit, in catalog order.
    QList<Person> list(const QList<qint64> &filmIds = {}) const;
    qint64 count() const;
    // Up to `limit` names that start with `prefix` (ignoring case), in order: for pickers.
    QStringList namesStartingWith(const QString &prefix, int limit) const;
    void clearCache() { m_ids.clear(); }

private:
    Catalog &m_catalog;
    NameIds m_ids{"people"};
    SqliteStatement m_insert;
};

} // namespace Marquee
