#pragma once

#include <QSqlQuery>

namespace Marquee {

class Catalog;

// A savepoint inside the current transaction, reused row after row: a row that fails is
// undone alone while the rows before it in the batch stay.
class Savepoint
{
public:
    explicit Savepoint(Catalog &catalog);
    void begin();
    void release();
    void rollback();

private:
    QSqlQuery m_begin;
    QSqlQuery m_release;
    QSqlQuery m_rollback;
};

} // namespace Marquee
