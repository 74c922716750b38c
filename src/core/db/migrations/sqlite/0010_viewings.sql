-- Every day a film was watched, as a diary keeps them (Letterboxd's rewatches); films.watched_on
-- stays the latest of them, the one the list shows and searches.

CREATE TABLE film_viewings (
    film_id    INTEGER NOT NULL REFERENCES films (id) ON DELETE CASCADE,
    watched_on TEXT NOT NULL CHECK (date(watched_on) IS watched_on),
    position   INTEGER NOT NULL,
    PRIMARY KEY (film_id, watched_on)
) WITHOUT ROWID;
