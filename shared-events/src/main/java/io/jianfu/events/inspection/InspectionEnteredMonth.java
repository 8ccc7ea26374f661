package io.jianfu.events.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * A cleared inspection entered its month's register (the month of its window). {@code splitFlags} name why a PLAN
 * inspection looks like one planned item split into several requests (empty if not). {@code verificationCode} is
 * set only for an emergency inspection cleared after the month's list was published; the others get theirs at
 * publication.
 */
public record InspectionEnteredMonth(String monthId, String month, String inspectionId, String departmentCode,
                                     String title, String function, List<String> targetUnitCodes,
                                     LocalDate windowStart, LocalDate windowEnd, InspectionBasis basis,
                                     String planItemId, List<String> splitFlags, String verificationCode) {
}
