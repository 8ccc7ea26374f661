package io.jianfu.app.inspection;

import io.jianfu.app.support.Directory;
import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import io.jianfu.app.support.Replays;
import io.jianfu.query.inspection.InspectionProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.jianfu.app.inspection.InspectionClearingHttpTest.created;
import static io.jianfu.app.inspection.InspectionClearingHttpTest.inspection;
import static io.jianfu.app.inspection.InspectionClearingHttpTest.noContent;
import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month of inspections over HTTP: three departments inspecting one town and two of one function in one week are
 * consolidated into joint inspections with reasons and without chaining; the list is published with verification
 * codes; the town refuses what is not on it, the discipline office halts; a replay rebuilds the same rows.
 */
class InspectionConsolidationHttpTest extends HttpTestBase {
    private static final List<String> TABLES = List.of(
            "SELECT * FROM inspection_item_view ORDER BY item_id",
            "SELECT * FROM inspection_view ORDER BY inspection_id",
            "SELECT * FROM inspection_target_view ORDER BY inspection_id, unit_code",
            "SELECT * FROM inspection_refusal_view ORDER BY inspection_id, unit_code",
            "SELECT * FROM inspection_unreported_view ORDER BY record_id",
            "SELECT * FROM inspection_month_view ORDER BY month",
            "SELECT * FROM inspection_month_entry ORDER BY inspection_id",
            "SELECT * FROM inspection_joint_view ORDER BY joint_id",
            "SELECT * FROM inspection_code_view ORDER BY verification_code");

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private EventStore store;
    @Autowired
    private TokenStore tokenStore;

    private String request(String department, String title, String function, String target, String start,
                           String end) {
        return created(http.post(directory.user(department, "STAFF"), "/api/inspections",
                                 inspection(department, title, function, List.of(target), start, end)));
    }

    private JsonNode view(String id) {
        return http.get(Directory.ADMIN, "/api/inspections/" + id).body();
    }

    @Test
    void aMonthIsConsolidatedPublishedAndGuarded() {
        List<String> departments = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            departments.add(directory.unit("DEPARTMENT"));
        }
        String town = directory.unit("TOWN");
        String village1 = directory.unit("VILLAGE");
        String village2 = directory.unit("VILLAGE");
        String village3 = directory.unit("VILLAGE");
        Http.Credentials office = directory.user(directory.unit("OFFICE"), "SUPERVISION_OFFICE");
        Http.Credentials discipline = directory.user(directory.unit("OFFICE"), "DISCIPLINE");
        Http.Credentials townStaff = directory.user(town, "STAFF");

        String a = request(departments.get(0), "环保检查", "环保", town, "2042-03-03", "2042-03-12");
        String b = request(departments.get(1), "消防检查", "消防", town, "2042-03-05", "2042-03-10");
        String c = request(departments.get(2), "教育检查", "教育", town, "2042-03-08", "2042-03-20");
        String d = request(departments.get(3), "食品安全检查", "食品安全", village1, "2042-03-16", "2042-03-18");
        String e = request(departments.get(4), "食品安全抽查", "食品安全", village2, "2042-03-18", "2042-03-20");
        // Linked to b (same function, one day apart) but to neither a nor c: complete linkage keeps it out.
        String f = request(departments.get(5), "消防巡查", "消防", village3, "2042-03-06", "2042-03-09");
        String pending = request(departments.get(5), "未批检查", "督导", town, "2042-03-25", "2042-03-26");
        Map<String, Object> emergency = inspection(departments.get(0), "安全生产检查", "消防", List.of(town),
                                                   "2042-03-05", "2042-03-06");
        emergency.put("emergencyCategory", "安全生产");
        String g = created(http.post(directory.user(departments.get(0), "STAFF"), "/api/inspections", emergency));
        for (String id : List.of(a, b, c, d, e, f)) {
            noContent(http.post(office, "/api/inspections/" + id + "/approval", Map.of()));
        }

        assertProblem(http.post(townStaff, "/api/inspections/months/2042-03/consolidation", Map.of()), 403);
        assertProblem(http.post(office, "/api/inspections/months/2042-13/consolidation", Map.of()), 400);
        assertProblem(http.post(office, "/api/inspections/months/2042-03/publication", Map.of()), 422);
        noContent(http.post(office, "/api/inspections/months/2042-03/consolidation", Map.of()));

