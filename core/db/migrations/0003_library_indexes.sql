-- Indexes for the Library table: it pages through live (unmerged) references sorted by any of
-- its columns and filtered by year, type or import batch, so each sort key gets a partial index
-- over the live rows. The id at the end keeps ties in a stable order without a sort step.

CREATE INDEX reference_live_year ON reference(year, id) WHERE merged_into IS NULL;
CREATE INDEX reference_live_title ON reference(title COLLATE NOCASE, id) WHERE merged_into IS NULL;
CREATE INDEX reference_live_journal ON reference(journal COLLATE NOCASE, id) WHERE merged_into IS NULL;
CREATE INDEX reference_live_type ON reference(type, id) WHERE merged_into IS NULL;

-- The first author of each reference, for the Authors column and the author search.
CREATE INDEX author_first_family ON author(family COLLATE NOCASE, reference_id) WHERE position = 0;
CREATE INDEX author_family ON author(family COLLATE NOCASE);
