-- 属地事项责任清单: every version of every matter with the dates it is in force, [valid_from, valid_to).
CREATE TABLE responsibility_matter_view (
    matter_id         VARCHAR(64) PRIMARY KEY,
    current_version   INTEGER     NOT NULL,
    retired_on        DATE,
    retirement_reason TEXT
);

CREATE TABLE responsibility_version_view (
    matter_id                    VARCHAR(64)  NOT NULL REFERENCES responsibility_matter_view (matter_id),
    version                      INTEGER      NOT NULL,
    domain                       VARCHAR(50)  NOT NULL,
    title                        VARCHAR(200) NOT NULL,
    lead_department_code         VARCHAR(64)  NOT NULL,
    cooperating_department_codes JSONB        NOT NULL,
    street_duty                  TEXT,
    procedure_steps              JSONB        NOT NULL,
    time_limit_days              INTEGER      NOT NULL,
    accountability               TEXT,
    valid_from                   DATE         NOT NULL,
    valid_to                     DATE,
    PRIMARY KEY (matter_id, version)
);

CREATE INDEX responsibility_version_domain ON responsibility_version_view (domain, valid_from);
CREATE INDEX responsibility_version_lead ON responsibility_version_view (lead_department_code);
CREATE INDEX responsibility_version_cooperating ON responsibility_version_view USING gin (cooperating_department_codes);
