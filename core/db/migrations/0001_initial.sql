-- Stemma project schema, version 1: the whole domain model of a review.
-- Shipped migrations are never edited; later changes go into new numbered files.

CREATE TABLE reviewer (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE
);

CREATE TABLE import_batch (
    id            INTEGER PRIMARY KEY,
    source_name   TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    format        TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    search_date   TEXT,
    records_read  INTEGER NOT NULL DEFAULT 0,
    imported      INTEGER NOT NULL DEFAULT 0,
    merged        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE reference (
    id            INTEGER PRIMARY KEY,
    title         TEXT NOT NULL DEFAULT '',
    year          INTEGER,
    journal       TEXT,
    volume        TEXT,
    issue         TEXT,
    pages         TEXT,
    doi           TEXT,
    pmid          TEXT,
    abstract      TEXT,
    keywords      TEXT,          -- one keyword per line
    type          TEXT NOT NULL DEFAULT 'journal-article',
    language      TEXT,
    url           TEXT,
    merged_into   INTEGER REFERENCES reference(id) ON DELETE SET NULL,
    added_at      TEXT NOT NULL
);
CREATE INDEX reference_doi ON reference(doi) WHERE doi IS NOT NULL;
CREATE INDEX reference_pmid ON reference(pmid) WHERE pmid IS NOT NULL;
CREATE INDEX reference_merged_into ON reference(merged_into) WHERE merged_into IS NOT NULL;

CREATE TABLE author (
    reference_id  INTEGER NOT NULL REFERENCES reference(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    family        TEXT,
    given         TEXT,
    collective    TEXT,
    PRIMARY KEY (reference_id, position)
) WITHOUT ROWID;

CREATE TABLE reference_source (
    id             INTEGER PRIMARY KEY,
    reference_id   INTEGER NOT NULL REFERENCES reference(id) ON DELETE CASCADE,
    batch_id       INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
    format         TEXT NOT NULL,
    file_name      TEXT NOT NULL,
    record_number  INTEGER NOT NULL,
    line           INTEGER NOT NULL DEFAULT 0,
    raw_text       TEXT NOT NULL
);
CREATE INDEX reference_source_reference ON reference_source(reference_id);
CREATE INDEX reference_source_batch ON reference_source(batch_id);

CREATE TABLE full_text (
    id            INTEGER PRIMARY KEY,
    reference_id  INTEGER NOT NULL REFERENCES reference(id) ON DELETE CASCADE,
    file_name     TEXT NOT NULL,
    mime_type     TEXT NOT NULL,
    content       BLOB,
    text          TEXT
);
CREATE INDEX full_text_reference ON full_text(reference_id);

CREATE TABLE study (
    id               INTEGER PRIMARY KEY,
    label            TEXT NOT NULL,
    title            TEXT,
    design           TEXT NOT NULL DEFAULT 'unknown',
    disease          TEXT,
    disease_subtype  TEXT,
    country          TEXT,
    patient_count    INTEGER,
    follow_up_months REAL,
    follow_up_text   TEXT,
    evidence_level   TEXT,
    registration     TEXT,
    notes            TEXT
);

CREATE TABLE study_reference (
    study_id      INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,
    reference_id  INTEGER NOT NULL REFERENCES reference(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    PRIMARY KEY (study_id, reference_id)
) WITHOUT ROWID;
CREATE INDEX study_reference_reference ON study_reference(reference_id);

CREATE TABLE arm (
    id        INTEGER PRIMARY KEY,
    study_id  INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,
    label     TEXT NOT NULL,
    size      INTEGER,
    notes     TEXT
);
CREATE INDEX arm_study ON arm(study_id);

CREATE TABLE intervention (
    id              INTEGER PRIMARY KEY,
    arm_id          INTEGER NOT NULL REFERENCES arm(id) ON DELETE CASCADE,
    family          TEXT NOT NULL,
    description     TEXT,
    msc_source      TEXT NOT NULL DEFAULT 'unknown',
    donor           TEXT NOT NULL DEFAULT 'unknown',
    cells_per_kg    REAL,
    infusions       INTEGER,
    route           TEXT,
    mobilisation    TEXT,
    conditioning    TEXT,
    cd34_selection  INTEGER,
    atg             INTEGER,
    atg_detail      TEXT,
    drugs           TEXT
);
CREATE INDEX intervention_arm ON intervention(arm_id);

CREATE TABLE patient (
    id                     INTEGER PRIMARY KEY,
    study_id               INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,
    arm_id                 INTEGER REFERENCES arm(id) ON DELETE SET NULL,
    label                  TEXT NOT NULL,
    age_years              REAL,
    sex                    TEXT NOT NULL DEFAULT 'unknown',
    disease_subtype        TEXT,
    disease_duration_years REAL,
    prior_therapies        TEXT,   -- one therapy per line
    notes                  TEXT
);
CREATE INDEX patient_study ON patient(study_id);

CREATE TABLE outcome_measure (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    unit         TEXT,
    kind         TEXT NOT NULL,
    minimum      REAL,
    maximum      REAL,
    direction    TEXT NOT NULL,
    description  TEXT
);

CREATE TABLE codebook_tag (
    id           INTEGER PRIMARY KEY,
    parent_id    INTEGER REFERENCES codebook_tag(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    colour       TEXT NOT NULL DEFAULT '#ffd54f',
    description  TEXT,
    position     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX codebook_tag_parent ON codebook_tag(parent_id);

CREATE TABLE tag_span (
    id            INTEGER PRIMARY KEY,
    tag_id        INTEGER NOT NULL REFERENCES codebook_tag(id) ON DELETE CASCADE,
    reference_id  INTEGER NOT NULL REFERENCES reference(id) ON DELETE CASCADE,
    field         TEXT NOT NULL CHECK (field IN ('title', 'abstract', 'fulltext')),
    start_offset  INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset    INTEGER NOT NULL CHECK (end_offset >= start_offset),
    quote         TEXT NOT NULL,
    reviewer_id   INTEGER REFERENCES reviewer(id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL,
    note          TEXT
);
CREATE INDEX tag_span_reference ON tag_span(reference_id);
CREATE INDEX tag_span_tag ON tag_span(tag_id);

CREATE TABLE outcome_result (
    id                  INTEGER PRIMARY KEY,
    study_id            INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,
    arm_id              INTEGER REFERENCES arm(id) ON DELETE CASCADE,
    patient_id          INTEGER REFERENCES patient(id) ON DELETE CASCADE,
    measure_id          INTEGER NOT NULL REFERENCES outcome_measure(id),
    timepoint_months    REAL,
    timepoint_text      TEXT,
    statistic           TEXT NOT NULL,
    is_change           INTEGER NOT NULL DEFAULT 0,
    value               REAL,
    spread              REAL,
    lower               REAL,
    upper               REAL,
    events              INTEGER,
    n                   INTEGER,
    note                TEXT,
    source_span_id      INTEGER REFERENCES tag_span(id) ON DELETE SET NULL
);
CREATE INDEX outcome_result_study ON outcome_result(study_id);
CREATE INDEX outcome_result_measure ON outcome_result(measure_id);

-- Links any extracted value (a study field, an intervention attribute) to the span it came from.
CREATE TABLE evidence_link (
    id         INTEGER PRIMARY KEY,
    entity     TEXT NOT NULL,
    entity_id  INTEGER NOT NULL,
    field      TEXT NOT NULL,
    span_id    INTEGER NOT NULL REFERENCES tag_span(id) ON DELETE CASCADE,
    UNIQUE (entity, entity_id, field, span_id)
);
CREATE INDEX evidence_link_span ON evidence_link(span_id);

CREATE TABLE screening_decision (
    id            INTEGER PRIMARY KEY,
    reference_id  INTEGER NOT NULL REFERENCES reference(id) ON DELETE CASCADE,
    reviewer_id   INTEGER NOT NULL REFERENCES reviewer(id) ON DELETE CASCADE,
    stage         TEXT NOT NULL CHECK (stage IN ('title-abstract', 'full-text')),
    verdict       TEXT NOT NULL CHECK (verdict IN ('include', 'exclude', 'maybe')),
    reason        TEXT,
    note          TEXT,
    decided_at    TEXT NOT NULL,
    UNIQUE (reference_id, reviewer_id, stage)
);
CREATE INDEX screening_decision_stage ON screening_decision(stage, reference_id);

CREATE TABLE screening_resolution (
    id            INTEGER PRIMARY KEY,
    reference_id  INTEGER NOT NULL REFERENCES reference(id) ON DELETE CASCADE,
    stage         TEXT NOT NULL CHECK (stage IN ('title-abstract', 'full-text')),
    verdict       TEXT NOT NULL CHECK (verdict IN ('include', 'exclude', 'maybe')),
    reason        TEXT,
    method        TEXT NOT NULL,
    resolved_by   INTEGER REFERENCES reviewer(id) ON DELETE SET NULL,
    note          TEXT,
    resolved_at   TEXT NOT NULL,
    UNIQUE (reference_id, stage)
);

CREATE TABLE exclusion_reason (
    id        INTEGER PRIMARY KEY,
    label     TEXT NOT NULL UNIQUE,
    position  INTEGER NOT NULL
);

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  INTEGER NOT NULL DEFAULT 0,
    detail     TEXT
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

-- Project-wide settings (blind mode, highlight terms…) as key/value text.
CREATE TABLE project_setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;
