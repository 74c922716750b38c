-- Every column a view shows sorts along an index: the films' lists, the columns hidden by
-- default, the reviews' quotes and the companies' numbers of films.
--
-- Films in the order of a list (countries, genres, companies, providers, directors, writers,
-- cast, tags), each along an index: a film keeps, for each list, the keys of its first three
-- entries joined by a unit separator (char(31), below every letter, so that the lists compare
-- entry by entry), NULL for an empty list. Names are compared by their folded keys (case and
-- spacing aside), the other entries as written, ignoring ASCII case.
--
-- The storage layer writes the keys with the film's lists (one computation in C++, no trigger
-- on the links: an import of a million films writes five million of them); the triggers below
-- keep them in step when a company, a genre or a person is renamed. The keys of each list are
-- the same text as the SELECTs here build.
ALTER TABLE films ADD COLUMN countries_key TEXT COLLATE NOCASE;
ALTER TABLE films ADD COLUMN genres_key TEXT COLLATE NOCASE;
ALTER TABLE films ADD COLUMN companies_key TEXT COLLATE NOCASE;
ALTER TABLE films ADD COLUMN providers_key TEXT COLLATE NOCASE;
ALTER TABLE films ADD COLUMN directors_key TEXT COLLATE NOCASE;
ALTER TABLE films ADD COLUMN writers_key TEXT COLLATE NOCASE;
ALTER TABLE films ADD COLUMN cast_key TEXT COLLATE NOCASE;
ALTER TABLE films ADD COLUMN tags_key TEXT COLLATE NOCASE;

UPDATE films SET
    countries_key = (SELECT group_concat(k, char(31)) FROM (SELECT country_code AS k FROM
        film_countries WHERE film_id = films.id ORDER BY position LIMIT 3)),
    genres_key = (SELECT group_concat(k, char(31)) FROM (SELECT g.name_key AS k FROM film_genres
        fg JOIN genres g ON g.id = fg.genre_id WHERE fg.film_id = films.id ORDER BY fg.position
        LIMIT 3)),
    companies_key = (SELECT group_concat(k, char(31)) FROM (SELECT c.name_key AS k FROM
        film_companies fc JOIN companies c ON c.id = fc.company_id WHERE fc.film_id = films.id
        ORDER BY fc.position LIMIT 3)),
    providers_key = (SELECT group_concat(k, char(31)) FROM (SELECT provider || ' (' || offer ||
        ')' AS k FROM watch_providers WHERE film_id = films.id ORDER BY position LIMIT 3)),
    directors_key = (SELECT group_concat(k, char(31)) FROM (SELECT p.name_key AS k FROM
        film_people fp JOIN people p ON p.id = fp.person_id WHERE fp.film_id = films.id AND
        fp.role = 'director' ORDER BY fp.position LIMIT 3)),
    writers_key = (SELECT group_concat(k, char(31)) FROM (SELECT p.name_key AS k FROM
        film_people fp JOIN people p ON p.id = fp.person_id WHERE fp.film_id = films.id AND
        fp.role = 'writer' ORDER BY fp.position LIMIT 3)),
    cast_key = (SELECT group_concat(k, char(31)) FROM (SELECT p.name_key AS k FROM film_people
        fp JOIN people p ON p.id = fp.person_id WHERE fp.film_id = films.id AND fp.role = 'cast'
        ORDER BY fp.position LIMIT 3)),
    tags_key = (SELECT group_concat(k, char(31)) FROM (SELECT tag AS k FROM film_tags WHERE
        film_id = films.id ORDER BY position LIMIT 3));

CREATE INDEX films_countries_key ON films (countries_key);
CREATE INDEX films_genres_key ON films (genres_key);
CREATE INDEX films_companies_key ON films (companies_key);
CREATE INDEX films_providers_key ON films (providers_key);
CREATE INDEX films_directors_key ON films (directors_key);
CREATE INDEX films_writers_key ON films (writers_key);
CREATE INDEX films_cast_key ON films (cast_key);
CREATE INDEX films_tags_key ON films (tags_key);

