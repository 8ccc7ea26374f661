package io.jianfu.app.coordination;

import io.jianfu.app.support.Directory;
import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import io.jianfu.app.support.Replays;
import io.jianfu.query.coordination.CoordinationProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.jianfu.app.coordination.CoordinationScenario.BASE;
import static io.jianfu.app.coordination.CoordinationScenario.noContent;
import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coordination requests (吹哨报到) over HTTP against PostgreSQL: routing by the list version in force, routing by hand
 * with suggested matters, who may do what, bad input that changes nothing, and a replay that rebuilds the views.
 */
class CoordinationRequestHttpTest extends HttpTestBase {
    private static final OffsetDateTime RAISED = OffsetDateTime.parse("2026-05-11T08:30+08:00");

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore store;
    @Autowired
    TokenStore tokenStore;

    private CoordinationScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new CoordinationScenario(http, directory);
    }

    @Test
    void routingUsesTheListVersionInForceOnTheDayTheRequestWasRaised() {
        String sewage = scenario.matter("污水管网维修", scenario.city, List.of(), "日常巡查和信息上报", "2025-01-01");
        Http.Response revised = http.post(Directory.ADMIN, "/api/responsibilities/" + sewage + "/revisions",
                                          Map.of("domain", "城市管理", "title", "污水管网维修",
                                                 "leadDepartmentCode", scenario.housing,
                                                 "cooperatingDepartmentCodes", List.of(scenario.city),
                                                 "streetDuty", "日常巡查和信息上报", "timeLimitDays", 10,
                                                 "effectiveFrom", "2026-05-12"));
        assertThat(revised.status()).as(revised.body().toString()).isEqualTo(204);

        String before = scenario.raise(sewage, "污水倒灌", RAISED);
        String after = scenario.raise(sewage, "污水倒灌", RAISED.plusDays(1));

        JsonNode first = scenario.request(before).get("routing");
        assertThat(first.get("matterVersion").asInt()).isEqualTo(1);
        assertThat(first.get("leadDepartmentCode").asString()).isEqualTo(scenario.city);
        JsonNode second = scenario.request(after).get("routing");
        assertThat(second.get("matterVersion").asInt()).isEqualTo(2);
        assertThat(second.get("leadDepartmentCode").asString()).isEqualTo(scenario.housing);
        assertThat(second.get("cooperatingDepartmentCodes").get(0).asString()).isEqualTo(scenario.city);

        Http.Response calledDepartment = http.get(scenario.cityStaff, BASE + "?department=" + scenario.housing);
        assertThat(calledDepartment.body().findValuesAsString("id")).contains(after).doesNotContain(before);
    }

    @Test
    void aRequestNoMatterWasGivenForIsRoutedByHandWithSuggestionsToHelp() {
        String sewage = scenario.matter("小区污水管网疏通维修", scenario.city, List.of(), "日常巡查和信息上报",
                                        "2025-01-01");
        String id = scenario.raise(null, "小区污水管网堵塞倒灌", RAISED);
        assertThat(scenario.request(id).get("status").asString()).isEqualTo("RAISED");

        JsonNode suggestions = http.get(scenario.streetStaff, BASE + "/" + id + "/matter-suggestions").body();
        assertThat(suggestions.get(0).get("matterId").asString()).isEqualTo(sewage);
        assertThat(suggestions.get(0).get("similarity").asDouble()).isGreaterThan(0.15);

        String route = BASE + "/" + id + "/routing";
        Map<String, Object> byHand = Map.of("leadDepartmentCode", scenario.housing,
                                            "cooperatingDepartmentCodes", List.of(scenario.city),
                                            "note", "涉及房屋结构安全，由住建局牵头");
        assertProblem(http.post(scenario.communityStaff, route, byHand), 403);
        noContent(http.post(scenario.streetStaff, route, byHand));
        assertProblem(http.post(scenario.streetStaff, route, Map.of("matterId", sewage)), 422);

        JsonNode routing = scenario.request(id).get("routing");
        assertThat(routing.get("basis").asString()).isEqualTo("BY_HAND");
        assertThat(routing.get("leadDepartmentCode").asString()).isEqualTo(scenario.housing);
        assertThat(routing.get("note").asString()).isEqualTo("涉及房屋结构安全，由住建局牵头");
        scenario.arrive(id, scenario.housingStaff, scenario.housing, RAISED.plusMinutes(20));
        assertThat(scenario.request(id).get("status").asString()).isEqualTo("ON_SITE");
    }

    @Test
    void eachStepIsTakenOnlyByWhoseItIsAndInItsOrder() {
        String sewage = scenario.matter("污水管网维修", scenario.city, List.of(), "日常巡查和信息上报", "2025-01-01");
        String id = scenario.raise(sewage, "污水倒灌", RAISED);
        String path = BASE + "/" + id;
        long events = storedEvents();

        assertProblem(http.post(scenario.housingStaff, path + "/duty-reports",
                                Map.of("departmentCode", scenario.housing)), 422);
        assertProblem(http.post(scenario.housingStaff, path + "/duty-reports",
                                Map.of("departmentCode", scenario.city)), 403);
        assertProblem(http.post(scenario.streetStaff, path + "/remedy-plan",
                                Map.of("publishedByUnitCode", scenario.street, "plan", "方案")), 422);
        assertProblem(http.post(scenario.streetStaff, path + "/resolution", Map.of("summary", "完成")), 422);
        assertProblem(http.post(scenario.communityStaff, path + "/rating", Map.of("satisfied", true)), 422);
        assertThat(storedEvents()).isEqualTo(events);

        scenario.arrive(id, scenario.cityStaff, scenario.city, RAISED.plusMinutes(30));
        assertProblem(http.post(scenario.cityStaff, path + "/duty-reports", Map.of("departmentCode", scenario.city)),
                      422);
        scenario.plan(id, RAISED.plusDays(2));
        scenario.resolve(id, RAISED.plusDays(6));
        assertProblem(http.post(scenario.streetStaff, path + "/rating", Map.of("satisfied", true)), 403);
        scenario.rate(id, false);
        assertProblem(http.post(scenario.communityStaff, path + "/rating", Map.of("satisfied", true)), 422);
        assertThat(scenario.request(id).get("satisfied").asBoolean()).isFalse();
    }

    @Test
    void onlyTheStreetAndItsOwnCommunitiesRaiseRequestsWithIt() {
        String otherStreet = directory.unit("STREET");
        String foreignCommunity = directory.unit("COMMUNITY", otherStreet);
        Http.Credentials foreignStaff = directory.user(foreignCommunity, "STAFF");
        long events = storedEvents();

        assertProblem(http.post(foreignStaff, BASE, raise(foreignCommunity, scenario.street)), 422);
        assertProblem(http.post(foreignStaff, BASE, raise(scenario.community, scenario.street)), 403);
        Http.Credentials auditor = directory.user(scenario.community, "AUDITOR");
        assertProblem(http.post(auditor, BASE, raise(scenario.community, scenario.street)), 403);
        assertProblem(http.post(scenario.cityStaff, BASE, raise(scenario.city, scenario.street)), 422);
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void badInputIsABadRequestAndStoresNothing() {
        long events = storedEvents();
        Map<String, Object> body = raise(scenario.community, scenario.street);
        body.put("description", " ");
        body.put("raisedAt", OffsetDateTime.now().plusDays(1).toString());
        Http.Response invalid = http.post(scenario.communityStaff, BASE, body);
        assertProblem(invalid, 400);
        assertThat(invalid.body().get("errors").get("description").asString()).isEqualTo("is required");
        assertThat(invalid.body().get("errors").get("raisedAt").asString()).isEqualTo("must not be in the future");

        body.put("description", "污水倒灌");
        body.put("raisedAt", "yesterday");
        assertProblem(http.post(scenario.communityStaff, BASE, body), 400);
        body.put("raisedAt", RAISED.toString());
        body.put("matterId", "no-such-matter");
        assertProblem(http.post(scenario.communityStaff, BASE, body), 422);
        assertProblem(http.post(scenario.streetStaff, BASE + "/no-such-request/resolution",
                                Map.of("summary", "完成")), 404);
        assertProblem(http.get(scenario.streetStaff, BASE + "/no-such-request"), 404);
        assertProblem(http.get(scenario.streetStaff, BASE + "?status=LOST"), 400);
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void replayingTheCoordinationViewsRebuildsTheSameRows() {
        String sewage = scenario.matter("污水管网维修", scenario.city, List.of(scenario.housing), "做好居民工作",
                                        "2025-01-01");
        String solved = scenario.solved(sewage, RAISED, 5, true);
        scenario.rate(solved, true);
        scenario.complain(solved, scenario.housing, RAISED.plusDays(1));
        scenario.raise(null, "路灯不亮", RAISED.plusDays(2));

        String requests = "SELECT * FROM coordination_request_view WHERE street_code = ? ORDER BY request_id";
        String duties = "SELECT d.* FROM coordination_duty_view d JOIN coordination_request_view r USING (request_id) "
                + "WHERE r.street_code = ? ORDER BY d.request_id, d.department_code";
        String complaints = "SELECT c.* FROM coordination_complaint_view c "
                + "JOIN coordination_request_view r USING (request_id) WHERE r.street_code = ? ORDER BY complaint_id";
        List<?> requestsBefore = jdbc.sql(requests).param(scenario.street).query().listOfRows();
        List<?> dutiesBefore = jdbc.sql(duties).param(scenario.street).query().listOfRows();
        List<?> complaintsBefore = jdbc.sql(complaints).param(scenario.street).query().listOfRows();
        assertThat(requestsBefore).hasSize(2);
        assertThat(dutiesBefore).hasSize(2);
        assertThat(complaintsBefore).hasSize(1);

        Replays.rebuild(processing, store, tokenStore, CoordinationProjection.GROUP);
        assertThat(jdbc.sql(requests).param(scenario.street).query().listOfRows()).isEqualTo(requestsBefore);
        assertThat(jdbc.sql(duties).param(scenario.street).query().listOfRows()).isEqualTo(dutiesBefore);
        assertThat(jdbc.sql(complaints).param(scenario.street).query().listOfRows()).isEqualTo(complaintsBefore);
    }

    private static Map<String, Object> raise(String raiser, String street) {
        Map<String, Object> body = new HashMap<>();
        body.put("raisedByUnitCode", raiser);
        body.put("streetCode", street);
        body.put("place", "路口");
        body.put("description", "井盖缺失");
        body.put("raisedAt", RAISED.toString());
        return body;
    }
}
