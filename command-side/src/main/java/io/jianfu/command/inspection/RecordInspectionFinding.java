package io.jianfu.command.inspection;

/**
 * Record a prominent problem found by an inspection against one of its target units. {@code departmentCode} is the
 * recording department; null means the sender's own unit.
 */
public record RecordInspectionFinding(String inspectionId, String findingId, String departmentCode,
                                      String targetUnitCode, String problem, String category) {

    /** The finding's id, and whether it was recorded just now (false: the very same finding was recorded before). */
    public record Result(String findingId, boolean created) {
    }
}