CREATE TRIGGER companies_name_key_films AFTER UPDATE OF name_key ON companies
    WHEN old.name_key IS NOT new.name_key
BEGIN
    UPDATE films SET companies_key = (SELECT group_concat(k, char(31)) FROM (SELECT c.name_key
        AS k FROM film_companies fc JOIN companies c ON c.id = fc.company_id WHERE fc.film_id =
        films.id ORDER BY fc.position LIMIT 3))
    WHERE id IN (SELECT film_id FROM film_companies WHERE company_id = new.id);
END;

CREATE TRIGGER genres_name_key_films AFTER UPDATE OF name_key ON genres
    WHEN old.name_key IS NOT new.name_key
BEGIN
    UPDATE films SET genres_key = (SELECT group_concat(k, char(31)) FROM (SELECT g.name_key AS k
        FROM film_genres fg JOIN genres g ON g.id = fg.genre_id WHERE fg.film_id = films.id
        ORDER BY fg.position LIMIT 3))
    WHERE id IN (SELECT film_id FROM film_genres WHERE genre_id = new.id);
END;

CREATE TRIGGER people_name_key_films AFTER UPDATE OF name_key ON people
    WHEN old.name_key IS NOT new.name_key
BEGIN
    UPDATE films SET
        directors_key = (SELECT group_concat(k, char(31)) FROM (SELECT p.name_key AS k FROM
            film_people fp JOIN people p ON p.id = fp.person_id WHERE fp.film_id = films.id AND
            fp.role = 'director' ORDER BY fp.position LIMIT 3)),
        writers_key = (SELECT group_concat(k, char(31)) FROM (SELECT p.name_key AS k FROM
            film_people fp JOIN people p ON p.id = fp.person_id WHERE fp.film_id = films.id AND
            fp.role = 'writer' ORDER BY fp.position LIMIT 3)),
        cast_key = (SELECT group_concat(k, char(31)) FROM (SELECT p.name_key AS k FROM
            film_people fp JOIN people p ON p.id = fp.person_id WHERE fp.film_id = films.id AND
            fp.role = 'cast' ORDER BY fp.position LIMIT 3))
    WHERE id IN (SELECT film_id FROM film_people WHERE person_id = new.id);
END;

-- Reviews by quote: each review keeps its quote's first 32 letters, in lower case, on an index
-- (ties go by id): the order of NOCASE, compared as bytes, which counting a row's place in
-- three million takes a third less time over. A column rather than an index over the
-- expression: SQLite counts a table along the index it estimates narrowest, an expression
-- counts as narrowest of all, and counting three million reviews along that index took 43 ms
-- instead of 13. The storage layer writes the key with the quote; the triggers set it for any
-- other write.
ALTER TABLE reviews ADD COLUMN quote_key TEXT;
UPDATE reviews SET quote_key = lower(substr(quote, 1, 32));
CREATE INDEX reviews_quote_key ON reviews (quote_key);

CREATE TRIGGER reviews_quote_key_insert AFTER INSERT ON reviews
    WHEN new.quote_key IS NOT lower(substr(new.quote, 1, 32))
BEGIN
    UPDATE reviews SET quote_key = lower(substr(new.quote, 1, 32)) WHERE id = new.id;
END;

CREATE TRIGGER reviews_quote_key_update AFTER UPDATE OF quote, quote_key ON reviews
    WHEN new.quote_key IS NOT lower(substr(new.quote, 1, 32))
BEGIN
    UPDATE reviews SET quote_key = lower(substr(new.quote, 1, 32)) WHERE id = new.id;
END;

