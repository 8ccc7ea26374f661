package io.jianfu.command.inspection;

import io.jianfu.events.directory.UnitKind;

import java.util.List;

/**
 * Propose an item for the annual inspection master list; STAFF of the department. {@code inspectionsPerMonth} (default
 * 1) is how many separate inspections a month the item provides for.
 */
public record ProposeInspectionItem(String itemId, String departmentCode, Integer year, String title, String function,
                                    List<String> targetUnitCodes, List<UnitKind> targetUnitKinds, List<Integer> months,
                                    Integer inspectionsPerMonth) {
}
