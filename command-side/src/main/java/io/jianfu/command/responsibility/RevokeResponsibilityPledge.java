package io.jianfu.command.responsibility;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revoke an unreasonable pledge (撤销不合理责任状), with a reason; DISCIPLINE only. */
public record RevokeResponsibilityPledge(@TargetAggregateIdentifier String pledgeId, String reason) {
}
