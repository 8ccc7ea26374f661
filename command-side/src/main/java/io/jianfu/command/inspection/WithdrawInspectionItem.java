package io.jianfu.command.inspection;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw a proposed or approved item; STAFF of its department. */
public record WithdrawInspectionItem(@TargetAggregateIdentifier String itemId) {
}
