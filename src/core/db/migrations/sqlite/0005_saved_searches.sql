-- Searches a person keeps under a name, listed in the side bar in their own order. The query
-- is text of the search language, checked when it is saved.

CREATE TABLE saved_searches (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    table_name TEXT NOT NULL CHECK (table_name IN ('films', 'companies', 'reviews')),
    query      TEXT NOT NULL,
    position   INTEGER NOT NULL,
    UNIQUE (table_name, name)
);
