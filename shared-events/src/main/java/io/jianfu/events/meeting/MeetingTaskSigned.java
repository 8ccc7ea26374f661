package io.jianfu.events.meeting;

/** 任务签收: the assignee unit signed for a task, acknowledging that it will carry it out. */
public record MeetingTaskSigned(String taskId, String assigneeUnitCode) {
}
