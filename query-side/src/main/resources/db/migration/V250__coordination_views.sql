-- 吹哨报到: each coordination request with its routing and timings, the departments called and their arrival on site,
-- and the buck-passing complaints against departments.
CREATE TABLE coordination_request_view (
    request_id                   VARCHAR(64)  PRIMARY KEY,
    raised_by_unit_code          VARCHAR(64)  NOT NULL,
    street_code                  VARCHAR(64)  NOT NULL,
    place                        TEXT         NOT NULL,
    description                  TEXT         NOT NULL,
    raised_matter_id             VARCHAR(64),
    raised_at                    TIMESTAMPTZ  NOT NULL,
    status                       VARCHAR(16)  NOT NULL,
    routing_basis                VARCHAR(16),
    matter_id                    VARCHAR(64),
    matter_version               INTEGER,
    lead_department_code         VARCHAR(64),
    cooperating_department_codes JSONB        NOT NULL DEFAULT '[]',
    street_duty                  TEXT,
    routing_note                 TEXT,
    first_arrival_at             TIMESTAMPTZ,
    plan                         TEXT,
    plan_published_by            VARCHAR(64),
    first_plan_at                TIMESTAMPTZ,
    plan_at                      TIMESTAMPTZ,
    resolved_at                  TIMESTAMPTZ,
    summary                      TEXT,
    satisfied                    BOOLEAN,
    rating_comment               TEXT,
    complaints                   INTEGER      NOT NULL DEFAULT 0
);

CREATE INDEX coordination_request_street ON coordination_request_view (street_code, raised_at);
CREATE INDEX coordination_request_raised ON coordination_request_view (raised_at);
CREATE INDEX coordination_request_resolved ON coordination_request_view (resolved_at);

CREATE TABLE coordination_duty_view (
    request_id      VARCHAR(64) NOT NULL,
    department_code VARCHAR(64) NOT NULL,
    lead            BOOLEAN     NOT NULL,
    arrived_at      TIMESTAMPTZ,
    PRIMARY KEY (request_id, department_code)
);

CREATE INDEX coordination_duty_department ON coordination_duty_view (department_code);

CREATE TABLE coordination_complaint_view (
    complaint_id          VARCHAR(100) PRIMARY KEY,
    request_id            VARCHAR(64)  NOT NULL,
    department_code       VARCHAR(64)  NOT NULL,
    complainant_unit_code VARCHAR(64)  NOT NULL,
    description           TEXT         NOT NULL,
    complained_at         TIMESTAMPTZ  NOT NULL
);

CREATE INDEX coordination_complaint_time ON coordination_complaint_view (complained_at);
CREATE INDEX coordination_complaint_department ON coordination_complaint_view (department_code);
