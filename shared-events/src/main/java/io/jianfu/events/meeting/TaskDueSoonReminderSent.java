package io.jianfu.events.meeting;

import java.time.OffsetDateTime;

/** 临期提醒: an unfinished task entered the configured window before its deadline; its assignee was reminded. */
public record TaskDueSoonReminderSent(String taskId, String organizerUnitCode, String assigneeUnitCode,
                                      OffsetDateTime deadline) {
}
