-- 任务督办: meeting tasks and their reminders, written by MeetingTaskProjection (processor meeting-task-views).
-- Times come from the events' own timestamps, so a replay rebuilds the same rows.
CREATE TABLE meeting_task_view (
    task_id               VARCHAR(64)   NOT NULL PRIMARY KEY,
    meeting_id            VARCHAR(64)   NOT NULL,
    organizer_unit_code   VARCHAR(64)   NOT NULL,
    assignee_unit_code    VARCHAR(64)   NOT NULL,
    description           VARCHAR(2000) NOT NULL,
    deadline_at           TIMESTAMPTZ   NOT NULL,
    assigned_at           TIMESTAMPTZ   NOT NULL,
    assigned_by           VARCHAR(100),
    signed_at             TIMESTAMPTZ,
    signed_by             VARCHAR(100),
    progress_percent      INTEGER       NOT NULL DEFAULT 0,
    progress_text         VARCHAR(2000),
    progress_at           TIMESTAMPTZ,
    completed_at          TIMESTAMPTZ,
    completed_by          VARCHAR(100),
    completion_summary    VARCHAR(2000),
    signature_reminded_at TIMESTAMPTZ,
    due_soon_reminded_at  TIMESTAMPTZ,
    overdue_at            TIMESTAMPTZ
);
CREATE INDEX meeting_task_view_assignee_idx ON meeting_task_view (assignee_unit_code, deadline_at);
CREATE INDEX meeting_task_view_organizer_idx ON meeting_task_view (organizer_unit_code, deadline_at);
CREATE INDEX meeting_task_view_meeting_idx ON meeting_task_view (meeting_id);
CREATE INDEX meeting_task_view_deadline_idx ON meeting_task_view (deadline_at);

CREATE TABLE meeting_task_progress (
    task_id         VARCHAR(64)   NOT NULL,
    sequence_number BIGINT        NOT NULL,
    percent         INTEGER       NOT NULL,
    text            VARCHAR(2000) NOT NULL,
    reported_at     TIMESTAMPTZ   NOT NULL,
    reported_by     VARCHAR(100),
    PRIMARY KEY (task_id, sequence_number)
);
