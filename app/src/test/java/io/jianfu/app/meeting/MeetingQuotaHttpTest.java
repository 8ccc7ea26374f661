package io.jianfu.app.meeting;

import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.jianfu.app.support.Meetings.meeting;
import static io.jianfu.app.support.Meetings.plan;
import static org.assertj.core.api.Assertions.assertThat;

class MeetingQuotaHttpTest extends HttpTestBase {

    @Test
    void colourMovesAtEightyPercentAndPastOneHundredAndBackOnCancellation() {
        String unit = directory.unit("STREET");
        List<String> cadres = directory.cadres(unit, 3);
        Http.Credentials staff = directory.user(unit, "STAFF");
        assertThat(http.post(staff, "/api/meeting-plans", plan(unit, 2026, 10)).status()).isEqualTo(201);

        List<String> meetings = new ArrayList<>();
        OffsetDateTime first = OffsetDateTime.parse("2026-03-02T09:00:00+08:00");
        int[] checkpoints = {7, 8, 10, 11};
        String[] colours = {"GREEN", "YELLOW", "YELLOW", "RED"};
        for (int c = 0; c < checkpoints.length; c++) {
            while (meetings.size() < checkpoints[c]) {
                Http.Response created = http.post(staff, "/api/meetings",
                                                  meeting(unit, "例会" + meetings.size(),
                                                          first.plusDays(meetings.size()), cadres));
                assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
                meetings.add(created.body().get("id").asString());
            }
            long counted = checkpoints[c];
            JsonNode quota = quotaOnceCounted(staff, unit, counted);
            assertThat(quota.get("colour").asString()).as(counted + " of 10").isEqualTo(colours[c]);
            assertThat(quota.get("planned").asInt()).isEqualTo(10);
            assertThat(quota.get("usage").decimalValue()).isEqualByComparingTo(
                    java.math.BigDecimal.valueOf(counted, 1));
        }

        assertThat(http.post(staff, "/api/meetings/" + meetings.get(0) + "/cancellation",
                             Map.of("reason", "与其他会议合并")).status()).isEqualTo(204);
        JsonNode afterCancel = quotaOnceCounted(staff, unit, 10);
        assertThat(afterCancel.get("colour").asString()).isEqualTo("YELLOW");
        assertThat(afterCancel.get("scheduled").asInt()).isEqualTo(11);
        assertThat(afterCancel.get("cancelled").asInt()).isEqualTo(1);

        JsonNode red = http.get(staff, "/api/quotas/meetings?year=2026&colour=RED&unit=" + unit).body();
        assertThat(red).isEmpty();
        JsonNode yellow = http.get(staff, "/api/quotas/meetings?year=2026&colour=YELLOW&unitCode=" + unit).body();
        assertThat(yellow).hasSize(1);
    }

    @Test
    void unitWithMeetingsButNoPlanShowsNoPlanAndAnAmendedPlanChangesTheColour() {
        String unit = directory.unit("TOWN");
        List<String> cadres = directory.cadres(unit, 2);
        Http.Credentials staff = directory.user(unit, "STAFF");
        for (int i = 0; i < 3; i++) {
            assertThat(http.post(staff, "/api/meetings", meeting(unit, "调度会" + i,
                    OffsetDateTime.parse("2026-05-04T09:00:00+08:00").plusDays(i), cadres)).status()).isEqualTo(201);
        }
        JsonNode noPlan = quotaOnceCounted(staff, unit, 3);
        assertThat(noPlan.get("colour").asString()).isEqualTo("NO_PLAN");
        assertThat(noPlan.get("planned").isNull()).isTrue();
        assertThat(noPlan.get("usage").isNull()).isTrue();

        assertThat(http.post(staff, "/api/meeting-plans", plan(unit, 2026, 2)).status()).isEqualTo(201);
        assertThat(eventually(() -> quota(staff, unit), q -> q != null && !q.get("planned").isNull())
                           .get("colour").asString()).isEqualTo("RED");

        Http.Response amended = http.post(staff, "/api/meeting-plans/" + unit + "/2026/amendments",
                                          Map.of("plannedCount", 3, "reason", "新增防汛调度任务"));
        assertThat(amended.status()).as(amended.body().toString()).isEqualTo(204);
        assertThat(eventually(() -> quota(staff, unit), q -> q.get("planned").asInt() == 3)
                           .get("colour").asString()).isEqualTo("YELLOW");
    }

    @Test
    void aMeetingCountsInTheYearItStartsInTheDistrictsTimeZone() {
        String unit = directory.unit("STREET");
        List<String> cadres = directory.cadres(unit, 1);
        Http.Credentials staff = directory.user(unit, "STAFF");
        // 2026-12-31T17:00Z is already 2027-01-01 01:00 in Chongqing.
        assertThat(http.post(staff, "/api/meetings", meeting(unit, "新年第一会",
                OffsetDateTime.parse("2026-12-31T17:00:00Z"), cadres)).status()).isEqualTo(201);
        JsonNode quotas = eventually(() -> http.get(staff, "/api/quotas/meetings?unit=" + unit).body(),
                                     body -> body.size() == 1);
        assertThat(quotas.get(0).get("year").asInt()).isEqualTo(2027);
    }

    private JsonNode quotaOnceCounted(Http.Credentials who, String unit, long counted) {
        return eventually(() -> quota(who, unit), q -> q != null && q.get("counted").asLong() == counted);
    }

    private JsonNode quota(Http.Credentials who, String unit) {
        JsonNode body = http.get(who, "/api/quotas/meetings?year=2026&unit=" + unit).body();
        return body.isEmpty() ? null : body.get(0);
    }
}
