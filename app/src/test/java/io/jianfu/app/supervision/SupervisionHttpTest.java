package io.jianfu.app.supervision;

import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import io.jianfu.app.support.Replays;
import io.jianfu.query.supervision.SupervisionProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.jianfu.app.support.Meetings.meeting;
import static io.jianfu.app.support.Meetings.plan;
import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The discipline office's supervision over HTTP against PostgreSQL: the article's 16 bulletins naming 41 problems,
 * 29 cases with 33 people and 24 disciplined rebuilt from a history; signals gathered as candidates; who may act.
 */
class SupervisionHttpTest extends HttpTestBase {
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore store;
    @Autowired
    TokenStore tokenStore;

    private String department;
    private Http.Credentials discipline;
    private Http.Credentials auditor;

    @BeforeEach
    void setUp() {
        department = directory.unit("DEPARTMENT");
        String office = directory.unit("OFFICE");
        discipline = directory.user(office, "DISCIPLINE");
        auditor = directory.user(office, "AUDITOR");
    }

    private String openCase(List<String> involved, String openedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectUnitCode", department);
        body.put("basis", "UNREPORTED_INSPECTION");
        body.put("problem", "擅自开展督查检查，要求基层提供大量台账");
        body.put("evidence", List.of(Map.of("aggregateId", "insp-" + unique("e"), "note", "未报备")));
        body.put("involvedCadreIds", involved);
        body.put("openedOn", openedOn);
        Http.Response created = http.post(discipline, "/api/supervision/cases", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private void noContent(Http.Response response) {
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(204);
    }

    private void bulletin(int number, List<String> caseIds, String issuedOn) {
        List<Map<String, Object>> problems = new ArrayList<>();
        for (String caseId : caseIds) {
            problems.add(Map.of("description", "形式主义问题 " + caseId, "unitCode", department,
                                "caseIds", List.of(caseId)));
        }
        Http.Response issued = http.post(discipline, "/api/supervision/bulletins",
                                         Map.of("title", "基层减负通报第" + number + "期", "periodFrom", "2019-01-01",
                                                "periodTo", issuedOn, "issuedOn", issuedOn, "problems", problems));
        assertThat(issued.status()).as(issued.body().toString()).isEqualTo(201);
    }

    @Test
    void theArticlesFiguresAreRebuiltFromAHistory() {
        List<String> cadres = directory.cadres(department, 33);
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 29; i++) {
            List<String> involved = i < 4 ? List.of(cadres.get(i), cadres.get(29 + i)) : List.of(cadres.get(i));
            cases.add(openCase(involved, LocalDate.of(2019, 1, 1).plusDays(i * 7L).toString()));
        }
        for (int i = 0; i < 20; i++) {
            List<String> punished = i < 4 ? List.of(cadres.get(i), cadres.get(29 + i)) : List.of(cadres.get(i));
            noContent(http.post(discipline, "/api/supervision/cases/" + cases.get(i) + "/disciplinary-actions",
                                Map.of("cadreIds", punished, "measure", "党内警告", "decidedOn", "2019-12-20")));
        }
        noContent(http.post(discipline, "/api/supervision/cases/" + cases.get(0) + "/interviews",
                            Map.of("cadreIds", List.of(cadres.get(0)), "heldOn", "2019-02-01", "outcome", "责令整改")));
        int next = 0;
        for (int b = 0; b < 16; b++) {
            int size = b < 9 ? 3 : 2;
            List<String> named = new ArrayList<>();
            for (int p = 0; p < size; p++) {
                named.add(cases.get(next++ % cases.size()));
            }
            bulletin(b + 1, named, LocalDate.of(2019, 1, 20).plusDays(b * 20L).toString());
        }
        openCase(List.of(cadres.get(0)), "2018-12-31");

        JsonNode report = http.get(auditor, "/api/reports/supervision?from=2019-01-01&to=2019-12-31").body();
        assertThat(report.get("bulletins").asLong()).isEqualTo(16);
        assertThat(report.get("problemsNamed").asLong()).isEqualTo(41);
        assertThat(report.get("cases").asLong()).isEqualTo(29);
        assertThat(report.get("people").asLong()).isEqualTo(33);
        assertThat(report.get("peopleDisciplined").asLong()).isEqualTo(24);
        assertThat(report.get("interviews").asLong()).isEqualTo(1);
        assertThat(report.get("casesByBasis").get("UNREPORTED_INSPECTION").asLong()).isEqualTo(29);

        JsonNode first = http.get(auditor, "/api/supervision/cases/" + cases.get(0)).body();
        assertThat(first.get("people")).hasSize(2);
        assertThat(first.get("steps").get(0).get("kind").asString()).isEqualTo("DISCIPLINE");
        assertThat(first.get("steps").get(1).get("kind").asString()).isEqualTo("INTERVIEW");
        assertThat(first.get("evidence").get(0).get("note").asString()).isEqualTo("未报备");
    }

    @Test
    void signalsFromTheOtherFeaturesAreGatheredAsCandidates() {
        String street = directory.unit("STREET");
        List<String> cadres = directory.cadres(street, 2);
        Http.Credentials staff = directory.user(street, "STAFF");
        assertThat(http.post(staff, "/api/meeting-plans", plan(street, 2025, 1)).status()).isEqualTo(201);
        for (int day = 1; day <= 2; day++) {
            Http.Response held = http.post(staff, "/api/meetings", meeting(street, "工作部署会" + day,
                    OffsetDateTime.parse("2025-03-0" + day + "T09:00:00+08:00"), cadres));
            assertThat(held.status()).as(held.body().toString()).isEqualTo(201);
        }
        Http.Credentials departmentStaff = directory.user(department, "STAFF");
        Http.Response pledge = http.post(departmentStaff, "/api/pledges",
                                         Map.of("issuingDepartmentCode", department, "targetUnitCode", street,
                                                "year", 2025, "filedOn", "2025-02-01",
                                                "clauses", List.of(Map.of("duty", "FULL_LIABILITY",
                                                                          "text", "消防安全属地全兜底"))));
        String pledgeId = pledge.body().get("id").asString();
        noContent(http.post(discipline, "/api/pledges/" + pledgeId + "/revocation", Map.of("reason", "转嫁责任")));

        JsonNode candidates = http.get(discipline, "/api/supervision/candidates?year=2025").body();
        List<String> found = new ArrayList<>();
        candidates.forEach(c -> found.add(c.get("basis").asString() + ":" + c.get("subjectUnitCode").asString()));
        assertThat(found).contains("MEETING_OVERLOAD:" + street, "SHIFTED_RESPONSIBILITY:" + department);
        JsonNode shifted = null;
        for (JsonNode candidate : candidates) {
            if (candidate.get("subjectUnitCode").asString().equals(department)) {
                shifted = candidate;
            }
        }
        assertThat(shifted.get("evidence").get(0).get("aggregateId").asString()).isEqualTo(pledgeId);
        assertThat(shifted.get("openCaseIds")).isEmpty();
    }

    @Test
    void onlyDisciplineActsAndBadInputChangesNothing() {
        Http.Credentials staff = directory.user(department, "STAFF");
        long events = storedEvents();
        Map<String, Object> body = new HashMap<>(Map.of("subjectUnitCode", department, "basis", "OTHER",
                                                        "problem", "问题", "openedOn", "2026-01-05"));
        assertProblem(http.post(staff, "/api/supervision/cases", body), 403);
        assertProblem(http.post(auditor, "/api/supervision/cases", body), 403);
        assertProblem(http.get(staff, "/api/supervision/cases"), 403);
        body.put("openedOn", "2999-01-01");
        body.put("problem", " ");
        Http.Response invalid = http.post(discipline, "/api/supervision/cases", body);
        assertProblem(invalid, 400);
        assertThat(invalid.body().get("errors").get("openedOn").asString()).isEqualTo("must not be in the future");
        body.put("basis", "NOT_A_BASIS");
        assertProblem(http.post(discipline, "/api/supervision/cases", body), 400);
        assertProblem(http.post(discipline, "/api/supervision/bulletins",
                                Map.of("title", "通报", "periodFrom", "2026-01-01", "periodTo", "2026-01-31",
                                       "issuedOn", "2026-02-01",
                                       "problems", List.of(Map.of("description", "问题",
                                                                  "caseIds", List.of("no-such-case"))))), 422);
        assertProblem(http.get(auditor, "/api/supervision/cases/no-such-case"), 404);
        assertProblem(http.get(auditor, "/api/reports/supervision?from=2026-02-01&to=2026-01-01"), 400);
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void aClosedCaseTakesNoMoreAndTheViewsRebuildTheSame() {
        List<String> cadres = directory.cadres(department, 1);
        String caseId = openCase(cadres, "2026-01-05");
        noContent(http.post(discipline, "/api/supervision/cases/" + caseId + "/closing",
                            Map.of("conclusion", "已整改到位", "closedOn", "2026-02-01")));
        assertProblem(http.post(discipline, "/api/supervision/cases/" + caseId + "/interviews",
                                Map.of("cadreIds", cadres, "heldOn", "2026-02-02", "outcome", "约谈")), 422);
        assertThat(http.get(auditor, "/api/supervision/cases/" + caseId).body().get("status").asString())
                .isEqualTo("CLOSED");

        String rows = "SELECT * FROM supervision_case_view WHERE subject_unit_code = ? ORDER BY case_id";
        String people = "SELECT p.* FROM supervision_case_person p JOIN supervision_case_view c USING (case_id) "
                + "WHERE c.subject_unit_code = ? ORDER BY p.case_id, p.cadre_id";
        List<?> before = jdbc.sql(rows).param(department).query().listOfRows();
        List<?> peopleBefore = jdbc.sql(people).param(department).query().listOfRows();
        Replays.rebuild(processing, store, tokenStore, SupervisionProjection.GROUP);
        assertThat(jdbc.sql(rows).param(department).query().listOfRows()).isEqualTo(before);
        assertThat(jdbc.sql(people).param(department).query().listOfRows()).isEqualTo(peopleBefore);
    }
}
