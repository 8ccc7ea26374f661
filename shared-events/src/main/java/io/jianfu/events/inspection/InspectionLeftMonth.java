package io.jianfu.events.inspection;

/** A cleared inspection left its month's register before publication (it was halted). */
public record InspectionLeftMonth(String monthId, String inspectionId) {
}
