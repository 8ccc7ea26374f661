-- 基层反向评价: each open campaign's ballot box, outside the event store. Only salted token hashes are kept (never a
-- token), with a used flag but no time and no respondent unit; answers wait here, without any time, until the
-- campaign closes and releases them into the event store. Closing deletes all of it.
CREATE TABLE evaluation_ballot (
    campaign_id VARCHAR(64) PRIMARY KEY,
    salt        BYTEA       NOT NULL
);

CREATE TABLE evaluation_token (
    campaign_id VARCHAR(64) NOT NULL REFERENCES evaluation_ballot (campaign_id),
    token_hash  BYTEA       NOT NULL,
    used        BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (campaign_id, token_hash)
);

CREATE TABLE evaluation_held_answer (
    answer_id   UUID        PRIMARY KEY,
    campaign_id VARCHAR(64) NOT NULL,
    answers     JSONB       NOT NULL
);

CREATE INDEX evaluation_held_answer_campaign ON evaluation_held_answer (campaign_id);
