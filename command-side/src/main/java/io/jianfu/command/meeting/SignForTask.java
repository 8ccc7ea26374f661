package io.jianfu.command.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sign for a task assigned to one's unit. */
public record SignForTask(@TargetAggregateIdentifier String taskId) {
}
