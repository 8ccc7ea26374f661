package io.jianfu.command.inspection;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Refuse a 一事一报 request, with a reason; SUPERVISION_OFFICE. */
public record RejectInspection(@TargetAggregateIdentifier String inspectionId, String reason) {
}
