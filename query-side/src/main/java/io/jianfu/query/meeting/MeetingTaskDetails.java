package io.jianfu.query.meeting;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/** One meeting task with every progress report, oldest first. */
public record MeetingTaskDetails(@JsonUnwrapped MeetingTaskSummary task, List<TaskProgress> progress) {
}
