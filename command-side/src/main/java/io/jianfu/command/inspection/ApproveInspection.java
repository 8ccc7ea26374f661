package io.jianfu.command.inspection;

/** Approve a 一事一报 request; SUPERVISION_OFFICE. */
public record ApproveInspection(String inspectionId) {
}
