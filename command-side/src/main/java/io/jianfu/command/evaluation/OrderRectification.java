package io.jianfu.command.evaluation;

import io.jianfu.events.evaluation.EvaluationIssue;

import java.time.LocalDate;

/** Order a department to rectify a finding of a closed reverse evaluation (责令整改); DISCIPLINE only. */
public record OrderRectification(String orderId, String campaignId, String departmentCode, String finding,
                                 EvaluationIssue issue, LocalDate dueOn) {
}
