package io.jianfu.events.inspection;

/** The inspection may be carried out: at once for PLAN and EMERGENCY, on approval for SINGLE (一事一报). */
public record InspectionCleared(String inspectionId, InspectionBasis basis, String month) {
}
