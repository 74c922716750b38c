-- One full-text row per film holding every word a free word looks for: its titles and synopsis,
-- its companies' names, its people's names and its reviews' quotes. A word that a fifth of a
-- million films hold is then counted and tested in one index, where it was the union of three
-- (a third of a second to several seconds).
--
-- film_search takes its text from the view film_text (external content, nothing stored twice).
-- A word of its own (U+E000, private use) stands between two names or two quotes, so that a
-- phrase never runs from one into the next.
-- A film's row changes whenever one of those texts does: a trigger BEFORE the change removes
-- the row as the view still shows it, and one AFTER adds it as the view now shows it.
--
-- Within a bulk write (see 0004), films added by it are indexed at commit, and so are the
-- films whose text it changed: search_stale lists those, their rows removed at their first
-- change, and the triggers leave them alone after that. Like search_deferred, it is empty
-- outside such a write.

DROP TRIGGER films_search_insert;
DROP TRIGGER films_search_delete;
DROP TRIGGER films_search_update;
DROP TABLE film_search;

CREATE TABLE search_stale (
    film_id INTEGER PRIMARY KEY
);

CREATE VIEW film_text AS
SELECT f.id, f.title, f.original_title, f.synopsis,
       (SELECT group_concat(name, ' ' || char(57344) || ' ') FROM
           (SELECT c.name FROM film_companies fc JOIN companies c ON c.id = fc.company_id
            WHERE fc.film_id = f.id ORDER BY fc.position, c.id)) AS companies,
       (SELECT group_concat(name, ' ' || char(57344) || ' ') FROM
           (SELECT p.name FROM film_people fp JOIN people p ON p.id = fp.person_id
            WHERE fp.film_id = f.id ORDER BY fp.role, fp.position, p.id)) AS people,
       (SELECT group_concat(quote, ' ' || char(57344) || ' ') FROM
           (SELECT quote FROM reviews WHERE film_id = f.id AND quote IS NOT NULL
            ORDER BY id)) AS quotes
FROM films f;

CREATE VIRTUAL TABLE film_search USING fts5(
    title, original_title, synopsis, companies, people, quotes,
    content = 'film_text', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '3'
);

-- Films. Their own row appears after the insert; an update of a text replaces it.

CREATE TRIGGER film_text_insert AFTER INSERT ON films
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND new.id > after_id)
     AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = new.id)
BEGIN
    INSERT INTO film_search (rowid, title, original_title, synopsis, companies, people, quotes)
    SELECT id, title, original_title, synopsis, companies, people, quotes FROM film_text
    WHERE id = new.id;
END;

CREATE TRIGGER film_text_before_update BEFORE UPDATE OF title, original_title, synopsis ON films
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND old.id > after_id)
     AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = old.id)
BEGIN
    DELETE FROM film_search WHERE rowid = old.id;
    INSERT INTO search_stale (film_id)
    SELECT old.id WHERE EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films');
END;

CREATE TRIGGER film_text_after_update AFTER UPDATE OF title, original_title, synopsis ON films
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND new.id > after_id)
     AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = new.id)
BEGIN
    INSERT INTO film_search (rowid, title, original_title, synopsis, companies, people, quotes)
    SELECT id, title, original_title, synopsis, companies, people, quotes FROM film_text
    WHERE id = new.id;
END;

-- Before a film is deleted (its links and reviews follow it, when the film is gone already).
CREATE TRIGGER film_text_delete BEFORE DELETE ON films
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND old.id > after_id)
     AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = old.id)
BEGIN
    DELETE FROM film_search WHERE rowid = old.id;
END;

-- A review's quote, a company or a person linked to a film: the film's row is removed before
-- and added after, unless the film is gone or its row waits for the commit.

CREATE TRIGGER film_text_review_before_insert BEFORE INSERT ON reviews
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND new.film_id > after_id)
     AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = new.film_id)
     AND EXISTS (SELECT 1 FROM films WHERE id = new.film_id)
BEGIN
    DELETE FROM film_search WHERE rowid = new.film_id;
    INSERT INTO search_stale (film_id)
    SELECT new.film_id WHERE EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films');
END;

CREATE TRIGGER film_text_review_after_insert AFTER INSERT ON reviews
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND new.film_id > after_id)
     AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = new.film_id)
BEGIN
    INSERT INTO film_search (rowid, title, original_title, synopsis, companies, people, quotes)
    SELECT id, title, original_title, synopsis, companies, people, quotes FROM film_text
    WHERE id = new.film_id;
END;

