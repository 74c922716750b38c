#pragma once

#include "../domain/fields.h"

#include <QList>
#include <QString>

namespace Marquee {

class Catalog;

struct SavedSearch
{
    qint64 id = 0;
    QString name;
    Table table = Table::Films;
    QString query; // the search language, as typed

    bool operator==(const SavedSearch &) const = default;
};

// Reads and writes the searches kept under a name. A search is checked before it is saved:
// an empty name, a name already used for that table or a query that does not parse is
// refused with Error(Invalid) saying why.
class SavedSearchRepository
{
public:
    explicit SavedSearchRepository(Catalog &catalog);

    QList<SavedSearch> list() const; // in the side bar's order
    qint64 insert(const SavedSearch &search);
    void update(const SavedSearch &search);
    void remove(qint64 id);
    // The rows the search finds now.
    qint64 count(const SavedSearch &search) const;

private:
    void check(const SavedSearch &search) const;

    Catalog &m_catalog;
};

} // namespace Marquee
