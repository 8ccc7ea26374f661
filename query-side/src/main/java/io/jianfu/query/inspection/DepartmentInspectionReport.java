package io.jianfu.query.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * A department's inspections in one year against its master list: planned items and planned inspections, what was
 * requested and carried out, its unplanned requests and their approval rate. {@code asOf} is the day "carried out"
 * was judged on (district time).
 */
public record DepartmentInspectionReport(int year, LocalDate asOf, List<DepartmentYear> departments) {

    /**
     * {@code plannedInspections}: over the APPROVED items, months × inspections per month. {@code carriedOut}: cleared,
     * not halted, not refused by every target, and its month's list published or its window over by {@code asOf}.
     */
    public record DepartmentYear(String departmentCode, int plannedItems, int plannedInspections, int planRequested,
                                 int planCarriedOut, int carriedOut, Unplanned unplanned, int halted, int refusals,
                                 InspectionBurdenReport.Findings findings) {
    }

    /**
     * Unplanned inspections: emergencies (cleared by category, no approval) and 一事一报 requests. {@code approved}:
     * requests the office cleared (even if halted later); {@code approvalRate}: approved / (approved + rejected),
     * null while none is decided.
     */
    public record Unplanned(int emergency, int requested, int approved, int rejected, int pending,
                            Double approvalRate) {
    }
}
