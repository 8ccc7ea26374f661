-- The overlap processor's own copy of what it needs (it must not read tables other processors write), and its
-- warnings. One row of overlap_config per setting, as JSON.
CREATE TABLE overlap_config (
    name  VARCHAR(40) NOT NULL PRIMARY KEY,
    value TEXT        NOT NULL
);

CREATE TABLE overlap_meeting (
    meeting_id          VARCHAR(64)   NOT NULL PRIMARY KEY,
    organizer_unit_code VARCHAR(64)   NOT NULL,
    title               VARCHAR(100)  NOT NULL,
    agenda              VARCHAR(4000) NOT NULL,
    start_at            TIMESTAMPTZ   NOT NULL,
    end_at              TIMESTAMPTZ   NOT NULL,
    day                 DATE          NOT NULL,
    active              BOOLEAN       NOT NULL,
    merged_into         VARCHAR(64)
);
CREATE INDEX overlap_meeting_day_idx ON overlap_meeting (day) WHERE active;

CREATE TABLE overlap_attendee (
    meeting_id VARCHAR(64) NOT NULL,
    cadre_id   VARCHAR(64) NOT NULL,
    position   INTEGER     NOT NULL,
    day        DATE        NOT NULL,
    active     BOOLEAN     NOT NULL,
    PRIMARY KEY (meeting_id, cadre_id)
);
CREATE INDEX overlap_attendee_cadre_day_idx ON overlap_attendee (cadre_id, day) WHERE active;

CREATE TABLE overlap_warning (
    meeting_id                VARCHAR(64)   NOT NULL,
    other_meeting_id          VARCHAR(64)   NOT NULL,
    detected_order            BIGINT        NOT NULL,
    organizer_unit_code       VARCHAR(64)   NOT NULL,
    other_organizer_unit_code VARCHAR(64)   NOT NULL,
    day                       DATE          NOT NULL,
    score                     NUMERIC(6, 4) NOT NULL,
    reason                    VARCHAR(1000) NOT NULL,
    evidence                  TEXT          NOT NULL,
    status                    VARCHAR(20)   NOT NULL,
    status_reason             VARCHAR(500),
    PRIMARY KEY (meeting_id, other_meeting_id)
);
CREATE INDEX overlap_warning_other_idx ON overlap_warning (other_meeting_id);
CREATE INDEX overlap_warning_day_idx ON overlap_warning (day);

CREATE TABLE scale_standard_view (
    kind          VARCHAR(20) NOT NULL PRIMARY KEY,
    max_attendees INTEGER     NOT NULL,
    max_minutes   INTEGER     NOT NULL
);
