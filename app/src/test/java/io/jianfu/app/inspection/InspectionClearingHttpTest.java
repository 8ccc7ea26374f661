package io.jianfu.app.inspection;

import io.jianfu.app.support.Directory;
import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The master list and the three ways an inspection is cleared over HTTP against PostgreSQL: on the approved list
 * (PLAN), by emergency category, or by its own approval (一事一报); refusals of bad input and of other units.
 */
class InspectionClearingHttpTest extends HttpTestBase {

    static Map<String, Object> inspection(String department, String title, String function, List<String> targets,
                                          String start, String end) {
        Map<String, Object> body = new HashMap<>();
        body.put("departmentCode", department);
        body.put("title", title);
        body.put("function", function);
        body.put("targetUnitCodes", targets);
        body.put("windowStart", start);
        body.put("windowEnd", end);
        return body;
    }

    static String created(Http.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response.body().get("id").asString();
    }

    static void noContent(Http.Response response) {
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(204);
    }

    private JsonNode inspectionView(String id) {
        Http.Response response = http.get(Directory.ADMIN, "/api/inspections/" + id);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    @Test
    void plannedEmergencyAndOneByOneInspectionsAreClearedEachTheirWay() {
        String env = directory.unit("DEPARTMENT");
        String town = directory.unit("TOWN");
        String street = directory.unit("STREET");
        Http.Credentials envStaff = directory.user(env, "STAFF");
        Http.Credentials office = directory.user(directory.unit("OFFICE"), "SUPERVISION_OFFICE");
        Http.Credentials auditor = directory.user(directory.unit("OFFICE"), "AUDITOR");

        Map<String, Object> item = new HashMap<>(Map.of("departmentCode", env, "year", 2041, "title", "大气污染防治督查",
                                                        "function", "环保", "targetUnitCodes", List.of(town),
                                                        "targetUnitKinds", List.of("STREET"), "months", List.of(3, 4)));
        String itemId = created(http.post(envStaff, "/api/inspections/master-list", item));
        assertProblem(http.post(envStaff, "/api/inspections/master-list/" + itemId + "/approval", Map.of()), 403);
        noContent(http.post(office, "/api/inspections/master-list/" + itemId + "/approval", Map.of()));
        String rejectedItem = created(http.post(envStaff, "/api/inspections/master-list", item));
        noContent(http.post(office, "/api/inspections/master-list/" + rejectedItem + "/rejection",
                            Map.of("reason", "与大气污染防治督查重复")));
        JsonNode list = http.get(auditor, "/api/inspections/master-list?year=2041&department=" + env).body();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("status").asString() + list.get(1).get("status").asString())
                .contains("APPROVED", "REJECTED");

        Map<String, Object> planned = inspection(env, "三月大气检查", "环保", List.of(town, street), "2041-03-10",
                                                 "2041-03-12");
        planned.put("planItemId", itemId);
        String plannedId = created(http.post(envStaff, "/api/inspections", planned));
        JsonNode plannedView = inspectionView(plannedId);
        assertThat(plannedView.get("basis").asString()).isEqualTo("PLAN");
        assertThat(plannedView.get("status").asString()).isEqualTo("CLEARED");
        assertThat(plannedView.get("split").asBoolean()).isFalse();

        String second = created(http.post(envStaff, "/api/inspections", planned));
        JsonNode secondView = inspectionView(second);
        assertThat(secondView.get("split").asBoolean()).isTrue();
        assertThat(secondView.get("splitFlags").get(0).asString()).startsWith("SPLIT_PLAN");

        Map<String, Object> emergency = inspection(env, "防汛检查", "防汛", List.of(town), "2041-03-15", "2041-03-15");
        emergency.put("emergencyCategory", "自然灾害防治");
        String emergencyId = created(http.post(envStaff, "/api/inspections", emergency));
        assertThat(inspectionView(emergencyId).get("basis").asString()).isEqualTo("EMERGENCY");
        assertThat(inspectionView(emergencyId).get("status").asString()).isEqualTo("CLEARED");

        String single = created(http.post(envStaff, "/api/inspections",
                                          inspection(env, "创文检查", "文明创建", List.of(town), "2041-03-20",
                                                     "2041-03-21")));
        assertThat(inspectionView(single).get("status").asString()).isEqualTo("PENDING");
        assertProblem(http.post(envStaff, "/api/inspections/" + single + "/approval", Map.of()), 403);
        noContent(http.post(office, "/api/inspections/" + single + "/approval", Map.of()));
        assertThat(inspectionView(single).get("status").asString()).isEqualTo("CLEARED");
        assertThat(inspectionView(single).get("basis").asString()).isEqualTo("SINGLE");

        String refused = created(http.post(envStaff, "/api/inspections",
                                           inspection(env, "重复检查", "文明创建", List.of(town), "2041-03-22",
                                                      "2041-03-23")));
        noContent(http.post(office, "/api/inspections/" + refused + "/rejection", Map.of("reason", "与创文检查重复")));
        assertThat(inspectionView(refused).get("rejectionReason").asString()).isEqualTo("与创文检查重复");

        JsonNode ofTown = http.get(auditor, "/api/inspections?month=2041-03&target=" + town).body();
        assertThat(ofTown).hasSize(5);
        JsonNode cleared = http.get(auditor, "/api/inspections?month=2041-03&department=" + env
                + "&status=CLEARED").body();
        assertThat(cleared).hasSize(4);
        assertThat(http.get(auditor, "/api/inspections?month=2041-03&target=" + street).body()).hasSize(2);
        assertProblem(http.get(auditor, "/api/inspections?status=DONE"), 400);
        assertProblem(http.get(auditor, "/api/inspections?month=March"), 400);
        assertProblem(http.get(auditor, "/api/inspections/no-such-inspection"), 404);
    }

