package io.jianfu.events.inspection;

/** The discipline office halted an inspection not on the published list and ordered its department to rectify. */
public record InspectionHalted(String inspectionId, String departmentCode, String reason, String rectification) {
}
