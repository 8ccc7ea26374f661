package io.jianfu.command.meeting;

import java.time.OffsetDateTime;

/** Assign a task arising from a meeting to a unit, with what is to be done and the deadline. */
public record AssignMeetingTask(String taskId, String meetingId, String assigneeUnitCode, String description,
                                OffsetDateTime deadline) {
}
