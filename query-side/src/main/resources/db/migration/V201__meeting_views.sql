CREATE TABLE meeting_view (
    meeting_id          VARCHAR(64)   NOT NULL PRIMARY KEY,
    organizer_unit_code VARCHAR(64)   NOT NULL,
    title               VARCHAR(100)  NOT NULL,
    agenda              VARCHAR(4000) NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    start_at            TIMESTAMPTZ   NOT NULL,
    end_at              TIMESTAMPTZ   NOT NULL,
    year                INTEGER       NOT NULL,
    venue               VARCHAR(200)  NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    cancel_reason       VARCHAR(500),
    actual_start        TIMESTAMPTZ,
    actual_end          TIMESTAMPTZ
);
CREATE INDEX meeting_view_unit_year_idx ON meeting_view (organizer_unit_code, year);
CREATE INDEX meeting_view_start_idx ON meeting_view (start_at);

CREATE TABLE meeting_attendee (
    meeting_id VARCHAR(64) NOT NULL,
    cadre_id   VARCHAR(64) NOT NULL,
    position   INTEGER     NOT NULL,
    invited    BOOLEAN     NOT NULL,
    attended   BOOLEAN     NOT NULL,
    PRIMARY KEY (meeting_id, cadre_id)
);
CREATE INDEX meeting_attendee_cadre_idx ON meeting_attendee (cadre_id);

CREATE TABLE meeting_plan_view (
    unit_code     VARCHAR(64) NOT NULL,
    year          INTEGER     NOT NULL,
    planned_count INTEGER     NOT NULL,
    PRIMARY KEY (unit_code, year)
);
