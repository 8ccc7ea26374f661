package io.jianfu.command.inspection;

/** A target unit refuses an inspection of itself that is not on the published list; STAFF of that unit. */
public record RefuseInspection(String inspectionId, String unitCode, String reason) {
}
