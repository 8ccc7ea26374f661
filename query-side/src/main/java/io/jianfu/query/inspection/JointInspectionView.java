package io.jianfu.query.inspection;

import io.jianfu.events.inspection.JointLink;

import java.time.LocalDate;
import java.util.List;

/** A joint inspection of the latest consolidation, with the reasons for every pair of members. */
public record JointInspectionView(String jointId, String title, String leadDepartmentCode, List<String> inspectionIds,
                                  List<String> departmentCodes, List<String> targetUnitCodes, LocalDate jointStart,
                                  LocalDate jointEnd, List<JointLink> links, String verificationCode) {
}
