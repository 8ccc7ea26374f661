package io.jianfu.app.audit;

import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.jianfu.app.support.Meetings.meeting;
import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replay for auditors over HTTP against PostgreSQL: an aggregate's state at past instants, a unit's history, the
 * NDJSON export resumed from a position, and a view rebuilt from scratch compared with the live one.
 */
class AuditReplayHttpTest extends HttpTestBase {
    @Autowired
    EventProcessingConfiguration processing;

    private String unit;
    private Http.Credentials staff;
    private Http.Credentials auditor;
    private List<String> cadres;

    @BeforeEach
    void setUp() {
        unit = directory.unit("STREET");
        cadres = directory.cadres(unit, 2);
        staff = directory.user(unit, "STAFF");
        auditor = directory.user(unit, "AUDITOR");
    }

    private String meetingOf(String title) {
        Http.Response created = http.post(staff, "/api/meetings",
                                          meeting(unit, title, OffsetDateTime.parse("2026-03-04T09:00:00+08:00"),
                                                  cadres));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    @Test
    void theStateAsOfAnInstantBeforeAndAfterAChangeDiffers() {
        String id = meetingOf("党员教育培训会");
        assertThat(http.post(staff, "/api/meetings/" + id + "/cancellation", Map.of("reason", "合并召开")).status())
                .isEqualTo(204);
        JsonNode events = http.get(auditor, "/api/audit/aggregates/" + id + "/events").body();
        String scheduledAt = events.get(0).get("timestamp").asString();
        String cancelledAt = events.get(1).get("timestamp").asString();
        assertThat(Instant.parse(cancelledAt)).isAfter(Instant.parse(scheduledAt));

        JsonNode before = http.get(auditor, "/api/audit/aggregates/" + id + "/state?asOf=" + scheduledAt).body();
        assertThat(before.get("version").asLong()).isZero();
        assertThat(before.get("events").asInt()).isEqualTo(1);
        assertThat(before.get("lastEvent").get("type").asString()).isEqualTo("MeetingScheduled");
        assertThat(before.get("state").get("title").asString()).isEqualTo("党员教育培训会");
        assertThat(before.get("state").has("reason")).isFalse();

        JsonNode after = http.get(auditor, "/api/audit/aggregates/" + id + "/state?asOf=" + cancelledAt).body();
        assertThat(after.get("version").asLong()).isEqualTo(1);
        assertThat(after.get("lastEvent").get("type").asString()).isEqualTo("MeetingCancelled");
        assertThat(after.get("eventCounts").get("MeetingCancelled").asInt()).isEqualTo(1);
        assertThat(after.get("state").get("reason").asString()).isEqualTo("合并召开");
        assertThat(after.get("state").get("title").asString()).isEqualTo("党员教育培训会");

        String justBefore = Instant.parse(scheduledAt).minusMillis(1).toString();
        assertProblem(http.get(auditor, "/api/audit/aggregates/" + id + "/state?asOf=" + justBefore), 404);
        assertProblem(http.get(auditor, "/api/audit/aggregates/no-such-thing/state"), 404);
        assertProblem(http.get(auditor, "/api/audit/aggregates/" + id + "/state?asOf=yesterday"), 400);
        assertProblem(http.get(staff, "/api/audit/aggregates/" + id + "/state"), 403);
    }

    @Test
    void aUnitsHistoryHoldsWhatNamesItOrWhatItsUsersDid() {
        String id = meetingOf("安全生产部署会");
        String neighbour = directory.unit("STREET");
        List<String> neighbourCadres = directory.cadres(neighbour, 1);
        Http.Credentials neighbourStaff = directory.user(neighbour, "STAFF");
        http.post(neighbourStaff, "/api/meetings",
                  meeting(neighbour, "邻街会议", OffsetDateTime.parse("2026-03-05T09:00:00+08:00"), neighbourCadres));

        JsonNode history = http.get(auditor, "/api/audit/units/" + unit + "/history?limit=1000").body().get("events");
        List<String> types = new ArrayList<>();
        history.forEach(event -> types.add(event.get("type").asString() + ":" + event.get("aggregateId").asString()));
        assertThat(types).contains("UnitRegistered:" + unit, "MeetingScheduled:" + id)
                         .noneMatch(type -> type.endsWith(":" + neighbour));
        JsonNode neighbours = http.get(auditor, "/api/audit/units/" + neighbour + "/history").body().get("events");
        assertThat(neighbours.findValuesAsString("aggregateId")).doesNotContain(id);
    }

    @Test
    void anExportResumedFromAPositionHasNoGapAndNoDuplicate() {
        for (int i = 0; i < 4; i++) {
            meetingOf("导出会议" + i);
        }
        String slice = "/api/audit/export?aggregateType=Meeting&actor=" + staff.username();
        List<JsonNode> lines = eventually(() -> lines(http.get(auditor, slice)), exported -> exported.size() == 4);
        assertThat(http.get(auditor, slice).contentType()).startsWith("application/x-ndjson");

        long cut = lines.get(1).get("position").asLong();
        List<JsonNode> resumed = lines(http.get(auditor, slice + "&after=" + cut));
        List<Long> joined = new ArrayList<>(positions(lines.subList(0, 2)));
        joined.addAll(positions(resumed));
        assertThat(joined).isEqualTo(positions(lines)).doesNotHaveDuplicates().isSorted();
        assertProblem(http.get(staff, "/api/audit/export"), 403);
    }

    @Test
    void theExportWaitsForAYoungGapInTheGlobalOrderToSettle() {
        String first = meetingOf("缺口之前");
        long before = jdbc.sql("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?")
                          .param(first).query(Long.class).single();
        long gap = jdbc.sql("SELECT nextval('domain_event_entry_global_index_seq')").query(Long.class).single();
        String second = meetingOf("缺口之后");
        String slice = "/api/audit/export?aggregateType=Meeting&actor=" + staff.username() + "&after=" + (before - 1);

        Http.Response held = http.get(auditor, slice);
        assertThat(Long.parseLong(held.header("X-Export-Until"))).isLessThan(gap);
        assertThat(lines(held).stream().map(line -> line.get("aggregateId").asString())).containsExactly(first);

        List<JsonNode> settled = eventually(() -> lines(http.get(auditor, slice)), exported -> exported.size() == 2);
        assertThat(settled.stream().map(line -> line.get("aggregateId").asString())).containsExactly(first, second);
    }

    @Test
    void aRebuiltViewIsComparedWithTheLiveOne() {
        meetingOf("重建视图会议");
        List<String> views = new ArrayList<>();
        http.get(auditor, "/api/audit/views").body().forEach(view -> views.add(view.asString()));
        List<String> streaming = processing.eventProcessors().entrySet().stream()
                                           .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                                           .map(Map.Entry::getKey).toList();
        assertThat(views).as("every view's processing group can be rebuilt")
                         .containsExactlyInAnyOrderElementsOf(streaming);

        Http.Response rebuilt = http.post(auditor, "/api/audit/views/meeting-views/rebuild", Map.of());
        assertThat(rebuilt.status()).as(rebuilt.body().toString()).isEqualTo(200);
        assertThat(rebuilt.body().get("identical").asBoolean()).as(rebuilt.body().toString()).isTrue();
        assertThat(rebuilt.body().get("liveDigest").get("meeting_view").asString()).doesNotStartWith("0:");
        assertThat(http.get(staff, "/api/meetings?unit=" + unit).body()).hasSize(1);

        assertProblem(http.post(auditor, "/api/audit/views/no-such-view/rebuild", Map.of()), 404);
        assertProblem(http.post(staff, "/api/audit/views/meeting-views/rebuild", Map.of()), 403);
    }

    @Test
    void aViewChangedBehindTheEventsBackIsShownAndRepaired() {
        String forged = unique("pl-forged-");
        jdbc.sql("""
                 INSERT INTO pledge_view (pledge_id, issuing_department_code, target_unit_code, year, filed_on,
                        clauses, status)
                 VALUES (?, 'D', 'S', 2026, DATE '2026-01-01', '[]', 'FILED')""").param(forged).update();

        Http.Response rebuilt = http.post(auditor, "/api/audit/views/pledge-views/rebuild", Map.of());
        assertThat(rebuilt.status()).as(rebuilt.body().toString()).isEqualTo(200);
        assertThat(rebuilt.body().get("identical").asBoolean()).isFalse();
        assertThat(rebuilt.body().get("liveDigest").get("pledge_view").asString())
                .isNotEqualTo(rebuilt.body().get("rebuiltDigest").get("pledge_view").asString());
        assertThat(jdbc.sql("SELECT count(*) FROM pledge_view WHERE pledge_id = ?").param(forged)
                       .query(Long.class).single()).isZero();
    }

    @Test
    void aViewAnotherNodeProcessesIsNotRebuiltHere() {
        String node = ManagementFactory.getRuntimeMXBean().getName();
        String group = "coordination-views";
        int segment = jdbc.sql("SELECT min(segment) FROM token_entry WHERE processor_name = ?").param(group)
                          .query(Integer.class).single();
        String owner = jdbc.sql("SELECT owner FROM token_entry WHERE processor_name = ? AND segment = ?")
                           .params(group, segment).query(String.class).optional().orElse(null);
        assertThat(owner).isIn(node, null);
        try {
            jdbc.sql("UPDATE token_entry SET owner = 'another-node@elsewhere' WHERE processor_name = ? AND segment = ?")
                .params(group, segment).update();
            assertProblem(http.post(auditor, "/api/audit/views/" + group + "/rebuild", Map.of()), 409);
        } finally {
            jdbc.sql("UPDATE token_entry SET owner = ? WHERE processor_name = ? AND segment = ?")
                .params(owner, group, segment).update();
        }
    }

    private static List<Long> positions(List<JsonNode> lines) {
        return lines.stream().map(line -> line.get("position").asLong()).toList();
    }

    private List<JsonNode> lines(Http.Response response) {
        String body = response.raw().body();
        return Arrays.stream(body.split("\n")).filter(line -> !line.isBlank()).map(json::readTree).toList();
    }
}
