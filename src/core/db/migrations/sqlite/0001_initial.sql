-- The first Marquee catalog schema. Every table a film links to cascades on the film's deletion;
-- a company still linked to films cannot be deleted.

PRAGMA application_id = 1297240389; -- "MRQE": marks the file as a Marquee catalog

CREATE TABLE schema_version (
    version    INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE films (
    id                INTEGER PRIMARY KEY,
    title             TEXT NOT NULL CHECK (length(trim(title)) > 0),
    title_key         TEXT NOT NULL,
    original_title    TEXT,
    year              INTEGER CHECK (year BETWEEN 1870 AND 2100),
    release_date      TEXT CHECK (release_date IS NULL OR date(release_date) IS release_date),
    runtime_minutes   INTEGER CHECK (runtime_minutes BETWEEN 1 AND 1500),
    status            TEXT CHECK (status IN ('Rumored', 'Planned', 'In Production',
                                             'Post Production', 'Released', 'Canceled')),
    type              TEXT CHECK (type IN ('movie', 'TV movie', 'short', 'documentary')),
    certification     TEXT,
    original_language TEXT CHECK (original_language GLOB '[a-z][a-z]'),
    synopsis          TEXT,
    tmdb_popularity   REAL CHECK (tmdb_popularity >= 0),
    tmdb_vote_average REAL CHECK (tmdb_vote_average BETWEEN 0 AND 10),
    tmdb_vote_count   INTEGER CHECK (tmdb_vote_count >= 0),
    imdb_id           TEXT CHECK (imdb_id GLOB 'tt[0-9][0-9][0-9][0-9][0-9][0-9][0-9]*'
                                  AND NOT substr(imdb_id, 3) GLOB '*[^0-9]*'),
    imdb_rating       REAL CHECK (imdb_rating BETWEEN 0 AND 10),
    imdb_votes        INTEGER CHECK (imdb_votes >= 0),
    metascore         INTEGER CHECK (metascore BETWEEN 0 AND 100),
    my_rating         REAL CHECK (my_rating BETWEEN 0 AND 10),
    watched_on        TEXT CHECK (watched_on IS NULL OR date(watched_on) IS watched_on),
    notes             TEXT,
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    row_version       INTEGER NOT NULL DEFAULT 1
);

-- Posters live apart from the films so that listing films never reads image bytes.
CREATE TABLE film_posters (
    film_id   INTEGER PRIMARY KEY REFERENCES films (id) ON DELETE CASCADE,
    mime_type TEXT NOT NULL,
    image     BLOB NOT NULL CHECK (length(image) > 0)
);

CREATE TABLE companies (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key    TEXT NOT NULL UNIQUE,
    country     TEXT CHECK (country GLOB '[A-Z][A-Z]'),
    notes       TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE film_companies (
    film_id    INTEGER NOT NULL REFERENCES films (id) ON DELETE CASCADE,
    company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
    position   INTEGER NOT NULL,
    PRIMARY KEY (film_id, company_id)
) WITHOUT ROWID;

CREATE TABLE film_countries (
    film_id      INTEGER NOT NULL REFERENCES films (id) ON DELETE CASCADE,
    country_code TEXT NOT NULL CHECK (country_code GLOB '[A-Z][A-Z]'),
    position     INTEGER NOT NULL,
    PRIMARY KEY (film_id, country_code)
) WITHOUT ROWID;

CREATE TABLE genres (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key TEXT NOT NULL UNIQUE
);

CREATE TABLE film_genres (
    film_id  INTEGER NOT NULL REFERENCES films (id) ON DELETE CASCADE,
    genre_id INTEGER NOT NULL REFERENCES genres (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (film_id, genre_id)
) WITHOUT ROWID;

CREATE TABLE reviews (
    id             INTEGER PRIMARY KEY,
    film_id        INTEGER NOT NULL REFERENCES films (id) ON DELETE CASCADE,
    review_date    TEXT CHECK (review_date IS NULL OR date(review_date) IS review_date),
    critic         TEXT,
    publication    TEXT,
    quote          TEXT,
    original_score TEXT,
    score          REAL CHECK (score BETWEEN 0 AND 100),
    url            TEXT,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    row_version    INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE related_films (
    film_id         INTEGER NOT NULL REFERENCES films (id) ON DELETE CASCADE,
    related_film_id INTEGER NOT NULL REFERENCES films (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    PRIMARY KEY (film_id, related_film_id),
    CHECK (film_id <> related_film_id)
) WITHOUT ROWID;

CREATE TABLE watch_providers (
    film_id  INTEGER NOT NULL REFERENCES films (id) ON DELETE CASCADE,
    provider TEXT NOT NULL CHECK (length(trim(provider)) > 0),
    offer    TEXT NOT NULL CHECK (offer IN ('stream', 'rent', 'buy', 'free')),
    position INTEGER NOT NULL,
    PRIMARY KEY (film_id, provider, offer)
) WITHOUT ROWID;

-- Foreign keys are looked up from the child side when a parent row is deleted.
CREATE INDEX reviews_film ON reviews (film_id);
CREATE INDEX film_companies_company ON film_companies (company_id);
CREATE INDEX film_genres_genre ON film_genres (genre_id);
CREATE INDEX related_films_related ON related_films (related_film_id);
