package io.jianfu.app.evaluation;

import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import io.jianfu.app.support.Replays;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static io.jianfu.app.evaluation.EvaluationScenario.answer;
import static io.jianfu.app.evaluation.EvaluationScenario.department;
import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results of a reverse evaluation over HTTP: nothing before closing, a breakdown only for five answers or more, and
 * rectification orders from DISCIPLINE answered by the department.
 */
class EvaluationResultsHttpTest extends HttpTestBase {
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore eventStore;
    @Autowired
    TokenStore tokenStore;

    @Test
    void aDepartmentWithFourAnswersShowsNoBreakdownAndOneWithFiveDoes() {
        EvaluationScenario campaign = new EvaluationScenario(http, directory, 2, 2);
        campaign.launch(3);
        String many = campaign.departments.get(0);
        String few = campaign.departments.get(1);
        for (int i = 0; i < 5; i++) {
            List<Map<String, Object>> sheet = i < 4
                    ? List.of(answer(many, i == 0 ? "GOOD" : "BAD", List.of("TOO_MANY_INSPECTIONS", "SHIFTED_WORK"),
                                     "意见" + i),
                              answer(few, "BAD", List.of("TOO_MANY_ASSESSMENTS"), "不要显示" + i))
                    : List.of(answer(many, "NEUTRAL", List.of(), null));
            campaign.submitted(campaign.tokens.get(i), sheet);
        }
        Http.Credentials auditor = directory.user(directory.unit("OFFICE"), "AUDITOR");

        JsonNode open = campaign.results(auditor);
        assertThat(open.get("status").asString()).isEqualTo("OPEN");
        assertThat(department(open, many).get("shown").asBoolean()).isFalse();
        assertThat(department(open, many).get("answers").isNull()).isTrue();

        campaign.close();
        JsonNode closed = campaign.results(auditor);
        assertThat(closed.get("minimumAnswers").asInt()).isEqualTo(5);
        JsonNode shown = department(closed, many);
        assertThat(shown.get("shown").asBoolean()).isTrue();
        assertThat(shown.get("answers").asInt()).isEqualTo(5);
        assertThat(shown.get("verdicts").get("GOOD").asInt()).isEqualTo(1);
        assertThat(shown.get("verdicts").get("BAD").asInt()).isEqualTo(3);
        assertThat(shown.get("verdicts").get("NEUTRAL").asInt()).isEqualTo(1);
        assertThat(shown.get("issues").get("TOO_MANY_INSPECTIONS").asInt()).isEqualTo(4);
        assertThat(shown.get("issues").get("SHIFTED_WORK").asInt()).isEqualTo(4);
        assertThat(shown.get("comments")).hasSize(4);

        JsonNode hidden = department(closed, few);
        assertThat(hidden.get("shown").asBoolean()).isFalse();
        assertThat(hidden.get("withheldBecause").asString()).contains("Fewer than 5");
        assertThat(hidden.get("answers").isNull()).isTrue();
        assertThat(hidden.get("verdicts").isNull()).isTrue();
        assertThat(hidden.get("issues").isNull()).isTrue();
        assertThat(hidden.get("comments").isNull()).isTrue();
        assertThat(closed.toString()).doesNotContain("不要显示", campaign.towns.get(0), campaign.towns.get(1));

        Replays.rebuild(processing, eventStore, tokenStore, "evaluation-views");
        assertThat(campaign.results(auditor)).isEqualTo(closed);
    }

    @Test
    void disciplineOrdersARectificationAndTheDepartmentReports() {
        EvaluationScenario campaign = new EvaluationScenario(http, directory, 1, 1);
        campaign.launch(5);
        String department = campaign.departments.get(0);
        Map<String, Object> order = Map.of("campaignId", campaign.campaignId, "departmentCode", department,
                                           "finding", "督查检查过多", "issue", "TOO_MANY_INSPECTIONS",
                                           "dueOn", "2031-03-31");
        assertProblem(http.post(campaign.discipline, "/api/rectifications", order), 422);
        campaign.close();

        Http.Credentials staff = directory.user(department, "STAFF");
        assertProblem(http.post(staff, "/api/rectifications", order), 403);
        Map<String, Object> elsewhere = new java.util.HashMap<>(order);
        elsewhere.put("departmentCode", campaign.towns.get(0));
        assertProblem(http.post(campaign.discipline, "/api/rectifications", elsewhere), 422);
        Http.Response created = http.post(campaign.discipline, "/api/rectifications", order);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.body().get("id").asString();

        Http.Credentials otherStaff = directory.user(directory.unit("DEPARTMENT"), "STAFF");
        Map<String, Object> report = Map.of("report", "合并检查，减少频次", "rectifiedOn", "2031-03-20");
        assertProblem(http.post(otherStaff, "/api/rectifications/" + id + "/report", report), 403);
        assertThat(http.post(staff, "/api/rectifications/" + id + "/report", report).status()).isEqualTo(204);
        assertProblem(http.post(staff, "/api/rectifications/" + id + "/report", report), 422);

        Http.Response listed = http.get(staff, "/api/rectifications?departmentCode=" + department);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).hasSize(1);
        assertThat(listed.body().get(0).get("state").asString()).isEqualTo("REPORTED");
        assertThat(listed.body().get(0).get("report").asString()).isEqualTo("合并检查，减少频次");
        assertThat(listed.body().get(0).get("campaignId").asString()).isEqualTo(campaign.campaignId);
    }
}
