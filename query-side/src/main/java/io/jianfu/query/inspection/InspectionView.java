package io.jianfu.query.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * An inspection as readers see it: request, decision, split flags (SPLIT_PLAN, REPEATED_TARGET), the joint
 * inspection it belongs to, its verification code once published, and refusals by its targets.
 */
public record InspectionView(String id, String departmentCode, String title, String function,
                             List<String> targetUnitCodes, LocalDate windowStart, LocalDate windowEnd, String month,
                             String basis, String planItemId, String emergencyCategory, String status,
                             String rejectionReason, boolean split, List<String> splitFlags, String jointId,
                             boolean published, String verificationCode, String haltReason, String rectification,
                             List<Refusal> refusals) {

    public record Refusal(String unitCode, String reason) {
    }
}
