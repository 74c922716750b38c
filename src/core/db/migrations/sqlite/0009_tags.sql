-- A person's own labels on films ("watchlist", "festival 2024"), in the order given; Letterboxd
-- and Kodi files carry them.

CREATE TABLE film_tags (
    film_id  INTEGER NOT NULL REFERENCES films (id) ON DELETE CASCADE,
    tag      TEXT NOT NULL CHECK (length(trim(tag)) > 0),
    position INTEGER NOT NULL,
    PRIMARY KEY (film_id, tag)
) WITHOUT ROWID;

-- tag:festival finds its films through the tag, ignoring case.
CREATE INDEX film_tags_tag ON film_tags (tag COLLATE NOCASE, film_id);
