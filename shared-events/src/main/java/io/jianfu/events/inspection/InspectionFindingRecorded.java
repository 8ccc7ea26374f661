package io.jianfu.events.inspection;

/**
 * An inspecting department recorded a prominent problem (检查发现问题) against one target unit of an inspection; the
 * town sees it and rectifies it. {@code departmentCode} is the recording department (a member of a joint inspection
 * may record on another member's inspection), {@code inspectingDepartmentCode} the inspection's own department.
 */
public record InspectionFindingRecorded(String inspectionId, String findingId, String month,
                                        String inspectingDepartmentCode, String departmentCode, String targetUnitCode,
                                        String problem, String category) {
}
