-- Risk of bias and certainty of evidence: each reviewer's assessment of a study (per outcome for
-- tools such as RoB 2) with a versioned tool, the answers with their supporting text, the
-- reviewer's own judgements (overrides of the algorithm, with reasons), the consensus that
-- resolves two independent assessments while keeping them, and the minimal important
-- differences the certainty judgements compare confidence intervals with.

CREATE TABLE rob_assessment (
    id            INTEGER PRIMARY KEY,
    study_id      INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,
    measure_id    INTEGER REFERENCES outcome_measure(id) ON DELETE CASCADE, -- NULL: the whole study
    tool_id       TEXT NOT NULL,
    tool_version  TEXT NOT NULL,
    kind          TEXT NOT NULL DEFAULT 'independent' CHECK (kind IN ('independent', 'consensus')),
    reviewer_id   INTEGER NOT NULL REFERENCES reviewer(id) ON DELETE CASCADE, -- assessor, or who resolved
    illustrative  INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
    note          TEXT,
    updated_at    TEXT NOT NULL
);
-- One independent assessment per reviewer and one consensus per study, outcome and tool. SQLite
-- treats NULLs in UNIQUE as distinct, so the whole-study outcome is indexed as 0.
CREATE UNIQUE INDEX rob_assessment_unique ON rob_assessment(
    study_id, IFNULL(measure_id, 0), tool_id, kind, CASE kind WHEN 'consensus' THEN 0 ELSE reviewer_id END);
CREATE INDEX rob_assessment_study ON rob_assessment(study_id);

CREATE TABLE rob_answer (
    assessment_id  INTEGER NOT NULL REFERENCES rob_assessment(id) ON DELETE CASCADE,
    question_id    TEXT NOT NULL,
    answer         TEXT NOT NULL,
    comment        TEXT,
    span_id        INTEGER REFERENCES tag_span(id) ON DELETE SET NULL, -- the quote supporting it
    PRIMARY KEY (assessment_id, question_id)
) WITHOUT ROWID;
CREATE INDEX rob_answer_span ON rob_answer(span_id);

-- The reviewer's own judgement of a domain ('overall' for the whole): a choice where the tool
-- proposes nothing, or an override of the proposal with its reason.
CREATE TABLE rob_judgement (
    assessment_id  INTEGER NOT NULL REFERENCES rob_assessment(id) ON DELETE CASCADE,
    domain_id      TEXT NOT NULL,
    judgement      TEXT NOT NULL,
    reason         TEXT,
    PRIMARY KEY (assessment_id, domain_id)
) WITHOUT ROWID;

-- Minimal important difference of an outcome, in the outcome's unit, for certainty judgements.
CREATE TABLE outcome_mid (
    measure_id  INTEGER PRIMARY KEY REFERENCES outcome_measure(id) ON DELETE CASCADE,
    mid         REAL NOT NULL CHECK (mid > 0),
    population  TEXT,
    source      TEXT
);

-- Defaults from the published values (a review may change them).
INSERT INTO outcome_mid (measure_id, mid, population, source)
SELECT id, 5, 'diffuse cutaneous systemic sclerosis',
       'Khanna D et al. 2019 (SLS-I/II): MCID 3-4 units overall, 5 units in dcSSc; doi 10.1186/s13075-019-1809-y'
FROM outcome_measure WHERE code = 'mRSS';
INSERT INTO outcome_mid (measure_id, mid, population, source)
SELECT id, 0.19, 'general (systemic sclerosis-specific value not established)',
       'Redelmeier 1993, as cited by NICE evidence summary ES7: MCID about 0.19 (95% CI 0.10-0.28)'
FROM outcome_measure WHERE code = 'HAQ-DI';

-- The reviewer's certainty (GRADE) judgement of one domain for one outcome and comparison,
-- confirming or changing the proposal, with the footnote shown in the summary-of-findings table.
CREATE TABLE certainty_judgement (
    measure_id   INTEGER NOT NULL REFERENCES outcome_measure(id) ON DELETE CASCADE,
    comparison   TEXT NOT NULL, -- the intervention family, e.g. 'msc' or 'hsct'
    domain       TEXT NOT NULL,
    levels       INTEGER NOT NULL CHECK (levels BETWEEN -2 AND 2), -- negative: downgrade, positive: upgrade
    footnote     TEXT,
    reviewer_id  INTEGER REFERENCES reviewer(id) ON DELETE SET NULL,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (measure_id, comparison, domain)
) WITHOUT ROWID;
