package io.jianfu.events.inspection;

import java.util.List;

/**
 * ADMIN changed the inspection rules: the emergency categories that need no plan, the largest joint inspection,
 * and how many days apart two inspections of one function may start and still be joined.
 */
public record InspectionRulesChanged(List<String> emergencyCategories, int maxGroupSize,
                                     int sameFunctionMaxDaysApart) {
}
