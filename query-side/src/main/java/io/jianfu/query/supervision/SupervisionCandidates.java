package io.jianfu.query.supervision;

import io.jianfu.events.supervision.EvidenceLink;
import io.jianfu.query.evaluation.EvaluationQueries;
import io.jianfu.query.meeting.MeetingQuota;
import io.jianfu.query.meeting.MeetingQuotaQuery;
import io.jianfu.query.meeting.QuotaColour;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers, for a year, the signals the other features give the discipline office: units RED on meetings, pledges
 * flagged or revoked (against the issuing department), inspections refused, halted or never reported (against the
 * department), meeting tasks overdue (against the assignee), buck-passing complaints (against the department), and
 * BAD verdicts in reverse evaluations (against the department, only where it had five answers or more).
 */
@Component
public class SupervisionCandidates {
    private final JdbcClient jdbc;
    private final MeetingQuotaQuery quotas;

    public SupervisionCandidates(JdbcClient jdbc, MeetingQuotaQuery quotas) {
        this.jdbc = jdbc;
        this.quotas = quotas;
    }

    public List<SupervisionCandidate> forYear(int year) {
        Map<String, List<String>> cases = casesBySubjectAndBasis();
        List<SupervisionCandidate> candidates = new ArrayList<>();
        for (MeetingQuota quota : quotas.quotas(year, null, QuotaColour.RED)) {
            String summary = "会议超计划（红色）：计 " + quota.counted() + " 次，计划 " + quota.planned() + " 次";
            List<EvidenceLink> plan = List.of(new EvidenceLink("meeting-plan-" + quota.unitCode() + "-" + year, null,
                                                               null));
            candidates.add(new SupervisionCandidate("MEETING_OVERLOAD", quota.unitCode(), summary, plan,
                                                    openCases(cases, quota.unitCode(), "MEETING_OVERLOAD")));
        }
        candidates.addAll(gather(cases, "SHIFTED_RESPONSIBILITY", """
                SELECT issuing_department_code, string_agg(pledge_id, ',' ORDER BY pledge_id),
                       '责任状转嫁责任：' || count(*) || ' 份被撤销' FROM pledge_view
                WHERE year = :year AND status = 'REVOKED' GROUP BY issuing_department_code""", year));
        candidates.addAll(gather(cases, "UNREPORTED_INSPECTION", """
                SELECT department_code, string_agg(id, ',' ORDER BY id),
                       '未报备的督查检查：' || count(*) || ' 次被拒绝或叫停' FROM (
                    SELECT r.department_code, r.inspection_id AS id FROM inspection_refusal_view r
                    JOIN inspection_view i USING (inspection_id) WHERE left(i.month, 4) = CAST(:year AS text)
                    UNION SELECT department_code, inspection_id FROM inspection_view
                    WHERE status = 'HALTED' AND left(month, 4) = CAST(:year AS text)
                    UNION SELECT department_code, record_id FROM inspection_unreported_view
                    WHERE extract(year FROM date) = :year) signals
                GROUP BY department_code""", year));
        candidates.addAll(gather(cases, "OVERDUE_TASK", """
                SELECT assignee_unit_code, string_agg(task_id, ',' ORDER BY task_id),
                       '会议任务逾期未完成：' || count(*) || ' 项' FROM meeting_task_view
                WHERE completed_at IS NULL AND deadline_at < now()
                  AND extract(year FROM deadline_at AT TIME ZONE 'Asia/Shanghai') = :year
                GROUP BY assignee_unit_code""", year));
        candidates.addAll(gather(cases, "BUCK_PASSING", """
                SELECT department_code, string_agg(DISTINCT request_id, ','),
                       '推诿扯皮投诉：' || count(*) || ' 次' FROM coordination_complaint_view
                WHERE extract(year FROM complained_at AT TIME ZONE 'Asia/Shanghai') = :year
                GROUP BY department_code""", year));
        candidates.addAll(gather(cases, "BAD_EVALUATION", """
                SELECT a.department_code, string_agg(DISTINCT a.campaign_id, ','),
                       '基层反向评价差评：' || sum(bad) || ' / ' || sum(answers) || ' 份' FROM (
                    SELECT department_code, campaign_id, count(*) AS answers,
                           count(*) FILTER (WHERE verdict = 'BAD') AS bad
                    FROM evaluation_answer_view GROUP BY department_code, campaign_id
                    HAVING count(*) >= %d AND count(*) FILTER (WHERE verdict = 'BAD') > 0) a
                JOIN evaluation_campaign_view c USING (campaign_id)
                WHERE extract(year FROM c.period_end) = :year
                GROUP BY a.department_code""".formatted(EvaluationQueries.MINIMUM_ANSWERS), year));
        return candidates;
    }

    /** Each row: the subject unit, the evidence aggregate ids joined by commas, a summary. */
    private List<SupervisionCandidate> gather(Map<String, List<String>> cases, String basis, String sql, int year) {
        return jdbc.sql(sql).param("year", year)
                   .query((rs, row) -> {
                       String unit = rs.getString(1);
                       List<EvidenceLink> evidence = Arrays.stream(rs.getString(2).split(","))
                                                           .map(id -> new EvidenceLink(id, null, null)).toList();
                       return new SupervisionCandidate(basis, unit, rs.getString(3), evidence,
                                                       openCases(cases, unit, basis));
                   })
                   .list();
    }

    /** Every case's id under its subject unit and basis, read once for all candidates. */
    private Map<String, List<String>> casesBySubjectAndBasis() {
        Map<String, List<String>> cases = new HashMap<>();
        jdbc.sql("SELECT subject_unit_code, basis, case_id FROM supervision_case_view ORDER BY case_id")
            .query((rs, row) -> cases.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2),
                                                      key -> new ArrayList<>()).add(rs.getString(3)))
            .list();
        return cases;
    }

    private static List<String> openCases(Map<String, List<String>> cases, String unit, String basis) {
        return cases.getOrDefault(unit + "|" + basis, List.of());
    }
}
