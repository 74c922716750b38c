#pragma once

#include "sqlitestatement.h"

#include <QHash>
#include <QString>

#include <optional>

namespace Marquee {

class Catalog;

// The ids of a table's rows by their name_key (companies, people), looked up through the
// unique index and remembered: an import asks for the same names row after row.
class NameIds
{
public:
    explicit NameIds(const char *table) : m_table(table) {}

    std::optional<qint64> find(Catalog &catalog, const QString &key);
    void remember(const QString &key, qint64 id) { m_ids.insert(key, id); }
    // After a rollback undid rows, or a rename or delete changed names.
    void clear() { m_ids.clear(); }

private:
    const char *m_table;
    QHash<QString, qint64> m_ids;
    SqliteStatement m_select;
};

} // namespace Marquee
