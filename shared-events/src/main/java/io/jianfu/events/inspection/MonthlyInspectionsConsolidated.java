package io.jianfu.events.inspection;

import java.util.List;

/**
 * The supervision office consolidated a month's approved 一事一报 inspections into joint inspections. A later
 * consolidation of the same month replaces this one; inspections in no group stay single.
 */
public record MonthlyInspectionsConsolidated(String monthId, String month, List<JointInspection> groups) {
}
