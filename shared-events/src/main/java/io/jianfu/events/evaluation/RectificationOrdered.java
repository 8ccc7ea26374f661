package io.jianfu.events.evaluation;

import java.time.LocalDate;

/** The discipline office ordered a department to rectify a finding of a reverse evaluation (责令整改). */
public record RectificationOrdered(String orderId, String campaignId, String departmentCode, String finding,
                                   EvaluationIssue issue, LocalDate dueOn) {
}
