package io.jianfu.events.inspection;

/** The discipline office halted a recorded unreported inspection and ordered its department to rectify. */
public record UnreportedInspectionHalted(String recordId, String departmentCode, String reason,
                                         String rectification) {
}
