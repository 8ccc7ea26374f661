package io.jianfu.command.inspection;

/** The target unit states how it rectified a finding (整改); evidence photos may be added before. */
public record RectifyFinding(String inspectionId, String findingId, String evidence) {
}
