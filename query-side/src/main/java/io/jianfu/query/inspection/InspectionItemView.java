package io.jianfu.query.inspection;

import java.util.List;

/** A master-list item with its decision. */
public record InspectionItemView(String id, String departmentCode, int year, String title, String function,
                                 List<String> targetUnitCodes, List<String> targetUnitKinds, List<Integer> months,
                                 int inspectionsPerMonth, String status, String reason) {
}
