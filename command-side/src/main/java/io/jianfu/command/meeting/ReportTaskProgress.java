package io.jianfu.command.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Report how far a signed task has come: a text and a percentage from 0 to 100. */
public record ReportTaskProgress(@TargetAggregateIdentifier String taskId, String text, Integer percent) {
}
