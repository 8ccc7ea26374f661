package io.jianfu.events.inspection;

/** The target unit rectified a finding (整改) and said how; its evidence photos were added before. */
public record InspectionFindingRectified(String inspectionId, String findingId, String targetUnitCode,
                                         String evidence) {
}
