package io.jianfu.app.overlap;

import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import io.jianfu.app.support.Replays;
import io.jianfu.query.overlap.OverlapProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.jianfu.app.support.Meetings.meeting;
import static org.assertj.core.api.Assertions.assertThat;

/** Replaying the overlap processor from the start rebuilds an identical overlap view, row for row, in order. */
class OverlapReplayTest extends HttpTestBase {
    private static final String WARNINGS = "SELECT meeting_id, other_meeting_id, detected_order, organizer_unit_code, "
            + "other_organizer_unit_code, day, score, reason, evidence, status, status_reason FROM overlap_warning "
            + "ORDER BY detected_order";
    private static final String MEETINGS = "SELECT * FROM overlap_meeting ORDER BY meeting_id";
    private static final String ATTENDEES = "SELECT * FROM overlap_attendee ORDER BY meeting_id, cadre_id";

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore store;
    @Autowired
    TokenStore tokenStore;

    @Test
    void replayRebuildsTheSameWarningsInTheSameOrder() {
        String street = directory.unit("STREET");
        List<String> people = directory.cadres(street, 8);
        Http.Credentials staff = directory.user(street, "STAFF");
        OffsetDateTime day = OffsetDateTime.parse("2026-10-13T09:00:00+08:00");
        String a = id(http.post(staff, "/api/meetings", meeting(street, "党建工作推进会", day, people)));
        String b = id(http.post(staff, "/api/meetings", meeting(street, "主题党日活动部署会", day.plusHours(5), people)));
        String c = id(http.post(staff, "/api/meetings", meeting(street, "党组织书记例会", day.plusDays(1), people)));
        http.post(staff, "/api/meetings/" + c + "/overlap-dismissals", Map.of("otherMeetingId", a, "reason", "不同主题"));
        http.post(staff, "/api/meetings/merges", Map.of("sourceMeetingIds", List.of(a, b)));
        assertThat(jdbc.sql("SELECT count(*) FROM overlap_warning WHERE organizer_unit_code = ?").param(street)
                       .query(Long.class).single()).isGreaterThanOrEqualTo(3);

        List<Map<String, Object>> warnings = jdbc.sql(WARNINGS).query().listOfRows();
        List<Map<String, Object>> meetings = jdbc.sql(MEETINGS).query().listOfRows();
        List<Map<String, Object>> attendees = jdbc.sql(ATTENDEES).query().listOfRows();

        Replays.rebuild(processing, store, tokenStore, OverlapProjection.GROUP);

        assertThat(jdbc.sql(WARNINGS).query().listOfRows()).isEqualTo(warnings);
        assertThat(jdbc.sql(MEETINGS).query().listOfRows()).isEqualTo(meetings);
        assertThat(jdbc.sql(ATTENDEES).query().listOfRows()).isEqualTo(attendees);
    }

    private static String id(Http.Response created) {
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().get("id").asString();
    }
}
