#include "nameids.h"

#include "catalog.h"

namespace Marquee {

std::optional<qint64> NameIds::find(Catalog &catalog, const QString &key)
{
    if (const auto it = m_ids.constFind(key); it != m_ids.cend())
        return *it;
    if (!m_select.isPrepared()) {
        m_select = SqliteStatement(SqliteStatement::handle(catalog.database()),
                                   QByteArray("SELECT id FROM ") + m_table + " WHERE name_key = ?");
    }
    m_select.bind(1, key);
    std::optional<qint64> id;
    if (m_select.step())
        id = m_select.int64(0);
    m_select.reset();
    if (id)
        m_ids.insert(key, *id);
    return id;
}

} // namespace Marquee
