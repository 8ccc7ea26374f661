package io.jianfu.query.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * What a verification code (一事一码) covers: a joint inspection or a single one, who carries it out, whom it
 * inspects and when.
 */
public record VerificationView(String verificationCode, String month, String jointId, String title,
                               List<String> departmentCodes, List<String> targetUnitCodes, LocalDate windowStart,
                               LocalDate windowEnd, List<InspectionView> inspections) {
}
