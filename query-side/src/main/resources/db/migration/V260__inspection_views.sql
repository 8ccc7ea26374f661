-- 督查检查: each table is written by the events of one aggregate type, so two segments never race; queries join.

-- The annual master list (InspectionItem events).
CREATE TABLE inspection_item_view (
    item_id               VARCHAR(64)  PRIMARY KEY,
    department_code       VARCHAR(64)  NOT NULL,
    year                  INTEGER      NOT NULL,
    title                 TEXT         NOT NULL,
    function              TEXT         NOT NULL,
    target_unit_codes     JSONB        NOT NULL,
    target_unit_kinds     JSONB        NOT NULL,
    months                JSONB        NOT NULL,
    inspections_per_month INTEGER      NOT NULL,
    status                VARCHAR(16)  NOT NULL,
    reason                TEXT
);
CREATE INDEX inspection_item_view_year ON inspection_item_view (year, department_code);

-- Inspections (Inspection events).
CREATE TABLE inspection_view (
    inspection_id      VARCHAR(64) PRIMARY KEY,
    department_code    VARCHAR(64) NOT NULL,
    title              TEXT        NOT NULL,
    function           TEXT        NOT NULL,
    target_unit_codes  JSONB       NOT NULL,
    window_start       DATE        NOT NULL,
    window_end         DATE        NOT NULL,
    month              VARCHAR(7)  NOT NULL,
    basis              VARCHAR(16) NOT NULL,
    plan_item_id       VARCHAR(64),
    emergency_category TEXT,
    status             VARCHAR(16) NOT NULL,
    rejection_reason   TEXT,
    halt_reason        TEXT,
    rectification      TEXT
);
CREATE INDEX inspection_view_month ON inspection_view (month, department_code);

CREATE TABLE inspection_target_view (
    inspection_id VARCHAR(64) NOT NULL,
    unit_code     VARCHAR(64) NOT NULL,
    PRIMARY KEY (inspection_id, unit_code)
);
CREATE INDEX inspection_target_view_unit ON inspection_target_view (unit_code);

CREATE TABLE inspection_refusal_view (
    inspection_id   VARCHAR(64) NOT NULL,
    unit_code       VARCHAR(64) NOT NULL,
    department_code VARCHAR(64) NOT NULL,
    reason          TEXT        NOT NULL,
    PRIMARY KEY (inspection_id, unit_code)
);

-- Monthly registers (InspectionMonth events).
CREATE TABLE inspection_month_view (
    month          VARCHAR(7) PRIMARY KEY,
    consolidations INTEGER    NOT NULL DEFAULT 0,
    published      BOOLEAN    NOT NULL DEFAULT FALSE
);

CREATE TABLE inspection_month_entry (
    inspection_id     VARCHAR(64) PRIMARY KEY,
    month             VARCHAR(7)  NOT NULL,
    split_flags       JSONB       NOT NULL,
    joint_id          VARCHAR(64),
    verification_code VARCHAR(32)
);
CREATE INDEX inspection_month_entry_month ON inspection_month_entry (month);

CREATE TABLE inspection_joint_view (
    joint_id             VARCHAR(64) PRIMARY KEY,
    month                VARCHAR(7)  NOT NULL,
    position             INTEGER     NOT NULL,
    title                TEXT        NOT NULL,
    lead_department_code VARCHAR(64) NOT NULL,
    inspection_ids       JSONB       NOT NULL,
    department_codes     JSONB       NOT NULL,
    target_unit_codes    JSONB       NOT NULL,
    joint_start          DATE        NOT NULL,
    joint_end            DATE        NOT NULL,
    links                JSONB       NOT NULL,
    verification_code    VARCHAR(32)
);
CREATE INDEX inspection_joint_view_month ON inspection_joint_view (month, position);

CREATE TABLE inspection_code_view (
    verification_code VARCHAR(32) PRIMARY KEY,
    month             VARCHAR(7)  NOT NULL,
    joint_id          VARCHAR(64),
    inspection_ids    JSONB       NOT NULL
);

-- Refusals of inspections that never entered the system (UnreportedInspection events).
CREATE TABLE inspection_unreported_view (
    record_id       VARCHAR(64) PRIMARY KEY,
    unit_code       VARCHAR(64) NOT NULL,
    department_code VARCHAR(64) NOT NULL,
    date            DATE        NOT NULL,
    description     TEXT        NOT NULL,
    halted          BOOLEAN     NOT NULL DEFAULT FALSE,
    halt_reason     TEXT,
    rectification   TEXT
);
