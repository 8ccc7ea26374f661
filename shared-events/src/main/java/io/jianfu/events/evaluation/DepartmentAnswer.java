package io.jianfu.events.evaluation;

import java.util.List;

/** One respondent's answer about one department: a verdict, the burdens ticked and an optional comment. */
public record DepartmentAnswer(String departmentCode, EvaluationVerdict verdict, List<EvaluationIssue> issues,
                               String comment) {
}
