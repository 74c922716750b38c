#pragma once

#include "../domain/company.h"

#include "nameids.h"
#include "sqlitestatement.h"
#include <QHash>
#include <QStringList>

#include <optional>

namespace Marquee {

class Catalog;

// Reads and writes companies. Names are unique ignoring case; a company that films still use
// cannot be deleted. Prepared statements are kept for the repository's lifetime.
class CompanyRepository
{
public:
    explicit CompanyRepository(Catalog &catalog);

    qint64 insert(const Company &company);
    // Puts back a deleted company under its own id (undo of a delete).
    void restore(const Company &company);
    // Saves the company if its row version is still the one read; throws Error(Conflict) when
    // it changed or vanished meanwhile. Returns the new row version.
    qint64 update(const Company &company);
    // Throws Error(InUse) naming how many films use the company.
    void remove(qint64 id);

    std::optional<Company> find(qint64 id) const;
    std::optional<Company> findByName(const QString &name) const;
    // The id of the company of that name (ignoring case), created when there is none.
    qint64 ensure(const QString &name);
    qint64 filmCount(qint64 id) const;
    // Every company, or with `filmIds` given those that these films name, in catalog order.
    QList<Company> list(const QList<qint64> &filmIds = {}) const;
    // Up to `limit` names that start with `prefix` (ignoring case), in order: for pickers.
    QStringList namesStartingWith(const QString &prefix, int limit) const;
    qint64 count() const;

    // Forget remembered name -> id lookups (after a rollback undid rows they point to).
    void clearCache() { m_ids.clear(); }

private:
    qint64 insertNew(const Company &company, const QString &key);

    Catalog &m_catalog;
    NameIds m_ids{"companies"};
    SqliteStatement m_insert;
};

} // namespace Marquee
