-- The content of inspection finding photos. The event InspectionFindingPhotoAdded carries only the type, size and
-- SHA-256; the bytes are written here in the same transaction that appends the event.
CREATE TABLE inspection_finding_photo (
    inspection_id VARCHAR(64)  NOT NULL,
    finding_id    VARCHAR(64)  NOT NULL,
    photo_id      VARCHAR(64)  NOT NULL,
    content_type  VARCHAR(32)  NOT NULL,
    size          BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    content       BYTEA        NOT NULL,
    PRIMARY KEY (inspection_id, photo_id)
);
