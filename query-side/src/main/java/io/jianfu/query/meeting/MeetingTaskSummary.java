package io.jianfu.query.meeting;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A meeting task (会议任务) as lists show it: what, for whom, by when, its most urgent {@link TaskState} and the
 * conditions behind it, its latest progress, its completion ({@code completedLate} when after the deadline) and the
 * reminders it received. Times are in the district's zone.
 */
public record MeetingTaskSummary(String id, String meetingId, String organizerUnitCode, String assigneeUnitCode,
                                 String description, OffsetDateTime deadline, OffsetDateTime assignedAt,
                                 String assignedBy, TaskState state, boolean signed, boolean dueSoon, boolean overdue,
                                 OffsetDateTime signedAt, String signedBy, int progressPercent, String progressText,
                                 OffsetDateTime progressAt, OffsetDateTime completedAt, String completedBy,
                                 String completionSummary, Boolean completedLate, List<TaskReminder> reminders) {
}
