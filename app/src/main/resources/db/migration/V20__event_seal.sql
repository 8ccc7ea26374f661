-- Tamper-evident seal over the event store (docs/seal.md). The event table and the seal tables are append-only:
-- a trigger refuses every UPDATE, DELETE and TRUNCATE, whoever asks. Axon only ever inserts events.

CREATE FUNCTION jianfu_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Events and seals are never changed; see docs/seal.md.';
END
$$;

-- One row per sealed event: link = SHA-256(previous link || canonical bytes of the event); ordinal counts the
-- sealed events from the start of the chain.
CREATE TABLE event_seal (
    global_index     BIGINT       NOT NULL PRIMARY KEY,
    event_identifier VARCHAR(255) NOT NULL,
    link             BYTEA        NOT NULL,
    ordinal          BIGINT       NOT NULL,
    CONSTRAINT event_seal_event_identifier_key UNIQUE (event_identifier),
    CONSTRAINT event_seal_ordinal_key UNIQUE (ordinal)
);

-- Signed checkpoints: the chain's link at a position, the number of events sealed up to it, when, by which key.
CREATE TABLE seal_checkpoint (
    position  BIGINT       NOT NULL PRIMARY KEY,
    link      BYTEA        NOT NULL,
    events    BIGINT       NOT NULL,
    sealed_at TIMESTAMPTZ  NOT NULL,
    key_id    VARCHAR(64)  NOT NULL,
    signature BYTEA        NOT NULL
);

CREATE TRIGGER domain_event_entry_append_only BEFORE UPDATE OR DELETE ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION jianfu_refuse_change();
CREATE TRIGGER domain_event_entry_no_truncate BEFORE TRUNCATE ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION jianfu_refuse_change();
CREATE TRIGGER event_seal_append_only BEFORE UPDATE OR DELETE ON event_seal
    FOR EACH ROW EXECUTE FUNCTION jianfu_refuse_change();
CREATE TRIGGER event_seal_no_truncate BEFORE TRUNCATE ON event_seal
    FOR EACH STATEMENT EXECUTE FUNCTION jianfu_refuse_change();
CREATE TRIGGER seal_checkpoint_append_only BEFORE UPDATE OR DELETE ON seal_checkpoint
    FOR EACH ROW EXECUTE FUNCTION jianfu_refuse_change();
CREATE TRIGGER seal_checkpoint_no_truncate BEFORE TRUNCATE ON seal_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION jianfu_refuse_change();
