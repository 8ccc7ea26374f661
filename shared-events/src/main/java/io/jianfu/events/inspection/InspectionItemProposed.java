package io.jianfu.events.inspection;

import io.jianfu.events.directory.UnitKind;

import java.util.List;

/**
 * A department proposed an item for the annual inspection master list (督查检查年度计划总清单): what it inspects
 * (function), whom (named units and/or kinds of unit), in which months of the year, and how many separate
 * inspections per month the item provides for.
 */
public record InspectionItemProposed(String itemId, String departmentCode, int year, String title, String function,
                                     List<String> targetUnitCodes, List<UnitKind> targetUnitKinds,
                                     List<Integer> months, int inspectionsPerMonth) {
}
