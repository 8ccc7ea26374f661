package io.jianfu.command.inspection;

/** Halt an inspection not on the published list and order its department to rectify; DISCIPLINE. */
public record HaltInspection(String inspectionId, String reason, String rectification) {
}
