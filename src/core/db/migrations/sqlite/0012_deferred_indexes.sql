-- The sort indexes of films that a large import drops while it adds its rows, with their
-- definitions. Built once at the end, an index is a sort of its column; kept during the import,
-- it takes an insert at a random place for every row (more than a third of a large import).
-- The import builds them again when it ends, however it ends; after a crash, the next open
-- that can write does.

CREATE TABLE deferred_indexes (
    name TEXT PRIMARY KEY,
    sql  TEXT NOT NULL
) WITHOUT ROWID;