        JsonNode month = http.get(Directory.ADMIN, "/api/inspections/months/2042-03").body();
        assertThat(month.get("consolidations").asInt()).isEqualTo(1);
        JsonNode joints = month.get("jointInspections");
        assertThat(joints).hasSize(2);
        JsonNode townJoint = joints.get(0);
        assertThat(ids(townJoint.get("inspectionIds"))).containsExactly(a, b, c);
        assertThat(townJoint.get("title").asString()).isEqualTo("环保检查暨消防检查暨教育检查");
        assertThat(townJoint.get("leadDepartmentCode").asString()).isEqualTo(departments.get(0));
        assertThat(townJoint.get("jointStart").asString()).isEqualTo("2042-03-08");
        assertThat(townJoint.get("jointEnd").asString()).isEqualTo("2042-03-10");
        assertThat(townJoint.get("links")).hasSize(3);
        for (JsonNode link : townJoint.get("links")) {
            assertThat(ids(link.get("reasons"))).contains("SAME_TARGET:" + town);
            assertThat(link.get("text").asString()).startsWith("同一检查对象 " + town);
        }
        JsonNode foodJoint = joints.get(1);
        assertThat(ids(foodJoint.get("inspectionIds"))).containsExactly(d, e);
        assertThat(ids(foodJoint.get("links").get(0).get("reasons"))).containsExactly("SAME_FUNCTION", "DATE_GAP=2");
        assertThat(foodJoint.get("links").get(0).get("text").asString()).isEqualTo("同类职能 食品安全; 开始日期相隔 2 天");
        assertThat(view(f).get("jointId").isNull()).isTrue();
        assertThat(view(g).get("jointId").isNull()).isTrue();
        assertThat(view(a).get("jointId").asString()).isEqualTo(townJoint.get("jointId").asString());

        noContent(http.post(office, "/api/inspections/months/2042-03/publication", Map.of()));
        String townCode = view(a).get("verificationCode").asString();
        assertThat(townCode).hasSize(12);
        assertThat(view(b).get("verificationCode").asString()).isEqualTo(townCode);
        assertThat(view(f).get("verificationCode").asString()).isNotEqualTo(townCode).hasSize(12);
        assertThat(view(g).get("published").asBoolean()).isTrue();
        assertThat(view(pending).get("published").asBoolean()).isFalse();
        JsonNode verified = http.get(townStaff, "/api/inspections/verify?code=" + townCode).body();
        assertThat(verified.get("jointId").asString()).isEqualTo(townJoint.get("jointId").asString());
        assertThat(ids(verified.get("departmentCodes"))).containsExactly(departments.get(0), departments.get(1),
                                                                         departments.get(2));
        assertThat(verified.get("inspections")).hasSize(3);
        assertProblem(http.get(townStaff, "/api/inspections/verify?code=NOSUCHCODE00"), 404);

        // The published month is fixed: no consolidation, no new 一事一报; an emergency gets its code at once.
        assertProblem(http.post(office, "/api/inspections/months/2042-03/consolidation", Map.of()), 422);
        assertProblem(http.post(office, "/api/inspections/months/2042-03/publication", Map.of()), 422);
        assertProblem(http.post(directory.user(departments.get(1), "STAFF"), "/api/inspections",
                                inspection(departments.get(1), "t", "f", List.of(town), "2042-03-27", "2042-03-28")),
                      422);
        String late = created(http.post(directory.user(departments.get(0), "STAFF"), "/api/inspections", emergency));
        assertThat(view(late).get("verificationCode").asString()).hasSize(12);

        // The town refuses what is not on the list, never what is; the discipline office halts the unpublished one.
        assertProblem(http.post(directory.user(village1, "STAFF"), "/api/inspections/" + pending + "/refusals",
                                Map.of("unitCode", town, "reason", "x")), 403);
        assertProblem(http.post(townStaff, "/api/inspections/" + a + "/refusals",
                                Map.of("unitCode", town, "reason", "x")), 422);
        noContent(http.post(townStaff, "/api/inspections/" + pending + "/refusals",
                            Map.of("unitCode", town, "reason", "不在月度公布清单")));
        assertProblem(http.post(office, "/api/inspections/" + pending + "/halt",
                                Map.of("reason", "r", "rectification", "x")), 403);
        assertProblem(http.post(discipline, "/api/inspections/" + a + "/halt",
                                Map.of("reason", "r", "rectification", "x")), 422);
        noContent(http.post(discipline, "/api/inspections/" + pending + "/halt",
                            Map.of("reason", "未报备擅自检查", "rectification", "停止检查并书面说明")));
        JsonNode halted = view(pending);
        assertThat(halted.get("status").asString()).isEqualTo("HALTED");
        assertThat(halted.get("rectification").asString()).isEqualTo("停止检查并书面说明");
        assertThat(halted.get("refusals").get(0).get("reason").asString()).isEqualTo("不在月度公布清单");

        String unreported = created(http.post(townStaff, "/api/inspections/unreported",
                                              Map.of("unitCode", town, "departmentCode", departments.get(3),
                                                     "date", "2042-03-11", "description", "未报备的食品检查")));
        noContent(http.post(discipline, "/api/inspections/unreported/" + unreported + "/halt",
                            Map.of("reason", "未报备", "rectification", "整改")));
        JsonNode refusals = http.get(Directory.ADMIN, "/api/inspections/refusals?unit=" + town).body();
        assertThat(refusals.get("refusals").asInt()).isEqualTo(1);
        assertThat(refusals.get("unreported").asInt()).isEqualTo(1);
        assertThat(refusals.get("unreportedInspections").get(0).get("halted").asBoolean()).isTrue();

        List<List<Map<String, Object>>> before = TABLES.stream().map(sql -> jdbc.sql(sql).query().listOfRows()).toList();
        Replays.rebuild(processing, store, tokenStore, InspectionProjection.GROUP);
        List<List<Map<String, Object>>> after = TABLES.stream().map(sql -> jdbc.sql(sql).query().listOfRows()).toList();
        assertThat(after).isEqualTo(before);
    }

    private static List<String> ids(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
