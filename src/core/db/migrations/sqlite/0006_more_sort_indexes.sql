-- Indexes for the remaining columns the film and review lists show by default, so that
-- sorting by any of them reads rows in order instead of sorting a million of them. Text is
-- indexed the way the lists sort it, ignoring case.

CREATE INDEX films_type ON films (type);
CREATE INDEX films_status ON films (status);
CREATE INDEX films_certification ON films (certification COLLATE NOCASE);
CREATE INDEX reviews_score ON reviews (score);
CREATE INDEX reviews_critic ON reviews (critic COLLATE NOCASE);
CREATE INDEX reviews_publication ON reviews (publication COLLATE NOCASE);
