-- Indexes for the columns the film and review lists are most often sorted by, so that a sort
-- reads rows in order instead of sorting the whole table. Each index includes the rowid, which
-- breaks ties the way the lists do (ORDER BY column, id).

CREATE INDEX films_release_date ON films (release_date);
CREATE INDEX films_runtime ON films (runtime_minutes);
CREATE INDEX films_tmdb_vote_average ON films (tmdb_vote_average);
CREATE INDEX films_imdb_rating ON films (imdb_rating);
CREATE INDEX films_metascore ON films (metascore);
CREATE INDEX films_my_rating ON films (my_rating);
CREATE INDEX films_watched_on ON films (watched_on);
CREATE INDEX reviews_date ON reviews (review_date);
