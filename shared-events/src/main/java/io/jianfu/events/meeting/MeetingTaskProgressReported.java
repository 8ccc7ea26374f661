package io.jianfu.events.meeting;

/** 进度报送: the assignee unit reported how far a task has come, in words and as a percentage (0 to 100). */
public record MeetingTaskProgressReported(String taskId, String assigneeUnitCode, String text, int percent) {
}
