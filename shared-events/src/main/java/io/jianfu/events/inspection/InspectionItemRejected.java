package io.jianfu.events.inspection;

/** The supervision office refused a proposed item, with its reason. */
public record InspectionItemRejected(String itemId, String reason) {
}
