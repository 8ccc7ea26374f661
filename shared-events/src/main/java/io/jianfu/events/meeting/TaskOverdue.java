package io.jianfu.events.meeting;

import java.time.OffsetDateTime;

/** 逾期: a task's deadline passed before it was completed (延期风险 became a delay). */
public record TaskOverdue(String taskId, String organizerUnitCode, String assigneeUnitCode, OffsetDateTime deadline) {
}
