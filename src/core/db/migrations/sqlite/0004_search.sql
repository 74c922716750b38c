-- Full-text indexes for the search language: film titles and synopses, company names, and
-- reviews' critics, publications and quotes. They take their text from the tables themselves
-- (external content), so that nothing is stored twice, and triggers keep them in step with
-- every insert, update and delete, whoever makes it. Accents and case are ignored; words of
-- three letters or more are searched as prefixes, which the prefix index serves.
--
-- A bulk write (an import) defers the indexing of the rows it adds: FTS5 writes its pending
-- terms out at the start of every statement, so indexing a row per statement costs several
-- times the row itself. Within the bulk write's transaction, search_deferred holds the last
-- id indexed per table; the triggers leave later rows alone, and before committing the write
-- indexes them all in one statement and removes its mark. Other connections never see the
-- mark, as it never outlives the transaction.

CREATE TABLE search_deferred (
    table_name TEXT PRIMARY KEY,
    after_id   INTEGER NOT NULL
) WITHOUT ROWID;

CREATE VIRTUAL TABLE film_search USING fts5(
    title, original_title, synopsis,
    content = 'films', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '3'
);

CREATE TRIGGER films_search_insert AFTER INSERT ON films
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND new.id > after_id)
BEGIN
    INSERT INTO film_search (rowid, title, original_title, synopsis)
    VALUES (new.id, new.title, new.original_title, new.synopsis);
END;

CREATE TRIGGER films_search_delete AFTER DELETE ON films
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND old.id > after_id)
BEGIN
    INSERT INTO film_search (film_search, rowid, title, original_title, synopsis)
    VALUES ('delete', old.id, old.title, old.original_title, old.synopsis);
END;

CREATE TRIGGER films_search_update AFTER UPDATE OF title, original_title, synopsis ON films
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'films' AND old.id > after_id)
BEGIN
    INSERT INTO film_search (film_search, rowid, title, original_title, synopsis)
    VALUES ('delete', old.id, old.title, old.original_title, old.synopsis);
    INSERT INTO film_search (rowid, title, original_title, synopsis)
    VALUES (new.id, new.title, new.original_title, new.synopsis);
END;

CREATE VIRTUAL TABLE company_search USING fts5(
    name,
    content = 'companies', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '3'
);

CREATE TRIGGER companies_search_insert AFTER INSERT ON companies
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'companies' AND new.id > after_id)
BEGIN
    INSERT INTO company_search (rowid, name) VALUES (new.id, new.name);
END;

CREATE TRIGGER companies_search_delete AFTER DELETE ON companies
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'companies' AND old.id > after_id)
BEGIN
    INSERT INTO company_search (company_search, rowid, name) VALUES ('delete', old.id, old.name);
END;

CREATE TRIGGER companies_search_update AFTER UPDATE OF name ON companies
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'companies' AND old.id > after_id)
BEGIN
    INSERT INTO company_search (company_search, rowid, name) VALUES ('delete', old.id, old.name);
    INSERT INTO company_search (rowid, name) VALUES (new.id, new.name);
END;

CREATE VIRTUAL TABLE review_search USING fts5(
    critic, publication, quote,
    content = 'reviews', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '3'
);

CREATE TRIGGER reviews_search_insert AFTER INSERT ON reviews
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'reviews' AND new.id > after_id)
BEGIN
    INSERT INTO review_search (rowid, critic, publication, quote)
    VALUES (new.id, new.critic, new.publication, new.quote);
END;

CREATE TRIGGER reviews_search_delete AFTER DELETE ON reviews
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'reviews' AND old.id > after_id)
BEGIN
    INSERT INTO review_search (review_search, rowid, critic, publication, quote)
    VALUES ('delete', old.id, old.critic, old.publication, old.quote);
END;

CREATE TRIGGER reviews_search_update AFTER UPDATE OF critic, publication, quote ON reviews
    WHEN NOT EXISTS (SELECT 1 FROM search_deferred WHERE table_name = 'reviews' AND old.id > after_id)
BEGIN
    INSERT INTO review_search (review_search, rowid, critic, publication, quote)
    VALUES ('delete', old.id, old.critic, old.publication, old.quote);
    INSERT INTO review_search (rowid, critic, publication, quote)
    VALUES (new.id, new.critic, new.publication, new.quote);
END;

INSERT INTO film_search (film_search) VALUES ('rebuild');
INSERT INTO company_search (company_search) VALUES ('rebuild');
INSERT INTO review_search (review_search) VALUES ('rebuild');
