package io.jianfu.command.coordination;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Say whether the raising unit is satisfied with how its solved request was handled: its STAFF, once. */
public record RateCoordinationRequest(@TargetAggregateIdentifier String requestId, Boolean satisfied, String comment) {
}
