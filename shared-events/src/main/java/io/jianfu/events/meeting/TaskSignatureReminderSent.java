package io.jianfu.events.meeting;

/** 签收提醒: a task was still unsigned after the configured time, and its assignee unit was reminded. */
public record TaskSignatureReminderSent(String taskId, String organizerUnitCode, String assigneeUnitCode) {
}