    @Test
    void badInputAndOtherUnitsAreRefusedAndNothingIsStored() {
        String env = directory.unit("DEPARTMENT");
        String other = directory.unit("DEPARTMENT");
        String town = directory.unit("TOWN");
        Http.Credentials envStaff = directory.user(env, "STAFF");
        Http.Credentials office = directory.user(directory.unit("OFFICE"), "SUPERVISION_OFFICE");
        String draft = created(http.post(envStaff, "/api/inspections/master-list",
                                         Map.of("departmentCode", env, "year", 2041, "title", "t", "function", "环保",
                                                "targetUnitCodes", List.of(town), "months", List.of(5))));
        long before = storedEvents();

        Http.Response invalid = http.post(envStaff, "/api/inspections",
                                          inspection(env, "", "环保", List.of(), "2041-05-30", "2041-06-02"));
        assertProblem(invalid, 400);
        assertThat(invalid.body().get("errors").has("title")).isTrue();
        assertThat(invalid.body().get("errors").has("targetUnitCodes")).isTrue();
        assertThat(invalid.body().get("errors").get("windowEnd").asString())
                .isEqualTo("must lie in the month of windowStart");
        assertProblem(http.post(envStaff, "/api/inspections", Map.of("windowStart", "not-a-date")), 400);
        assertProblem(http.post(directory.user(other, "STAFF"), "/api/inspections",
                                inspection(env, "t", "f", List.of(town), "2041-05-03", "2041-05-04")), 403);
        assertProblem(http.post(office, "/api/inspections",
                                inspection(env, "t", "f", List.of(town), "2041-05-03", "2041-05-04")), 403);
        Map<String, Object> unapproved = inspection(env, "t", "环保", List.of(town), "2041-05-03", "2041-05-04");
        unapproved.put("planItemId", draft);
        assertProblem(http.post(envStaff, "/api/inspections", unapproved), 422);
        Map<String, Object> notEmergency = inspection(env, "t", "f", List.of(town), "2041-05-03", "2041-05-04");
        notEmergency.put("emergencyCategory", "文明创建");
        assertProblem(http.post(envStaff, "/api/inspections", notEmergency), 422);
        assertProblem(http.post(envStaff, "/api/inspections",
                                inspection(env, "t", "f", List.of("no-such-unit"), "2041-05-03", "2041-05-04")), 422);
        assertProblem(http.post(envStaff, "/api/inspections/master-list",
                                Map.of("departmentCode", env, "year", 2041, "title", "t", "function", "f",
                                       "months", List.of(13))), 400);
        assertProblem(http.post(office, "/api/inspections/no-such/approval", Map.of()), 404);
        assertProblem(http.put(envStaff, "/api/settings/inspection-rules",
                               Map.of("emergencyCategories", List.of("安全生产"), "maxGroupSize", 4,
                                      "sameFunctionMaxDaysApart", 5)), 403);
        assertProblem(http.put(Directory.ADMIN, "/api/settings/inspection-rules",
                               Map.of("emergencyCategories", List.of("安全生产"), "maxGroupSize", 1,
                                      "sameFunctionMaxDaysApart", 5)), 400);
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(http.get(Directory.ADMIN, "/api/inspections?month=2041-05&department=" + env).body()).isEmpty();
    }
}
