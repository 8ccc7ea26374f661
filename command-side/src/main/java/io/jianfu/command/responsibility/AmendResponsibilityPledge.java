package io.jianfu.command.responsibility;

import io.jianfu.events.responsibility.PledgeClause;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Replace a pledge's clauses, with a reason; STAFF of the issuing department. */
public record AmendResponsibilityPledge(@TargetAggregateIdentifier String pledgeId, List<PledgeClause> clauses,
                                        String reason) {
}
