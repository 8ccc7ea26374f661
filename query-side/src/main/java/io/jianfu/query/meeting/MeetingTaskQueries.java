package io.jianfu.query.meeting;

import io.jianfu.query.common.DistrictTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads meeting tasks. Whether a task is due soon or overdue is decided here, at query time, from its stored deadline
 * (and the reminder events it received), so the projection never needs the wall clock.
 */
@Component
public class MeetingTaskQueries {
    private final JdbcClient jdbc;
    private final Duration dueSoonWithin;
    private final Clock clock;

    @Autowired
    public MeetingTaskQueries(JdbcClient jdbc, @Value("${jianfu.tasks.due-soon-within:3d}") Duration dueSoonWithin) {
        this(jdbc, dueSoonWithin, Clock.systemUTC());
    }

    MeetingTaskQueries(JdbcClient jdbc, Duration dueSoonWithin, Clock clock) {
        this.jdbc = jdbc;
        this.dueSoonWithin = dueSoonWithin;
        this.clock = clock;
    }

    public Optional<MeetingTaskDetails> task(String taskId) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT * FROM meeting_task_view WHERE task_id = ?")
                   .param(taskId)
                   .query((rs, row) -> summary(rs, now))
                   .optional()
                   .map(task -> new MeetingTaskDetails(task, progress(taskId)));
    }

    /** Tasks assigned to or by {@code unitCode}, of one meeting, in one state; earliest deadline first. */
    public List<MeetingTaskSummary> tasks(String unitCode, String meetingId, TaskState state, int limit) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        SELECT * FROM meeting_task_view t
                        WHERE (CAST(:unit AS varchar) IS NULL OR t.assignee_unit_code = :unit
                               OR t.organizer_unit_code = :unit)
                          AND (CAST(:meeting AS varchar) IS NULL OR t.meeting_id = :meeting)
                          AND %s
                        ORDER BY t.deadline_at, t.task_id
                        LIMIT :limit""".formatted(condition(state)))
                   .param("unit", unitCode).param("meeting", meetingId).param("limit", limit)
                   .param("now", now.atOffset(ZoneOffset.UTC))
                   .param("soon", now.plus(dueSoonWithin).atOffset(ZoneOffset.UTC))
                   .query((rs, row) -> summary(rs, now))
                   .list();
    }

    /** The SQL twin of the flags {@link #summary} computes; the states are constants, never input. */
    private static String condition(TaskState state) {
        if (state == null) {
            return "TRUE";
        }
        return switch (state) {
            case DONE -> "t.completed_at IS NOT NULL";
            case OVERDUE -> "t.completed_at IS NULL AND (t.overdue_at IS NOT NULL OR t.deadline_at <= :now)";
            case DUE_SOON -> "t.completed_at IS NULL AND t.overdue_at IS NULL AND t.deadline_at > :now"
                    + " AND (t.due_soon_reminded_at IS NOT NULL OR t.deadline_at <= :soon)";
            case UNSIGNED -> "t.completed_at IS NULL AND t.signed_at IS NULL";
            case IN_PROGRESS -> "t.completed_at IS NULL AND t.signed_at IS NOT NULL";
        };
    }

    private MeetingTaskSummary summary(ResultSet rs, Instant now) throws SQLException {
        OffsetDateTime deadline = time(rs, "deadline_at");
        OffsetDateTime signedAt = time(rs, "signed_at");
        OffsetDateTime completedAt = time(rs, "completed_at");
        OffsetDateTime signatureReminded = time(rs, "signature_reminded_at");
        OffsetDateTime dueSoonReminded = time(rs, "due_soon_reminded_at");
        OffsetDateTime overdueAt = time(rs, "overdue_at");
        boolean done = completedAt != null;
        boolean overdue = !done && (overdueAt != null || !deadline.toInstant().isAfter(now));
        boolean dueSoon = !done && !overdue
                && (dueSoonReminded != null || !deadline.toInstant().isAfter(now.plus(dueSoonWithin)));
        TaskState state = done ? TaskState.DONE : overdue ? TaskState.OVERDUE : dueSoon ? TaskState.DUE_SOON
                : signedAt == null ? TaskState.UNSIGNED : TaskState.IN_PROGRESS;
        List<TaskReminder> reminders = new ArrayList<>();
        if (signatureReminded != null) {
            reminders.add(new TaskReminder("SIGNATURE", signatureReminded));
        }
        if (dueSoonReminded != null) {
            reminders.add(new TaskReminder("DUE_SOON", dueSoonReminded));
        }
        if (overdueAt != null) {
            reminders.add(new TaskReminder("OVERDUE", overdueAt));
        }
        reminders.sort(Comparator.comparing(TaskReminder::at));
        return new MeetingTaskSummary(
                rs.getString("task_id"), rs.getString("meeting_id"), rs.getString("organizer_unit_code"),
                rs.getString("assignee_unit_code"), rs.getString("description"), deadline, time(rs, "assigned_at"),
                rs.getString("assigned_by"), state, signedAt != null, dueSoon, overdue, signedAt,
                rs.getString("signed_by"), rs.getInt("progress_percent"), rs.getString("progress_text"),
                time(rs, "progress_at"), completedAt, rs.getString("completed_by"),
                rs.getString("completion_summary"), done ? completedAt.isAfter(deadline) : null,
                List.copyOf(reminders));
    }

    private List<TaskProgress> progress(String taskId) {
        return jdbc.sql("""
                        SELECT percent, text, reported_at, reported_by FROM meeting_task_progress
                        WHERE task_id = ? ORDER BY sequence_number""")
                   .param(taskId)
                   .query((rs, row) -> new TaskProgress(rs.getInt(1), rs.getString(2), time(rs, "reported_at"),
                                                        rs.getString(4)))
                   .list();
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return DistrictTime.inDistrict(rs.getObject(column, OffsetDateTime.class));
    }
}
