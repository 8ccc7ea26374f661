package io.jianfu.events.meeting;

import java.time.OffsetDateTime;

/**
 * 会议任务交办: the organiser of a meeting assigned a task arising from it to a unit, to be done by the deadline.
 * The task's reminders (unsigned, due soon, overdue) are scheduled from here.
 */
public record MeetingTaskAssigned(String taskId, String meetingId, String organizerUnitCode, String assigneeUnitCode,
                                  String description, OffsetDateTime deadline) {
}
