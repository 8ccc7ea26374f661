-- 纪委监督: supervision cases with the people in them and their steps (interviews, discipline), and bulletins.
CREATE TABLE supervision_case_view (
    case_id           VARCHAR(64) PRIMARY KEY,
    subject_unit_code VARCHAR(64) NOT NULL,
    basis             VARCHAR(32) NOT NULL,
    problem           TEXT        NOT NULL,
    evidence          JSONB       NOT NULL,
    opened_on         DATE        NOT NULL,
    status            VARCHAR(16) NOT NULL,
    conclusion        TEXT,
    closed_on         DATE
);

CREATE INDEX supervision_case_opened ON supervision_case_view (opened_on);
CREATE INDEX supervision_case_subject ON supervision_case_view (subject_unit_code);

-- One row per cadre in a case: involved from the start, interviewed, disciplined (the first decision's date).
CREATE TABLE supervision_case_person (
    case_id         VARCHAR(64) NOT NULL,
    cadre_id        VARCHAR(64) NOT NULL,
    involved        BOOLEAN     NOT NULL DEFAULT FALSE,
    interviewed     BOOLEAN     NOT NULL DEFAULT FALSE,
    disciplined_on  DATE,
    PRIMARY KEY (case_id, cadre_id)
);

CREATE TABLE supervision_case_step (
    case_id         VARCHAR(64) NOT NULL,
    sequence_number BIGINT      NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    on_date         DATE        NOT NULL,
    cadre_ids       JSONB       NOT NULL,
    text            TEXT        NOT NULL,
    PRIMARY KEY (case_id, sequence_number)
);

CREATE TABLE bulletin_view (
    bulletin_id   VARCHAR(64) PRIMARY KEY,
    title         TEXT        NOT NULL,
    period_from   DATE        NOT NULL,
    period_to     DATE        NOT NULL,
    issued_on     DATE        NOT NULL,
    problems      JSONB       NOT NULL,
    problem_count INTEGER     NOT NULL
);

CREATE INDEX bulletin_issued ON bulletin_view (issued_on);
