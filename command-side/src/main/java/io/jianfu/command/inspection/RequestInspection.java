package io.jianfu.command.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * Ask to inspect grassroots units in a date window inside one month; STAFF of the department. Name the master-list
 * item it carries out (basis PLAN) or its emergency category (EMERGENCY), or neither (一事一报, waits for approval).
 */
public record RequestInspection(String inspectionId, String departmentCode, String title, String function,
                                List<String> targetUnitCodes, LocalDate windowStart, LocalDate windowEnd,
                                String planItemId, String emergencyCategory) {
}
