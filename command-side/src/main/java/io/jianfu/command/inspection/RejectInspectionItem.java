package io.jianfu.command.inspection;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Refuse a proposed master-list item, with a reason; SUPERVISION_OFFICE. */
public record RejectInspectionItem(@TargetAggregateIdentifier String itemId, String reason) {
}