-- Companies by their number of films: each company keeps it, on an index. Triggers on the
-- links count every write but a bulk write's new films (those after its mark in
-- search_deferred, as the full-text triggers leave them): when the mark goes, at the bulk
-- write's commit or at the end of a large import, the links of those films are added in one
-- statement. (Meanwhile the counts leave them out; a large import left by a crash keeps its
-- mark, and this upgrade counts as the triggers would, until an open takes the mark away.)
ALTER TABLE companies ADD COLUMN film_count INTEGER NOT NULL DEFAULT 0;
UPDATE companies SET film_count = (SELECT count(*) FROM film_companies WHERE company_id =
    companies.id AND film_id <= coalesce((SELECT after_id FROM search_deferred WHERE
    table_name = 'films'), film_id));
CREATE INDEX companies_film_count ON companies (film_count);

CREATE TRIGGER film_companies_count_insert AFTER INSERT ON film_companies
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND
        new.film_id > after_id)
BEGIN
    UPDATE companies SET film_count = film_count + 1 WHERE id = new.company_id;
END;

CREATE TRIGGER film_companies_count_delete AFTER DELETE ON film_companies
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND
        old.film_id > after_id)
BEGIN
    UPDATE companies SET film_count = film_count - 1 WHERE id = old.company_id;
END;

CREATE TRIGGER film_companies_count_update AFTER UPDATE OF film_id, company_id ON
    film_companies
BEGIN
    UPDATE companies SET film_count = film_count - 1 WHERE id = old.company_id AND NOT EXISTS
        (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND old.film_id > after_id);
    UPDATE companies SET film_count = film_count + 1 WHERE id = new.company_id AND NOT EXISTS
        (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND new.film_id > after_id);
END;

CREATE TRIGGER search_deferred_films_counted AFTER DELETE ON search_deferred
    WHEN old.table_name = 'films'
BEGIN
    UPDATE companies SET film_count = film_count + (SELECT count(*) FROM film_companies WHERE
        company_id = companies.id AND film_id > old.after_id)
    WHERE id IN (SELECT company_id FROM film_companies WHERE film_id > old.after_id);
END;

-- The films' columns hidden by default. The synopsis by its first 32 letters in lower case,
-- kept in a column (the storage layer writes it with the synopsis, the triggers for any other
-- write), as the quotes are. The IMDb id's index holds every film now, not only those with
-- an id, so that it gives the whole order (the look-ups by id read it all the same).
ALTER TABLE films ADD COLUMN synopsis_key TEXT;
UPDATE films SET synopsis_key = lower(substr(synopsis, 1, 32));
CREATE INDEX films_synopsis_key ON films (synopsis_key);

CREATE TRIGGER films_synopsis_key_insert AFTER INSERT ON films
    WHEN new.synopsis_key IS NOT lower(substr(new.synopsis, 1, 32))
BEGIN
    UPDATE films SET synopsis_key = lower(substr(new.synopsis, 1, 32)) WHERE id = new.id;
END;

CREATE TRIGGER films_synopsis_key_update AFTER UPDATE OF synopsis, synopsis_key ON films
    WHEN new.synopsis_key IS NOT lower(substr(new.synopsis, 1, 32))
BEGIN
    UPDATE films SET synopsis_key = lower(substr(new.synopsis, 1, 32)) WHERE id = new.id;
END;

CREATE INDEX films_original_title ON films (original_title COLLATE NOCASE);
CREATE INDEX films_original_language ON films (original_language COLLATE NOCASE);
CREATE INDEX films_tmdb_popularity ON films (tmdb_popularity);
CREATE INDEX films_tmdb_vote_count ON films (tmdb_vote_count);
CREATE INDEX films_imdb_votes ON films (imdb_votes);
CREATE INDEX films_notes ON films (notes COLLATE NOCASE);
DROP INDEX films_imdb_id;
CREATE INDEX films_imdb_id ON films (imdb_id);

-- The reviews' link and the companies' notes, as written, ignoring ASCII case.
CREATE INDEX reviews_url ON reviews (url COLLATE NOCASE);
CREATE INDEX companies_notes ON companies (notes COLLATE NOCASE);