CREATE TRIGGER film_text_review_before_update BEFORE UPDATE OF film_id, quote ON reviews
BEGIN
    DELETE FROM film_search WHERE rowid IN (
        SELECT f.id FROM films f WHERE f.id IN (old.film_id, new.film_id)
           AND NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND f.id > after_id)
           AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = f.id));
    INSERT INTO search_stale (film_id)
    SELECT f.id FROM films f WHERE f.id IN (old.film_id, new.film_id)
       AND EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND f.id <= after_id)
       AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = f.id);
END;

CREATE TRIGGER film_text_review_after_update AFTER UPDATE OF film_id, quote ON reviews
BEGIN
    INSERT INTO film_search (rowid, title, original_title, synopsis, companies, people, quotes)
    SELECT t.id, t.title, t.original_title, t.synopsis, t.companies, t.people, t.quotes
    FROM film_text t WHERE t.id IN (old.film_id, new.film_id)
      AND NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND t.id > after_id)
      AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = t.id);
END;

CREATE TRIGGER film_text_review_before_delete BEFORE DELETE ON reviews
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND old.film_id > after_id)
     AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = old.film_id)
     AND EXISTS (SELECT 1 FROM films WHERE id = old.film_id)
BEGIN
    DELETE FROM film_search WHERE rowid = old.film_id;
    INSERT INTO search_stale (film_id)
    SELECT old.film_id WHERE EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films');
END;

CREATE TRIGGER film_text_review_after_delete AFTER DELETE ON reviews
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND old.film_id > after_id)
     AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = old.film_id)
BEGIN
    INSERT INTO film_search (rowid, title, original_title, synopsis, companies, people, quotes)
    SELECT id, title, original_title, synopsis, companies, people, quotes FROM film_text
    WHERE id = old.film_id;
END;

CREATE TRIGGER film_text_company_before_insert BEFORE INSERT ON film_companies
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND new.film_id > after_id)
     AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = new.film_id)
     AND EXISTS (SELECT 1 FROM films WHERE id = new.film_id)
BEGIN
    DELETE FROM film_search WHERE rowid = new.film_id;
    INSERT INTO search_stale (film_id)
    SELECT new.film_id WHERE EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films');
END;

CREATE TRIGGER film_text_company_after_insert AFTER INSERT ON film_companies
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND new.film_id > after_id)
     AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = new.film_id)
BEGIN
    INSERT INTO film_search (rowid, title, original_title, synopsis, companies, people, quotes)
    SELECT id, title, original_title, synopsis, companies, people, quotes FROM film_text
    WHERE id = new.film_id;
END;

CREATE TRIGGER film_text_company_before_update BEFORE UPDATE ON film_companies
BEGIN
    DELETE FROM film_search WHERE rowid IN (
        SELECT f.id FROM films f WHERE f.id IN (old.film_id, new.film_id)
           AND NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND f.id > after_id)
           AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = f.id));
    INSERT INTO search_stale (film_id)
    SELECT f.id FROM films f WHERE f.id IN (old.film_id, new.film_id)
       AND EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND f.id <= after_id)
       AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = f.id);
END;

CREATE TRIGGER film_text_company_after_update AFTER UPDATE ON film_companies
BEGIN
    INSERT INTO film_search (rowid, title, original_title, synopsis, companies, people, quotes)
    SELECT t.id, t.title, t.original_title, t.synopsis, t.companies, t.people, t.quotes
    FROM film_text t WHERE t.id IN (old.film_id, new.film_id)
      AND NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND t.id > after_id)
      AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = t.id);
END;

CREATE TRIGGER film_text_company_before_delete BEFORE DELETE ON film_companies
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND old.film_id > after_id)
     AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = old.film_id)
     AND EXISTS (SELECT 1 FROM films WHERE id = old.film_id)
BEGIN
    DELETE FROM film_search WHERE rowid = old.film_id;
    INSERT INTO search_stale (film_id)
    SELECT old.film_id WHERE EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films');
END;

CREATE TRIGGER film_text_company_after_delete AFTER DELETE ON film_companies
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND old.film_id > after_id)
     AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = old.film_id)
BEGIN
    INSERT INTO film_search (rowid, title, original_title, synopsis, companies, people, quotes)
    SELECT id, title, original_title, synopsis, companies, people, quotes FROM film_text
    WHERE id = old.film_id;
END;

CREATE TRIGGER film_text_person_before_insert BEFORE INSERT ON film_people
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND new.film_id > after_id)
     AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = new.film_id)
     AND EXISTS (SELECT 1 FROM films WHERE id = new.film_id)
