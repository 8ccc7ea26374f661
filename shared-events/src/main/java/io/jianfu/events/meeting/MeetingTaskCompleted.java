package io.jianfu.events.meeting;

/** 任务办结: the assignee unit reported a task done; {@code summary} may be empty. */
public record MeetingTaskCompleted(String taskId, String assigneeUnitCode, String summary) {
}
