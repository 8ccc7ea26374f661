-- The paperless lifecycle of meetings (无纸化会务), a pure function of the paperwork events.
CREATE TABLE paperwork_notice_view (
    meeting_id          VARCHAR(64)   NOT NULL PRIMARY KEY,
    organizer_unit_code VARCHAR(64)   NOT NULL,
    message             VARCHAR(2000) NOT NULL,
    issued_at           TIMESTAMPTZ   NOT NULL
);

-- One row per invited cadre: the latest receipt, and the check-in of the cadre or their deputy.
CREATE TABLE paperwork_invitee_view (
    meeting_id          VARCHAR(64)  NOT NULL,
    cadre_id            VARCHAR(64)  NOT NULL,
    unit_code           VARCHAR(64)  NOT NULL,
    position            INTEGER      NOT NULL,
    answer              VARCHAR(20),
    reason              VARCHAR(500),
    deputy_cadre_id     VARCHAR(64),
    answered_at         TIMESTAMPTZ,
    checked_in_cadre_id VARCHAR(64),
    check_in_method     VARCHAR(20),
    checked_in_at       TIMESTAMPTZ,
    PRIMARY KEY (meeting_id, cadre_id)
);

CREATE TABLE paperwork_material_view (
    meeting_id   VARCHAR(64)  NOT NULL,
    material_id  VARCHAR(64)  NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(200) NOT NULL,
    size         BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (meeting_id, material_id)
);

-- The first read of a material per reader: a cadre when one was named, else the STAFF user.
CREATE TABLE paperwork_read_view (
    meeting_id       VARCHAR(64)  NOT NULL,
    material_id      VARCHAR(64)  NOT NULL,
    reader_key       VARCHAR(300) NOT NULL,
    cadre_id         VARCHAR(64),
    reader           VARCHAR(100) NOT NULL,
    reader_unit_code VARCHAR(64),
    read_at          TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (meeting_id, material_id, reader_key)
);

-- One row per PrintedMaterialsRecorded event, keyed by the event, so replays never count a record twice.
CREATE TABLE paperwork_printing_view (
    event_id    VARCHAR(255) NOT NULL PRIMARY KEY,
    meeting_id  VARCHAR(64)  NOT NULL,
    pages       INTEGER      NOT NULL,
    copies      INTEGER      NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX paperwork_printing_view_meeting_idx ON paperwork_printing_view (meeting_id);
