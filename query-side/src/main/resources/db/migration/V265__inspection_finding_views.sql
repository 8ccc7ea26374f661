-- 检查发现问题 and the burden view. The finding tables are written by InspectionFindings events only (processing
-- group inspection-finding-views); the burden reports join them with the inspection views at read time.
CREATE TABLE inspection_finding_view (
    inspection_id              VARCHAR(64) NOT NULL,
    finding_id                 VARCHAR(64) NOT NULL,
    position                   BIGINT      NOT NULL,
    month                      VARCHAR(7)  NOT NULL,
    inspecting_department_code VARCHAR(64) NOT NULL,
    department_code            VARCHAR(64) NOT NULL,
    target_unit_code           VARCHAR(64) NOT NULL,
    problem                    TEXT        NOT NULL,
    category                   TEXT,
    status                     VARCHAR(16) NOT NULL,
    evidence                   TEXT,
    PRIMARY KEY (inspection_id, finding_id)
);
CREATE INDEX inspection_finding_view_unit ON inspection_finding_view (target_unit_code, month);
CREATE INDEX inspection_finding_view_month ON inspection_finding_view (month);

CREATE TABLE inspection_finding_photo_view (
    inspection_id VARCHAR(64) NOT NULL,
    finding_id    VARCHAR(64) NOT NULL,
    photo_id      VARCHAR(64) NOT NULL,
    position      BIGINT      NOT NULL,
    kind          VARCHAR(16) NOT NULL,
    content_type  VARCHAR(32) NOT NULL,
    size          BIGINT      NOT NULL,
    sha256        CHAR(64)    NOT NULL,
    taken_at      TIMESTAMPTZ,
    unit_code     VARCHAR(64),
    PRIMARY KEY (inspection_id, photo_id)
);
CREATE INDEX inspection_finding_photo_view_finding ON inspection_finding_photo_view (inspection_id, finding_id);

-- Whether an inspection was ever cleared: a halted 一事一报 request was approved before it was halted, or not; the
-- department report's approval rate needs to know (written by InspectionProjection, like the rest of the row).
ALTER TABLE inspection_view ADD COLUMN cleared BOOLEAN NOT NULL DEFAULT FALSE;
