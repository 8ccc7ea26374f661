package io.jianfu.events.inspection;

/** The proposing department withdrew its item; it clears no more inspections. */
public record InspectionItemWithdrawn(String itemId) {
}
