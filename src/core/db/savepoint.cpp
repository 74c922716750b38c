#include "savepoint.h"

#include "catalog.h"
#include "sql.h"

namespace Marquee {

Savepoint::Savepoint(Catalog &catalog)
    : m_begin(Sql::prepare(catalog.database(), QStringLiteral("SAVEPOINT marquee_row"))),
      m_release(Sql::prepare(catalog.database(), QStringLiteral("RELEASE marquee_row"))),
      m_rollback(Sql::prepare(catalog.database(), QStringLiteral("ROLLBACK TO marquee_row")))
{}

void Savepoint::begin()
{
    Sql::exec(m_begin);
}

void Savepoint::release()
{
    Sql::exec(m_release);
}

void Savepoint::rollback()
{
    Sql::exec(m_rollback);
    Sql::exec(m_release); // ROLLBACK TO keeps the savepoint open
}

} // namespace Marquee
