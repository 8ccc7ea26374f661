-- The content of meeting materials. The event MeetingMaterialUploaded carries only the name, type, size and SHA-256;
-- the bytes are written here in the same transaction that appends the event.
CREATE TABLE meeting_material_content (
    meeting_id   VARCHAR(64)  NOT NULL,
    material_id  VARCHAR(64)  NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(200) NOT NULL,
    size         BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      BYTEA        NOT NULL,
    PRIMARY KEY (meeting_id, material_id)
);
