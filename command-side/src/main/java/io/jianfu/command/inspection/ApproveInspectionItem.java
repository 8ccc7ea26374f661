package io.jianfu.command.inspection;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put a proposed item on the annual master list; SUPERVISION_OFFICE. */
public record ApproveInspectionItem(@TargetAggregateIdentifier String itemId) {
}
