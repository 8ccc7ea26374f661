package io.jianfu.query.evaluation;

import java.util.List;
import java.util.Map;

/**
 * What a reverse evaluation found, per department. A department's answers are shown only when the campaign is
 * closed and it has at least {@code minimumAnswers}; otherwise only the reason is given, not even the count.
 * Respondent units never appear: the answers do not know them.
 */
public record EvaluationResults(String campaignId, String title, String status, int minimumAnswers,
                                List<DepartmentResult> departments) {

    public record DepartmentResult(String departmentCode, boolean shown, String withheldBecause, Integer answers,
                                   Map<String, Integer> verdicts, Map<String, Integer> issues,
                                   List<String> comments) {

        static DepartmentResult withheld(String departmentCode, String reason) {
            return new DepartmentResult(departmentCode, false, reason, null, null, null, null);
        }
    }
}
