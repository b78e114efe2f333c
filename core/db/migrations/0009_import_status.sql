-- An import commits in bounded batches so short writes (a screening decision) are not held up
-- for the whole of a large import. The batch row says whether the import finished and who is
-- running it: an import that failed, was cancelled or whose process died is rolled back from
-- its references (reference_source.batch_id), so from the reviewer's view it is all or nothing.
ALTER TABLE import_batch ADD COLUMN status TEXT NOT NULL DEFAULT 'complete'
    CHECK (status IN ('importing', 'complete'));
ALTER TABLE import_batch ADD COLUMN holder_pid INTEGER;
ALTER TABLE import_batch ADD COLUMN holder_host TEXT;

CREATE INDEX import_batch_status ON import_batch(status) WHERE status <> 'complete';
