package io.jianfu.command.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change a filed plan's count, saying why. */
public record AmendAnnualMeetingPlan(@TargetAggregateIdentifier String planId, Integer plannedCount, String reason) {
}
