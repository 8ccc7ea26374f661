package io.jianfu.command.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Report a signed task done, with an optional summary. */
public record CompleteTask(@TargetAggregateIdentifier String taskId, String summary) {
}
