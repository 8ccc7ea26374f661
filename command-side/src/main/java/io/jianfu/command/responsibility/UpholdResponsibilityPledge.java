package io.jianfu.command.responsibility;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Let a reviewed pledge stand, with a reason; DISCIPLINE only. */
public record UpholdResponsibilityPledge(@TargetAggregateIdentifier String pledgeId, String reason) {
}
