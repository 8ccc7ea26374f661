package io.jianfu.app.audit;

import io.jianfu.app.support.Directory;
import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.jianfu.app.support.Meetings.meeting;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit history is read from the event store itself and names who caused every event. */
class AuditHttpTest extends HttpTestBase {

    @Test
    void everyEventNamesItsActorUnitRolesAndRequest() {
        String unit = directory.unit("STREET");
        List<String> cadres = directory.cadres(unit, 2);
        Http.Credentials staff = directory.user(unit, "STAFF");
        Http.Credentials auditor = directory.user(unit, "AUDITOR");
        Http.Response created = http.post(staff, "/api/meetings",
                                          meeting(unit, "党员教育培训会", OffsetDateTime.parse("2026-03-04T09:00:00+08:00"),
                                                  cadres),
                                          Map.of("Idempotency-Key", "audit-key", "X-Request-Id", "req-audit-1"));
        String meetingId = created.body().get("id").asString();
        http.post(staff, "/api/meetings/" + meetingId + "/cancellation", Map.of("reason", "合并召开"));

        JsonNode history = http.get(auditor, "/api/audit/aggregates/" + meetingId + "/events").body();
        assertThat(history).hasSize(2);
        JsonNode scheduled = history.get(0);
        assertThat(scheduled.get("type").asString()).isEqualTo("MeetingScheduled");
        assertThat(scheduled.get("aggregateType").asString()).isEqualTo("Meeting");
        assertThat(scheduled.get("actor").asString()).isEqualTo(staff.username());
        assertThat(scheduled.get("metadata").get("unit").asString()).isEqualTo(unit);
        assertThat(scheduled.get("metadata").get("roles").get(0).asString()).isEqualTo("STAFF");
        assertThat(scheduled.get("metadata").get("requestId").asString()).isEqualTo("req-audit-1");
        assertThat(scheduled.get("metadata").get("idempotencyKey").asString()).isEqualTo("audit-key");
        assertThat(scheduled.get("payload").get("title").asString()).isEqualTo("党员教育培训会");
        assertThat(history.get(1).get("type").asString()).isEqualTo("MeetingCancelled");
        assertThat(history.get(1).get("sequence").asLong()).isEqualTo(1);

        JsonNode units = http.get(auditor, "/api/audit/events?aggregateId=" + unit).body().get("events");
        assertThat(units).hasSize(1);
        assertThat(units.get(0).get("actor").asString()).isEqualTo("admin");

        JsonNode byActor = http.get(auditor, "/api/audit/events?actor=" + staff.username()).body().get("events");
        assertThat(byActor).extracting(e -> e.get("type").asString())
                           .containsExactly("MeetingScheduled", "MeetingCancelled");
        JsonNode byType = http.get(auditor, "/api/audit/events?aggregateType=Meeting&eventType=MeetingCancelled"
                + "&actor=" + staff.username()).body().get("events");
        assertThat(byType).hasSize(1);
        assertThat(http.get(auditor, "/api/audit/aggregates/no-such-aggregate/events").status()).isEqualTo(404);
    }

    @Test
    void cursorPagingWalksTheHistoryInGlobalOrderWithoutGapsOrRepeats() {
        String unit = directory.unit("TOWN");
        directory.cadres(unit, 5);
        Http.Credentials auditor = directory.user(unit, "DISCIPLINE");
        String path = "/api/audit/events?limit=2&aggregateType=Cadre&actor=admin&from=2020-01-01";
        List<Long> positions = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = http.get(auditor, path + (cursor == null ? "" : "&after=" + cursor)).body();
            page.get("events").forEach(e -> {
                positions.add(e.get("position").asLong());
                ids.add(e.get("aggregateId").asString());
            });
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);
        assertThat(positions).isSorted().doesNotHaveDuplicates();
        assertThat(ids).contains("c-" + unit + "-1", "c-" + unit + "-5");

        JsonNode future = http.get(auditor, "/api/audit/events?from=2100-01-01").body();
        assertThat(future.get("events")).isEmpty();
        assertThat(future.get("next").isNull()).isTrue();
        assertThat(http.get(Directory.ADMIN, "/api/audit/events").status()).isEqualTo(403);
    }
}
