package io.jianfu.app.inspection;

import io.jianfu.app.support.Directory;
import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.jianfu.app.inspection.InspectionClearingHttpTest.created;
import static io.jianfu.app.inspection.InspectionClearingHttpTest.inspection;
import static io.jianfu.app.inspection.InspectionClearingHttpTest.noContent;
import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The burden reports over HTTP, for a month built here (May 2011, long past and published): one town receives a
 * planned, an emergency and two approved 一事一报 inspections that are joined into one joint inspection; one request
 * is rejected, one approved and then halted, one left pending and refused by the town, one never reported; three
 * findings, one rectified. Then the three departments' year against their master list.
 */
class InspectionBurdenHttpTest extends HttpTestBase {
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};

    @Test
    void aTownsMonthAndItsDepartmentsYearAreCountedAsBuilt() {
        String planning = directory.unit("DEPARTMENT");
        String emergencyDept = directory.unit("DEPARTMENT");
        String third = directory.unit("DEPARTMENT");
        String town = directory.unit("TOWN");
        Http.Credentials planningStaff = directory.user(planning, "STAFF");
        Http.Credentials emergencyStaff = directory.user(emergencyDept, "STAFF");
        Http.Credentials thirdStaff = directory.user(third, "STAFF");
        Http.Credentials townStaff = directory.user(town, "STAFF");
        Http.Credentials office = directory.user(directory.unit("OFFICE"), "SUPERVISION_OFFICE");
        Http.Credentials discipline = directory.user(directory.unit("OFFICE"), "DISCIPLINE");
        Http.Credentials auditor = directory.user(directory.unit("OFFICE"), "AUDITOR");

        Map<String, Object> item = new HashMap<>(Map.of("departmentCode", planning, "year", 2011, "title", "环保督查",
                                                        "function", "环保", "targetUnitCodes", List.of(town),
                                                        "targetUnitKinds", List.of(), "months", List.of(5, 6)));
        String itemId = created(http.post(planningStaff, "/api/inspections/master-list", item));
        noContent(http.post(office, "/api/inspections/master-list/" + itemId + "/approval", Map.of()));

        Map<String, Object> planned = inspection(planning, "五月环保督查", "环保", List.of(town), "2011-05-03",
                                                 "2011-05-05");
        planned.put("planItemId", itemId);
        String plannedId = created(http.post(planningStaff, "/api/inspections", planned));
        Map<String, Object> emergency = inspection(emergencyDept, "安全生产检查", "安全", List.of(town), "2011-05-10",
                                                   "2011-05-10");
        emergency.put("emergencyCategory", "安全生产");
        created(http.post(emergencyStaff, "/api/inspections", emergency));
        String singleA = created(http.post(emergencyStaff, "/api/inspections",
                                           inspection(emergencyDept, "食品检查", "食品", List.of(town), "2011-05-12",
                                                      "2011-05-13")));
        String singleB = created(http.post(thirdStaff, "/api/inspections",
                                           inspection(third, "文明创建检查", "文明", List.of(town), "2011-05-12",
                                                      "2011-05-14")));
        String rejected = created(http.post(planningStaff, "/api/inspections",
                                            inspection(planning, "重复检查", "环保", List.of(town), "2011-05-20",
                                                       "2011-05-20")));
        String pending = created(http.post(planningStaff, "/api/inspections",
                                           inspection(planning, "未批检查", "环保", List.of(town), "2011-05-25",
                                                      "2011-05-25")));
        String halted = created(http.post(thirdStaff, "/api/inspections",
                                          inspection(third, "档案检查", "档案", List.of(town), "2011-05-28",
                                                     "2011-05-28")));
        for (String id : List.of(singleA, singleB, halted)) {
            noContent(http.post(office, "/api/inspections/" + id + "/approval", Map.of()));
        }
        noContent(http.post(office, "/api/inspections/" + rejected + "/rejection", Map.of("reason", "与环保督查重复")));
        noContent(http.post(discipline, "/api/inspections/" + halted + "/halt",
                            Map.of("reason", "多头检查", "rectification", "并入联合检查")));
        noContent(http.post(office, "/api/inspections/months/2011-05/consolidation", Map.of()));
        noContent(http.post(office, "/api/inspections/months/2011-05/publication", Map.of()));
        JsonNode joint = http.get(auditor, "/api/inspections/" + singleA).body();
        assertThat(joint.get("jointId").isNull()).as(joint.toString()).isFalse();
        noContent(http.post(townStaff, "/api/inspections/" + pending + "/refusals",
                            Map.of("unitCode", town, "reason", "不在公布清单")));
        created(http.post(townStaff, "/api/inspections/unreported",
                          Map.of("unitCode", town, "departmentCode", third, "date", "2011-05-18",
                                 "description", "未报备的检查")));

        String plannedFindings = "/api/inspections/" + plannedId + "/findings";
        createdFinding(http.post(planningStaff, plannedFindings,
                                      Map.of("id", "f-1", "targetUnitCode", town, "problem", "污水直排")));
        createdFinding(http.post(planningStaff, plannedFindings,
                                      Map.of("id", "f-2", "targetUnitCode", town, "problem", "台账缺失")));
        assertThat(http.postBytes(planningStaff, plannedFindings + "/f-1/photos", "image/jpeg", JPEG).status())
                .isEqualTo(201);
        // the third department is a member of the joint inspection, so it records on the other member's inspection
        createdFinding(http.post(thirdStaff, "/api/inspections/" + singleA + "/findings",
                                      Map.of("id", "f-3", "targetUnitCode", town, "problem", "宣传栏破损")));
        noContent(http.post(townStaff, plannedFindings + "/f-2/rectification", Map.of("evidence", "已补齐台账")));

        JsonNode burden = http.get(auditor, "/api/reports/inspection-burden?month=2011-05&unit=" + town).body();
        assertThat(burden.get("month").asString()).isEqualTo("2011-05");
        assertThat(burden.get("units")).hasSize(1);
        JsonNode row = burden.get("units").get(0);
        assertThat(row.get("unitCode").asString()).isEqualTo(town);
        assertThat(counts(row.get("received"), "plan", "emergency", "single", "total")).containsExactly(1, 1, 2, 4);
        assertThat(counts(row, "jointInspections", "inspectionsInJoint", "visits")).containsExactly(1, 2, 3);
        assertThat(counts(row, "pending", "rejected", "halted")).containsExactly(1, 1, 1);
        assertThat(counts(row.get("refused"), "listed", "unreported", "total")).containsExactly(1, 1, 2);
        assertThat(counts(row.get("findings"), "recorded", "open", "rectified", "problemPhotos"))
                .containsExactly(3, 2, 1, 1);

        JsonNode all = http.get(auditor, "/api/reports/inspection-burden?month=2011-05").body().get("units");
        assertThat(all.findValuesAsString("unitCode")).contains(town);
        String idle = directory.unit("TOWN");
        JsonNode idleRow = http.get(auditor, "/api/reports/inspection-burden?month=2011-05&unit=" + idle).body()
                               .get("units").get(0);
        assertThat(counts(idleRow.get("received"), "plan", "emergency", "single", "total"))
                .containsExactly(0, 0, 0, 0);

        JsonNode planningYear = departmentYear(auditor, planning);
        assertThat(counts(planningYear, "plannedItems", "plannedInspections", "planRequested", "planCarriedOut",
                          "carriedOut", "halted", "refusals")).containsExactly(1, 2, 1, 1, 1, 0, 1);
        assertThat(counts(planningYear.get("unplanned"), "emergency", "requested", "approved", "rejected", "pending"))
                .containsExactly(0, 2, 0, 1, 1);
        assertThat(planningYear.get("unplanned").get("approvalRate").asDouble()).isEqualTo(0.0);
        assertThat(counts(planningYear.get("findings"), "recorded", "open", "rectified", "problemPhotos"))
                .containsExactly(2, 1, 1, 1);

        JsonNode emergencyYear = departmentYear(auditor, emergencyDept);
        assertThat(counts(emergencyYear, "plannedItems", "plannedInspections", "planRequested", "planCarriedOut",
                          "carriedOut", "halted", "refusals")).containsExactly(0, 0, 0, 0, 2, 0, 0);
        assertThat(counts(emergencyYear.get("unplanned"), "emergency", "requested", "approved", "rejected",
                          "pending")).containsExactly(1, 1, 1, 0, 0);
        assertThat(emergencyYear.get("unplanned").get("approvalRate").asDouble()).isEqualTo(1.0);

        JsonNode thirdYear = departmentYear(auditor, third);
        assertThat(counts(thirdYear, "plannedItems", "plannedInspections", "planRequested", "planCarriedOut",
                          "carriedOut", "halted", "refusals")).containsExactly(0, 0, 0, 0, 1, 1, 0);
        assertThat(counts(thirdYear.get("unplanned"), "emergency", "requested", "approved", "rejected", "pending"))
                .containsExactly(0, 2, 2, 0, 0);
        assertThat(counts(thirdYear.get("findings"), "recorded", "open", "rectified", "problemPhotos"))
                .containsExactly(1, 1, 0, 0);

        JsonNode idleDepartment = departmentYear(auditor, directory.unit("DEPARTMENT"));
        assertThat(idleDepartment.get("unplanned").get("approvalRate").isNull()).isTrue();
    }

    @Test
    void badReportParametersAreProblems() {
        Http.Credentials auditor = directory.user(directory.unit("OFFICE"), "AUDITOR");
        assertProblem(http.get(auditor, "/api/reports/inspection-burden"), 400);
        assertProblem(http.get(auditor, "/api/reports/inspection-burden?month=2011-13"), 400);
        assertProblem(http.get(auditor, "/api/reports/inspection-departments"), 400);
        assertProblem(http.get(auditor, "/api/reports/inspection-departments?year=abc"), 400);
        assertProblem(http.get(auditor, "/api/reports/inspection-departments?year=1900"), 400);
        assertProblem(http.get(null, "/api/reports/inspection-burden?month=2011-05"), 401);
    }

    private JsonNode departmentYear(Http.Credentials who, String department) {
        JsonNode report = http.get(who, "/api/reports/inspection-departments?year=2011&department=" + department)
                              .body();
        assertThat(report.get("year").asInt()).isEqualTo(2011);
        assertThat(report.get("departments")).hasSize(1);
        return report.get("departments").get(0);
    }

    private static void createdFinding(Http.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        assertThat(response.body().get("created").asBoolean()).isTrue();
    }

    private static List<Integer> counts(JsonNode node, String... fields) {
        return java.util.Arrays.stream(fields).map(field -> node.get(field).asInt()).toList();
    }
}
