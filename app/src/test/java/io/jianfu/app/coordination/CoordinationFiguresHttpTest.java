package io.jianfu.app.coordination;

import io.jianfu.app.support.HttpTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article's 吹哨报到 figures rebuilt over HTTP against PostgreSQL: the sewage case (first department on site within
 * the hour, plan in 3 days, solved in 15) and a history whose average days to solution falls from 12 to 4.5.
 */
class CoordinationFiguresHttpTest extends HttpTestBase {
    private CoordinationScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new CoordinationScenario(http, directory);
    }

    @Test
    void theSewageCaseIsRoutedByTheListAndItsTimingsReported() {
        String sewage = scenario.matter("污水管网维修", scenario.city, List.of(scenario.housing), "做好居民工作",
                                        "2025-01-01");
        OffsetDateTime raised = OffsetDateTime.parse("2026-03-02T09:00+08:00");
        String id = scenario.raise(sewage, "3栋老旧居民楼污水倒灌，涉及120余户", raised);

        JsonNode routed = scenario.request(id);
        assertThat(routed.get("status").asString()).isEqualTo("ROUTED");
        assertThat(routed.get("routing").get("basis").asString()).isEqualTo("LIST");
        assertThat(routed.get("routing").get("matterId").asString()).isEqualTo(sewage);
        assertThat(routed.get("routing").get("matterVersion").asInt()).isEqualTo(1);
        assertThat(routed.get("routing").get("leadDepartmentCode").asString()).isEqualTo(scenario.city);
        assertThat(routed.get("routing").get("cooperatingDepartmentCodes").get(0).asString())
                .isEqualTo(scenario.housing);
        assertThat(routed.get("routing").get("streetDuty").asString()).isEqualTo("做好居民工作");

        scenario.arrive(id, scenario.cityStaff, scenario.city, raised.plusMinutes(45));
        scenario.arrive(id, scenario.housingStaff, scenario.housing, raised.plusHours(3));
        scenario.plan(id, raised.plusDays(3));
        scenario.resolve(id, raised.plusDays(15));
        scenario.rate(id, true);

        JsonNode solved = scenario.request(id);
        assertThat(solved.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(solved.get("satisfied").asBoolean()).isTrue();
        assertThat(solved.get("duties").get(0).get("departmentCode").asString()).isEqualTo(scenario.city);
        assertThat(solved.get("duties").get(0).get("minutesAfterRaised").asLong()).isEqualTo(45);
        assertThat(solved.get("duties").get(1).get("minutesAfterRaised").asLong()).isEqualTo(180);
        assertThat(solved.get("timings").get("minutesToFirstOnSite").asLong()).isEqualTo(45);
        assertThat(solved.get("timings").get("daysToPlan").decimalValue()).isEqualByComparingTo("3.0");
        assertThat(solved.get("timings").get("daysToResolution").decimalValue()).isEqualByComparingTo("15.0");

        JsonNode march = scenario.report("from=2026-03-01&to=2026-03-31").get("current");
        assertThat(march.get("raised").asLong()).isEqualTo(1);
        assertThat(march.get("averageMinutesToFirstOnSite").decimalValue()).isLessThanOrEqualTo(new BigDecimal("60"))
                                                                            .isEqualByComparingTo("45.0");
        assertThat(march.get("averageDaysToPlan").decimalValue()).isEqualByComparingTo("3.0");
        assertThat(march.get("resolved").asLong()).isEqualTo(1);
        assertThat(march.get("averageDaysToResolution").decimalValue()).isEqualByComparingTo("15.0");
        assertThat(march.get("crossDepartmentShare").decimalValue()).isEqualByComparingTo("1");
        assertThat(march.get("satisfactionRate").decimalValue()).isEqualByComparingTo("1");
    }

    @Test
    void aHistoryWhoseAverageFallsFromTwelveDaysToFourAndAHalf() {
        String sewage = scenario.matter("污水管网维修", scenario.city, List.of(scenario.housing), "做好居民工作",
                                        "2025-01-01");
        String manholes = scenario.matter("井盖维护", scenario.city, List.of(), "日常巡查和信息上报", "2025-01-01");
        OffsetDateTime autumn = OffsetDateTime.parse("2025-09-01T09:00+08:00");
        String slow = scenario.solved(manholes, autumn, 10, false);
        scenario.solved(manholes, autumn.plusDays(20), 14, false);
        scenario.solved(sewage, autumn.plusDays(40), 12, true);
        for (int i = 0; i < 9; i++) {
            scenario.complain(slow, scenario.housing, autumn.plusDays(1 + i));
        }
        OffsetDateTime spring = OffsetDateTime.parse("2026-02-02T09:00+08:00");
        String fast = scenario.solved(sewage, spring, 4, true);
        scenario.solved(sewage, spring.plusDays(20), 4.5, true);
        scenario.solved(manholes, spring.plusDays(40), 5, false);
        scenario.complain(fast, scenario.housing, spring.plusDays(1));

        JsonNode report = scenario.report("from=2026-01-01&to=2026-06-30&previousFrom=2025-07-01"
                                          + "&previousTo=2025-12-31");
        JsonNode before = report.get("previous");
        JsonNode after = report.get("current");
        assertThat(before.get("resolved").asLong()).isEqualTo(3);
        assertThat(before.get("averageDaysToResolution").decimalValue()).isEqualByComparingTo("12.0");
        assertThat(before.get("medianDaysToResolution").decimalValue()).isEqualByComparingTo("12.0");
        assertThat(before.get("crossDepartmentShare").decimalValue()).isEqualByComparingTo("0.3333");
        assertThat(before.get("complaints").asLong()).isEqualTo(9);
        assertThat(after.get("resolved").asLong()).isEqualTo(3);
        assertThat(after.get("averageDaysToResolution").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(after.get("medianDaysToResolution").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(after.get("crossDepartmentShare").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(after.get("averageMinutesToFirstOnSite").decimalValue()).isEqualByComparingTo("30.0");
        assertThat(after.get("complaints").asLong()).isEqualTo(1);
        assertThat(after.get("complaintsByDepartment").get(0).get("departmentCode").asString())
                .isEqualTo(scenario.housing);
        assertThat(report.get("change").get("averageDaysToResolution").decimalValue()).isEqualByComparingTo("-0.625");
        assertThat(report.get("change").get("complaints").decimalValue()).isEqualByComparingTo("-0.8889");
    }

    @Test
    void theDefaultEarlierPeriodIsTheSameNumberOfDaysJustBefore() {
        JsonNode report = scenario.report("from=2026-03-01&to=2026-03-31");
        assertThat(report.get("previous").get("from").asString()).isEqualTo("2026-01-29");
        assertThat(report.get("previous").get("to").asString()).isEqualTo("2026-02-28");
        assertThat(report.get("current").get("raised").asLong()).isZero();
        assertThat(report.get("current").get("averageDaysToResolution").isNull()).isTrue();
    }

    @Test
    void aMalformedPeriodIsABadRequest() {
        String path = "/api/reports/responsibilities";
        assertProblem(http.get(scenario.streetStaff, path + "?from=2026-03-31&to=2026-03-01"), 400);
        assertProblem(http.get(scenario.streetStaff, path + "?to=2026-03-01"), 400);
        assertProblem(http.get(scenario.streetStaff, path + "?from=March&to=2026-03-01"), 400);
        assertProblem(http.get(scenario.streetStaff, path + "?from=2026-03-01&to=2026-03-31&previousFrom=2026-01-01"),
                      400);
    }
}
