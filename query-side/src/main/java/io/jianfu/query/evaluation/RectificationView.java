package io.jianfu.query.evaluation;

import java.time.LocalDate;

/** A rectification order (责令整改) and its state: ORDERED, then REPORTED with the department's report. */
public record RectificationView(String orderId, String campaignId, String departmentCode, String finding,
                                String issue, LocalDate dueOn, String state, String report, LocalDate rectifiedOn) {
}
