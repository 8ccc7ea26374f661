package io.jianfu.query.meeting;

import io.jianfu.events.meeting.MeetingTaskAssigned;
import io.jianfu.events.meeting.MeetingTaskCompleted;
import io.jianfu.events.meeting.MeetingTaskProgressReported;
import io.jianfu.events.meeting.MeetingTaskSigned;
import io.jianfu.events.meeting.TaskDueSoonReminderSent;
import io.jianfu.events.meeting.TaskOverdue;
import io.jianfu.events.meeting.TaskSignatureReminderSent;
import io.jianfu.query.common.TableProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * 任务督办 as tables: each task with its latest progress and the times its reminders were sent, and the history of
 * its progress reports. A pure function of the events: times are the events' own timestamps, never the wall
 * clock, and whether a task is due soon or overdue is decided at query time ({@link MeetingTaskQueries}).
 */
@Component
@ProcessingGroup(MeetingTaskProjection.GROUP)
public class MeetingTaskProjection extends TableProjection {
    public static final String GROUP = "meeting-task-views";
    static final List<String> TABLES = List.of("meeting_task_progress", "meeting_task_view");

    public MeetingTaskProjection(JdbcClient jdbc) {
        super(jdbc, TABLES);
    }

    @EventHandler
    void on(MeetingTaskAssigned event, @Timestamp Instant at, @MetaDataValue("actor") String actor) {
        jdbc.sql("""
                 INSERT INTO meeting_task_view (task_id, meeting_id, organizer_unit_code, assignee_unit_code,
                                                description, deadline_at, assigned_at, assigned_by)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (task_id) DO NOTHING""")
            .params(event.taskId(), event.meetingId(), event.organizerUnitCode(), event.assigneeUnitCode(),
                    event.description(), event.deadline(), utc(at), actor)
            .update();
    }

    @EventHandler
    void on(MeetingTaskSigned event, @Timestamp Instant at, @MetaDataValue("actor") String actor) {
        jdbc.sql("UPDATE meeting_task_view SET signed_at = ?, signed_by = ? WHERE task_id = ?")
            .params(utc(at), actor, event.taskId())
            .update();
    }

    @EventHandler
    void on(MeetingTaskProgressReported event, @Timestamp Instant at, @MetaDataValue("actor") String actor,
            @SequenceNumber Long sequence) {
        jdbc.sql("""
                 INSERT INTO meeting_task_progress (task_id, sequence_number, percent, text, reported_at, reported_by)
                 VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
            .params(event.taskId(), sequence, event.percent(), event.text(), utc(at), actor)
            .update();
        jdbc.sql("""
                 UPDATE meeting_task_view SET progress_percent = ?, progress_text = ?, progress_at = ?
                 WHERE task_id = ?""")
            .params(event.percent(), event.text(), utc(at), event.taskId())
            .update();
    }

    @EventHandler
    void on(MeetingTaskCompleted event, @Timestamp Instant at, @MetaDataValue("actor") String actor) {
        jdbc.sql("""
                 UPDATE meeting_task_view SET completed_at = ?, completed_by = ?, completion_summary = ?
                 WHERE task_id = ?""")
            .params(utc(at), actor, event.summary(), event.taskId())
            .update();
    }

    @EventHandler
    void on(TaskSignatureReminderSent event, @Timestamp Instant at) {
        reminded("signature_reminded_at", event.taskId(), at);
    }

    @EventHandler
    void on(TaskDueSoonReminderSent event, @Timestamp Instant at) {
        reminded("due_soon_reminded_at", event.taskId(), at);
    }

    @EventHandler
    void on(TaskOverdue event, @Timestamp Instant at) {
        reminded("overdue_at", event.taskId(), at);
    }

    /** {@code column} is one of the three reminder columns, never input. */
    private void reminded(String column, String taskId, Instant at) {
        jdbc.sql("UPDATE meeting_task_view SET " + column + " = ? WHERE task_id = ?")
            .params(utc(at), taskId)
            .update();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
