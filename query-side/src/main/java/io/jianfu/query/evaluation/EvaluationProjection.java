package io.jianfu.query.evaluation;

import io.jianfu.events.evaluation.DepartmentAnswer;
import io.jianfu.events.evaluation.EvaluationCampaignClosed;
import io.jianfu.events.evaluation.EvaluationCampaignLaunched;
import io.jianfu.events.evaluation.EvaluationSubmitted;
import io.jianfu.events.evaluation.RectificationOrdered;
import io.jianfu.events.evaluation.RectificationReported;
import io.jianfu.query.common.TableProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Reverse evaluations (基层反向评价) as tables, a pure function of their events: campaigns, one row per released
 * answer and department, and rectification orders. The five-answer threshold is applied when read.
 */
@Component
@ProcessingGroup(EvaluationProjection.GROUP)
public class EvaluationProjection extends TableProjection {
    public static final String GROUP = "evaluation-views";
    static final List<String> TABLES = List.of("evaluation_answer_view", "evaluation_campaign_view",
                                               "rectification_view");

    private final JsonMapper json;

    public EvaluationProjection(JdbcClient jdbc, JsonMapper json) {
        super(jdbc, TABLES);
        this.json = json;
    }

    @EventHandler
    void on(EvaluationCampaignLaunched event) {
        jdbc.sql("""
                 INSERT INTO evaluation_campaign_view (campaign_id, title, period_start, period_end, departments,
                        respondents, status)
                 VALUES (?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), 'OPEN')
                 ON CONFLICT (campaign_id) DO NOTHING""")
            .params(event.campaignId(), event.title(), event.periodStart(), event.periodEnd(),
                    json.writeValueAsString(event.evaluatedDepartmentCodes()),
                    json.writeValueAsString(event.respondents()))
            .update();
    }

    @EventHandler
    void on(EvaluationCampaignClosed event) {
        jdbc.sql("UPDATE evaluation_campaign_view SET status = 'CLOSED', answers_released = ? WHERE campaign_id = ?")
            .params(event.answersReleased(), event.campaignId())
            .update();
    }

    @EventHandler
    void on(EvaluationSubmitted event, @MessageIdentifier String answerId) {
        for (DepartmentAnswer answer : event.answers()) {
            jdbc.sql("""
                     INSERT INTO evaluation_answer_view (answer_id, department_code, campaign_id, verdict, issues,
                            comment)
                     VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?)
                     ON CONFLICT (answer_id, department_code) DO NOTHING""")
                .params(answerId, answer.departmentCode(), event.campaignId(), answer.verdict().name(),
                        json.writeValueAsString(answer.issues()), answer.comment())
                .update();
        }
    }

    @EventHandler
    void on(RectificationOrdered event) {
        jdbc.sql("""
                 INSERT INTO rectification_view (order_id, campaign_id, department_code, finding, issue, due_on, state)
                 VALUES (?, ?, ?, ?, ?, ?, 'ORDERED')
                 ON CONFLICT (order_id) DO NOTHING""")
            .params(event.orderId(), event.campaignId(), event.departmentCode(), event.finding(),
                    event.issue() == null ? null : event.issue().name(), event.dueOn())
            .update();
    }

    @EventHandler
    void on(RectificationReported event) {
        jdbc.sql("UPDATE rectification_view SET state = 'REPORTED', report = ?, rectified_on = ? WHERE order_id = ?")
            .params(event.report(), event.rectifiedOn(), event.orderId())
            .update();
    }
}
