package io.jianfu.events.inspection;

/** A target unit refused an inspection of itself that is not on the published monthly list. */
public record InspectionRefused(String inspectionId, String unitCode, String departmentCode, String reason) {
}
