package io.jianfu.query.evaluation;

import io.jianfu.events.evaluation.AnswerThreshold;
import io.jianfu.events.evaluation.EvaluationIssue;
import io.jianfu.events.evaluation.EvaluationVerdict;
import io.jianfu.events.evaluation.RespondentQuota;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads campaigns and their results; the five-answer threshold of security.md is applied here. */
@Component
public class EvaluationQueries {
    /** security.md: results only for groups of at least five answers. */
    public static final int MINIMUM_ANSWERS = AnswerThreshold.MINIMUM_ANSWERS;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<RespondentQuota>> QUOTAS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public EvaluationQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<EvaluationCampaignView> campaigns(int limit) {
        return jdbc.sql("SELECT * FROM evaluation_campaign_view ORDER BY period_start DESC, campaign_id LIMIT ?")
                   .param(limit).query((rs, row) -> campaign(rs)).list();
    }

    public Optional<EvaluationCampaignView> campaign(String campaignId) {
        return jdbc.sql("SELECT * FROM evaluation_campaign_view WHERE campaign_id = ?").param(campaignId)
                   .query((rs, row) -> campaign(rs)).optional();
    }

    public Optional<EvaluationResults> results(String campaignId) {
        return campaign(campaignId).map(this::results);
    }

    private EvaluationResults results(EvaluationCampaignView campaign) {
        List<EvaluationResults.DepartmentResult> departments = new ArrayList<>();
        for (String department : campaign.evaluatedDepartmentCodes()) {
            if (!"CLOSED".equals(campaign.status())) {
                departments.add(EvaluationResults.DepartmentResult.withheld(
                        department, "The campaign is open; answers are released when it closes."));
                continue;
            }
            List<AnswerRow> answers = answers(campaign.campaignId(), department);
            if (answers.size() < MINIMUM_ANSWERS) {
                departments.add(EvaluationResults.DepartmentResult.withheld(
                        department, "Fewer than " + MINIMUM_ANSWERS + " answers; nothing is shown."));
                continue;
            }
            departments.add(tally(department, answers));
        }
        return new EvaluationResults(campaign.campaignId(), campaign.title(), campaign.status(), MINIMUM_ANSWERS,
                                     departments);
    }

    private static EvaluationResults.DepartmentResult tally(String department, List<AnswerRow> answers) {
        Map<String, Integer> verdicts = new LinkedHashMap<>();
        for (EvaluationVerdict verdict : EvaluationVerdict.values()) {
            verdicts.put(verdict.name(), 0);
        }
        Map<String, Integer> issues = new LinkedHashMap<>();
        for (EvaluationIssue issue : EvaluationIssue.values()) {
            issues.put(issue.name(), 0);
        }
        List<String> comments = new ArrayList<>();
        for (AnswerRow answer : answers) {
            verdicts.merge(answer.verdict(), 1, Integer::sum);
            answer.issues().forEach(issue -> issues.merge(issue, 1, Integer::sum));
            if (answer.comment() != null) {
                comments.add(answer.comment());
            }
        }
        // Sorted, so their order says nothing about the order of answering.
        comments.sort(null);
        return new EvaluationResults.DepartmentResult(department, true, null, answers.size(), verdicts, issues,
                                                      comments);
    }

    private record AnswerRow(String verdict, List<String> issues, String comment) {
    }

    private List<AnswerRow> answers(String campaignId, String department) {
        return jdbc.sql("""
                        SELECT verdict, issues, comment FROM evaluation_answer_view
                        WHERE campaign_id = ? AND department_code = ?""")
                   .params(campaignId, department)
                   .query((rs, row) -> new AnswerRow(rs.getString(1), json.readValue(rs.getString(2), STRINGS),
                                                     rs.getString(3)))
                   .list();
    }

    public List<RectificationView> rectifications(String campaignId, String departmentCode, String state,
                                                  int limit) {
        return jdbc.sql("""
                        SELECT * FROM rectification_view
                        WHERE (CAST(? AS VARCHAR) IS NULL OR campaign_id = ?)
                          AND (CAST(? AS VARCHAR) IS NULL OR department_code = ?)
                          AND (CAST(? AS VARCHAR) IS NULL OR state = ?)
                        ORDER BY order_id LIMIT ?""")
                   .params(campaignId, campaignId, departmentCode, departmentCode, state, state, limit)
                   .query((rs, row) -> rectification(rs)).list();
    }

    public Optional<RectificationView> rectification(String orderId) {
        return jdbc.sql("SELECT * FROM rectification_view WHERE order_id = ?").param(orderId)
                   .query((rs, row) -> rectification(rs)).optional();
    }

    private EvaluationCampaignView campaign(ResultSet rs) throws SQLException {
        return new EvaluationCampaignView(rs.getString("campaign_id"), rs.getString("title"),
                                          rs.getObject("period_start", java.time.LocalDate.class),
                                          rs.getObject("period_end", java.time.LocalDate.class),
                                          json.readValue(rs.getString("departments"), STRINGS),
                                          json.readValue(rs.getString("respondents"), QUOTAS),
                                          rs.getString("status"), (Integer) rs.getObject("answers_released"));
    }

    private static RectificationView rectification(ResultSet rs) throws SQLException {
        return new RectificationView(rs.getString("order_id"), rs.getString("campaign_id"),
                                     rs.getString("department_code"), rs.getString("finding"), rs.getString("issue"),
                                     rs.getObject("due_on", java.time.LocalDate.class), rs.getString("state"),
                                     rs.getString("report"), rs.getObject("rectified_on", java.time.LocalDate.class));
    }
}
