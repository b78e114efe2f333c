-- Full-text search over title, abstract, authors and keywords, and the queue of possible duplicates.

-- The index reads its text from this view, so the text is stored once, in reference/author.
CREATE VIEW reference_search_source AS
SELECT r.id AS id,
       r.title AS title,
       coalesce(r.abstract, '') AS abstract,
       coalesce((SELECT group_concat(coalesce(a.collective, trim(coalesce(a.family, '') || ' ' || coalesce(a.given, ''))), '; ')
                 FROM author a WHERE a.reference_id = r.id), '') AS authors,
       replace(coalesce(r.keywords, ''), char(10), '; ') AS keywords
FROM reference r;

-- Kept in step by the storage layer (SearchIndex), not by triggers, so bulk imports can index
-- thousands of rows in one statement.
CREATE VIRTUAL TABLE reference_fts USING fts5(
    title, abstract, authors, keywords,
    content = 'reference_search_source',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO reference_fts (reference_fts) VALUES ('rebuild');

-- Pairs the fuzzy matcher thinks may be the same work; first_id < second_id.
CREATE TABLE duplicate_candidate (
    id          INTEGER PRIMARY KEY,
    first_id    INTEGER NOT NULL REFERENCES reference(id) ON DELETE CASCADE,
    second_id   INTEGER NOT NULL REFERENCES reference(id) ON DELETE CASCADE,
    score       REAL NOT NULL,
    reasons     TEXT,
    status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'merged', 'distinct')),
    decided_at  TEXT,
    UNIQUE (first_id, second_id),
    CHECK (first_id < second_id)
);
CREATE INDEX duplicate_candidate_status ON duplicate_candidate(status, score DESC);
