-- Projects created before new files were seeded with the default codebook have no tags. SQL cannot
-- read the shipped codebook (resources/codebook/default_codebook.json), so this only marks such
-- projects; ReviewProject adds the codebook on the first open after the upgrade and clears the mark.
-- Projects that already have tags are not marked, so a reviewer's own tree is never mixed.
INSERT INTO project_setting (key, value)
SELECT 'codebook.seed_default', 'pending'
WHERE NOT EXISTS (SELECT 1 FROM codebook_tag);
