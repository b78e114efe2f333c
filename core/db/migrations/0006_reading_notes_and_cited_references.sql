-- What an import learned about a record beyond its bibliographic fields: the fields it looked for
-- and could not find (so the reviewer sees a gap instead of a guess), whether the source is grey
-- literature such as a clinic's promotional page, and the reference list of a saved article.

ALTER TABLE reference ADD COLUMN grey_literature INTEGER NOT NULL DEFAULT 0 CHECK (grey_literature IN (0, 1));
ALTER TABLE reference ADD COLUMN not_found TEXT; -- one field name per line

-- One row per work the reference cites, in the order its reference list gives them.
CREATE TABLE cited_reference (
    reference_id  INTEGER NOT NULL REFERENCES reference(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    citation      TEXT NOT NULL,
    PRIMARY KEY (reference_id, position)
) WITHOUT ROWID;
