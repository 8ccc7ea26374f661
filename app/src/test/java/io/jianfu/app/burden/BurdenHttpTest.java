package io.jianfu.app.burden;

import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.jianfu.app.support.Meetings.meeting;
import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grassroots burden picture over HTTP against PostgreSQL: what a department put on a street and its community in
 * a month — meetings and hours, an inspection, a pledge, a coordination request — beside the month before, and the
 * department's place in the district's ranking.
 */
class BurdenHttpTest extends HttpTestBase {

    private static void created(Http.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
    }

    @Test
    void aStreetsLoadInAMonthBesideTheMonthBefore() {
        String street = directory.unit("STREET");
        String community = directory.unit("COMMUNITY", street);
        String department = directory.unit("DEPARTMENT");
        List<String> streetCadres = directory.cadres(street, 2);
        List<String> communityCadres = directory.cadres(community, 1);
        List<String> departmentCadres = directory.cadres(department, 1);
        Http.Credentials departmentStaff = directory.user(department, "STAFF");
        Http.Credentials streetStaff = directory.user(street, "STAFF");

        OffsetDateTime october = OffsetDateTime.parse("2026-10-12T09:00:00+08:00");
        created(http.post(departmentStaff, "/api/meetings", meeting(department, "全区安全生产部署会", october,
                List.of(departmentCadres.get(0), streetCadres.get(0), communityCadres.get(0)))));
        Map<String, Object> short1 = meeting(department, "环保督查反馈会", october.plusDays(2),
                                             List.of(streetCadres.get(1)));
        short1.put("end", october.plusDays(2).plusHours(1).toString());
        created(http.post(departmentStaff, "/api/meetings", short1));
        created(http.post(departmentStaff, "/api/meetings", meeting(department, "九月调度会",
                october.minusMonths(1), List.of(streetCadres.get(0)))));
        created(http.post(streetStaff, "/api/meetings", meeting(street, "街道自己的例会", october,
                List.of(streetCadres.get(0), communityCadres.get(0)))));

        Map<String, Object> inspection = new HashMap<>(Map.of("departmentCode", department, "title", "安全生产检查",
                "function", "安全生产", "targetUnitCodes", List.of(street), "windowStart", "2026-10-20",
                "windowEnd", "2026-10-21", "emergencyCategory", "安全生产"));
        Http.Response inspected = http.post(departmentStaff, "/api/inspections", inspection);
        created(inspected);
        created(http.post(departmentStaff, "/api/inspections/" + inspected.body().get("id").asString() + "/findings",
                          Map.of("targetUnitCode", street, "problem", "消防通道堵塞", "category", "消防")));
        created(http.post(departmentStaff, "/api/pledges", Map.of("issuingDepartmentCode", department,
                "targetUnitCode", street, "year", 2026, "filedOn", "2026-10-08",
                "clauses", List.of(Map.of("duty", "PATROL_AND_REPORT", "text", "日常巡查和信息上报")))));
        Http.Credentials communityStaff = directory.user(community, "STAFF");
        created(http.post(communityStaff, "/api/coordination-requests", Map.of("raisedByUnitCode", community,
                "streetCode", street, "place", "小区", "description", "污水倒灌",
                "raisedAt", "2026-10-15T10:00:00+08:00")));

        JsonNode report = http.get(streetStaff, "/api/reports/burden?unit=" + street
                + "&from=2026-10-01&to=2026-10-31").body();
        assertThat(report.get("units").toString()).contains(street, community);
        JsonNode current = report.get("current");
        assertThat(current.get("meetingsCalledTo").asLong()).isEqualTo(2);
        assertThat(current.get("cadreInvitations").asLong()).isEqualTo(3);
        assertThat(current.get("cadreHours").asDouble()).isEqualTo(5.0);
        assertThat(current.get("inspectionsReceived").asLong()).isEqualTo(1);
        assertThat(current.get("pledgesHeld").asLong()).isEqualTo(1);
        assertThat(current.get("coordinationRequests").asLong()).isEqualTo(1);
        assertThat(current.get("findings").asLong()).isEqualTo(1);
        assertThat(current.get("findingsOpen").asLong()).isEqualTo(1);
        JsonNode previous = report.get("previous");
        assertThat(previous.get("from").asString()).isEqualTo("2026-08-31");
        assertThat(previous.get("meetingsCalledTo").asLong()).isEqualTo(1);
        assertThat(report.get("change").get("meetingsCalledTo").decimalValue()).isEqualByComparingTo("1");

        JsonNode ranking = http.get(streetStaff, "/api/reports/burden/departments?from=2026-10-01&to=2026-10-31"
                + "&limit=1000").body();
        JsonNode mine = null;
        for (JsonNode load : ranking) {
            if (load.get("departmentCode").asString().equals(department)) {
                mine = load;
            }
        }
        assertThat(mine).as("the department is ranked").isNotNull();
        assertThat(mine.get("grassrootsInvitations").asLong()).isEqualTo(3);
        assertThat(mine.get("grassrootsInspections").asLong()).isEqualTo(1);
        assertThat(mine.get("pledges").asLong()).isEqualTo(1);
        assertThat(mine.get("total").asLong()).isEqualTo(5);
        for (int i = 1; i < ranking.size(); i++) {
            assertThat(ranking.get(i).get("total").asLong()).isLessThanOrEqualTo(ranking.get(i - 1).get("total")
                                                                                         .asLong());
        }
    }

    @Test
    void anUnknownUnitOrAMalformedPeriodIsRefused() {
        Http.Credentials staff = directory.user(directory.unit("STREET"), "STAFF");
        assertProblem(http.get(staff, "/api/reports/burden?unit=no-such-unit&from=2026-10-01&to=2026-10-31"), 404);
        assertProblem(http.get(staff, "/api/reports/burden?unit=x&from=2026-10-31&to=2026-10-01"), 400);
        assertProblem(http.get(staff, "/api/reports/burden/departments?from=2026-10-01"), 400);
    }
}
