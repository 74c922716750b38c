-- Indexes for finding duplicates on import (IMDb id; title and year ignoring case) and for
-- listing films in title or year order without sorting the whole table.

CREATE INDEX films_imdb_id ON films (imdb_id) WHERE imdb_id IS NOT NULL;
CREATE INDEX films_title_key_year ON films (title_key, year);
CREATE INDEX films_year ON films (year);
