-- 责任状: each pledge with its current clauses and the discipline office's verdict; audited against the list on read.
CREATE TABLE pledge_view (
    pledge_id               VARCHAR(64) PRIMARY KEY,
    issuing_department_code VARCHAR(64) NOT NULL,
    target_unit_code        VARCHAR(64) NOT NULL,
    year                    INTEGER     NOT NULL,
    filed_on                DATE        NOT NULL,
    clauses                 JSONB       NOT NULL,
    amendments              INTEGER     NOT NULL DEFAULT 0,
    last_amendment_reason   TEXT,
    status                  VARCHAR(16) NOT NULL,
    verdict_reason          TEXT
);

CREATE INDEX pledge_view_target_year ON pledge_view (target_unit_code, year);
CREATE INDEX pledge_view_year ON pledge_view (year);
