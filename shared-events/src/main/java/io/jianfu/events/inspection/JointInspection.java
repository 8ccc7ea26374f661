package io.jianfu.events.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * Several departments' inspections carried out together (联合检查): the members, the lead department, the joint date
 * window (the intersection of the members' windows) and a link with reasons for every pair of members.
 */
public record JointInspection(String jointId, String title, String leadDepartmentCode, List<String> inspectionIds,
                              List<String> departmentCodes, List<String> targetUnitCodes, LocalDate jointStart,
                              LocalDate jointEnd, List<JointLink> links) {
}
