-- People: directors, writers and cast. A person is known by name (unique ignoring case and
-- spacing, as companies are); per film, each person has a role, for the cast a character, and
-- an order within the film's credits.

CREATE TABLE people (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key    TEXT NOT NULL UNIQUE,
    notes       TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE film_people (
    film_id   INTEGER NOT NULL REFERENCES films (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    role      TEXT NOT NULL CHECK (role IN ('director', 'writer', 'cast')),
    character TEXT,
    position  INTEGER NOT NULL,
    PRIMARY KEY (film_id, role, person_id)
) WITHOUT ROWID;

-- A person's films, by role; and the People view sorted by name.
CREATE INDEX film_people_person ON film_people (person_id, role);
CREATE INDEX people_name ON people (name COLLATE NOCASE);

CREATE VIRTUAL TABLE person_search USING fts5(
    name,
    content = 'people', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '3'
);

CREATE TRIGGER people_search_insert AFTER INSERT ON people
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'people' AND new.id > after_id)
BEGIN
    INSERT INTO person_search (rowid, name) VALUES (new.id, new.name);
END;

CREATE TRIGGER people_search_delete AFTER DELETE ON people
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'people' AND old.id > after_id)
BEGIN
    INSERT INTO person_search (person_search, rowid, name) VALUES ('delete', old.id, old.name);
END;

CREATE TRIGGER people_search_update AFTER UPDATE OF name ON people
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'people' AND old.id > after_id)
BEGIN
    INSERT INTO person_search (person_search, rowid, name) VALUES ('delete', old.id, old.name);
    INSERT INTO person_search (rowid, name) VALUES (new.id, new.name);
END;
