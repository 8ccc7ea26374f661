package io.jianfu.command.inspection;

import java.util.List;

/** The inspection rules in force: emergency categories that need no plan, and the consolidation limits. */
public record InspectionRules(List<String> emergencyCategories, int maxGroupSize, int sameFunctionMaxDaysApart) {
    /** What holds until ADMIN changes it. */
    public static final InspectionRules DEFAULT = new InspectionRules(List.of("安全生产", "自然灾害防治"), 4, 5);
}
