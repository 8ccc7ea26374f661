package io.jianfu.events.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * A department asked to inspect grassroots units within a date window (inside one calendar month). The basis says
 * whether it is cleared at once (PLAN, EMERGENCY) or waits for its own approval (SINGLE, 一事一报).
 */
public record InspectionRequested(String inspectionId, String departmentCode, String title, String function,
                                  List<String> targetUnitCodes, LocalDate windowStart, LocalDate windowEnd,
                                  InspectionBasis basis, String planItemId, String emergencyCategory) {
}
