package io.jianfu.events.inspection;

/** The supervision office refused a 一事一报 request, with its reason. */
public record InspectionRejected(String inspectionId, String reason) {
}
