-- 基层反向评价: campaigns, the released anonymous answers (one row per answer and department; no respondent, no
-- time), and rectification orders. Results are computed at query time with the five-answer threshold.
CREATE TABLE evaluation_campaign_view (
    campaign_id      VARCHAR(64) PRIMARY KEY,
    title            TEXT        NOT NULL,
    period_start     DATE        NOT NULL,
    period_end       DATE        NOT NULL,
    departments      JSONB       NOT NULL,
    respondents      JSONB       NOT NULL,
    status           VARCHAR(16) NOT NULL,
    answers_released INTEGER
);

CREATE TABLE evaluation_answer_view (
    answer_id       VARCHAR(255) NOT NULL,
    department_code VARCHAR(64)  NOT NULL,
    campaign_id     VARCHAR(64)  NOT NULL,
    verdict         VARCHAR(16)  NOT NULL,
    issues          JSONB        NOT NULL,
    comment         TEXT,
    PRIMARY KEY (answer_id, department_code)
);

CREATE INDEX evaluation_answer_view_campaign ON evaluation_answer_view (campaign_id, department_code);

CREATE TABLE rectification_view (
    order_id        VARCHAR(64) PRIMARY KEY,
    campaign_id     VARCHAR(64) NOT NULL,
    department_code VARCHAR(64) NOT NULL,
    finding         TEXT        NOT NULL,
    issue           VARCHAR(32),
    due_on          DATE,
    state           VARCHAR(16) NOT NULL,
    report          TEXT,
    rectified_on    DATE
);

CREATE INDEX rectification_view_department ON rectification_view (department_code);
CREATE INDEX rectification_view_campaign ON rectification_view (campaign_id);