BEGIN
    DELETE FROM film_search WHERE rowid = new.film_id;
    INSERT INTO search_stale (film_id)
    SELECT new.film_id WHERE EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films');
END;

CREATE TRIGGER film_text_person_after_insert AFTER INSERT ON film_people
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND new.film_id > after_id)
     AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = new.film_id)
BEGIN
    INSERT INTO film_search (rowid, title, original_title, synopsis, companies, people, quotes)
    SELECT id, title, original_title, synopsis, companies, people, quotes FROM film_text
    WHERE id = new.film_id;
END;

CREATE TRIGGER film_text_person_before_update BEFORE UPDATE ON film_people
BEGIN
    DELETE FROM film_search WHERE rowid IN (
        SELECT f.id FROM films f WHERE f.id IN (old.film_id, new.film_id)
           AND NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND f.id > after_id)
           AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = f.id));
    INSERT INTO search_stale (film_id)
    SELECT f.id FROM films f WHERE f.id IN (old.film_id, new.film_id)
       AND EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND f.id <= after_id)
       AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = f.id);
END;

CREATE TRIGGER film_text_person_after_update AFTER UPDATE ON film_people
BEGIN
    INSERT INTO film_search (rowid, title, original_title, synopsis, companies, people, quotes)
    SELECT t.id, t.title, t.original_title, t.synopsis, t.companies, t.people, t.quotes
    FROM film_text t WHERE t.id IN (old.film_id, new.film_id)
      AND NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND t.id > after_id)
      AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = t.id);
END;

CREATE TRIGGER film_text_person_before_delete BEFORE DELETE ON film_people
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND old.film_id > after_id)
     AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = old.film_id)
     AND EXISTS (SELECT 1 FROM films WHERE id = old.film_id)
BEGIN
    DELETE FROM film_search WHERE rowid = old.film_id;
    INSERT INTO search_stale (film_id)
    SELECT old.film_id WHERE EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films');
END;

CREATE TRIGGER film_text_person_after_delete AFTER DELETE ON film_people
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND old.film_id > after_id)
     AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = old.film_id)
BEGIN
    INSERT INTO film_search (rowid, title, original_title, synopsis, companies, people, quotes)
    SELECT id, title, original_title, synopsis, companies, people, quotes FROM film_text
    WHERE id = old.film_id;
END;

-- A company or a person renamed: every film naming them.

CREATE TRIGGER film_text_company_before_rename BEFORE UPDATE OF name ON companies
BEGIN
    DELETE FROM film_search WHERE rowid IN (
        SELECT fc.film_id FROM film_companies fc WHERE fc.company_id = old.id
           AND NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND fc.film_id > after_id)
           AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = fc.film_id));
    INSERT INTO search_stale (film_id)
    SELECT fc.film_id FROM film_companies fc WHERE fc.company_id = old.id
       AND EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND fc.film_id <= after_id)
       AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = fc.film_id);
END;

CREATE TRIGGER film_text_company_after_rename AFTER UPDATE OF name ON companies
BEGIN
    INSERT INTO film_search (rowid, title, original_title, synopsis, companies, people, quotes)
    SELECT t.id, t.title, t.original_title, t.synopsis, t.companies, t.people, t.quotes
    FROM film_text t WHERE t.id IN (SELECT film_id FROM film_companies WHERE company_id = new.id)
      AND NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND t.id > after_id)
      AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = t.id);
END;

CREATE TRIGGER film_text_person_before_rename BEFORE UPDATE OF name ON people
BEGIN
    DELETE FROM film_search WHERE rowid IN (
        SELECT fp.film_id FROM film_people fp WHERE fp.person_id = old.id
           AND NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND fp.film_id > after_id)
           AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = fp.film_id));
    INSERT OR IGNORE INTO search_stale (film_id)
    SELECT fp.film_id FROM film_people fp WHERE fp.person_id = old.id
       AND EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND fp.film_id <= after_id)
       AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = fp.film_id);
END;

CREATE TRIGGER film_text_person_after_rename AFTER UPDATE OF name ON people
BEGIN
    INSERT INTO film_search (rowid, title, original_title, synopsis, companies, people, quotes)
    SELECT t.id, t.title, t.original_title, t.synopsis, t.companies, t.people, t.quotes
    FROM film_text t WHERE t.id IN (SELECT film_id FROM film_people WHERE person_id = new.id)
      AND NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND t.id > after_id)
      AND NOT EXISTS (SELECT 1 FROM search_stale WHERE film_id = t.id);
END;

INSERT INTO film_search (film_search) VALUES ('rebuild');
