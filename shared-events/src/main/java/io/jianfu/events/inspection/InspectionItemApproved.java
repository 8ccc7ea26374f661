package io.jianfu.events.inspection;

/** The supervision office put a proposed item on the annual master list. */
public record InspectionItemApproved(String itemId) {
}
