package io.jianfu.app.report;

import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.jianfu.app.support.Meetings.meeting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article's year-on-year figures, rebuilt from a history made for them: meetings −25 %, top-leader attendances
 * −15 %, average length −30 %, printed pages −80 %.
 */
class MeetingYearReportHttpTest extends HttpTestBase {
    private String street;
    private Http.Credentials staff;

    @Test
    void theYearlyReportReproducesTheArticlesFigures() {
        street = directory.unit("STREET");
        List<String> own = directory.cadres(street, 3);
        String community = directory.unit("COMMUNITY");
        List<String> secretary = directory.cadres(community, 1);
        staff = directory.user(street, "STAFF");

        OffsetDateTime lastYear = OffsetDateTime.parse("2025-01-06T09:00:00+08:00");
        for (int i = 0; i < 20; i++) {
            hold(lastYear.plusDays(10L * i), 100, own, i < 5 ? 20 : 0);
        }
        OffsetDateTime thisYear = OffsetDateTime.parse("2026-01-05T09:00:00+08:00");
        for (int i = 0; i < 15; i++) {
            List<String> people = new ArrayList<>(own);
            if (i < 2) {
                people.add(secretary.get(0));
            }
            hold(thisYear.plusDays(10L * i), 70, people, i < 2 ? 10 : 0);
        }

        JsonNode report = http.get(staff, "/api/reports/meetings?year=2026&unit=" + street).body();
        JsonNode current = report.get("current");
        JsonNode previous = report.get("previous");
        assertThat(previous.get("meetingsHeld").asLong()).isEqualTo(20);
        assertThat(current.get("meetingsHeld").asLong()).isEqualTo(15);
        assertThat(previous.get("averageMinutes").decimalValue()).isEqualByComparingTo("100");
        assertThat(current.get("averageMinutes").decimalValue()).isEqualByComparingTo("70");
        assertThat(current.get("totalMinutes").asLong()).isEqualTo(15 * 70);
        assertThat(previous.get("topLeaderAttendances").asLong()).isEqualTo(20);
        assertThat(current.get("topLeaderAttendances").asLong()).isEqualTo(17);
        assertThat(previous.get("printedPages").asLong()).isEqualTo(1000);
        assertThat(current.get("printedPages").asLong()).isEqualTo(200);
        assertThat(current.get("mergesMade").asLong()).isZero();

        JsonNode change = report.get("change");
        assertThat(change.get("meetingsHeld").decimalValue()).isEqualByComparingTo(new BigDecimal("-0.25"));
        assertThat(change.get("topLeaderAttendances").decimalValue()).isEqualByComparingTo(new BigDecimal("-0.15"));
        assertThat(change.get("averageMinutes").decimalValue()).isEqualByComparingTo(new BigDecimal("-0.30"));
        assertThat(change.get("printedPages").decimalValue()).isEqualByComparingTo(new BigDecimal("-0.80"));
    }

    /** Schedules, prints (pages × 10 copies, after the notice) and records as held a meeting of the given length. */
    private void hold(OffsetDateTime start, int minutes, List<String> attendees, int printedPages) {
        Map<String, Object> body = meeting(street, "街道工作例会", start, attendees);
        body.put("end", start.plusMinutes(minutes).toString());
        Http.Response created = http.post(staff, "/api/meetings", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.body().get("id").asString();
        if (printedPages > 0) {
            assertThat(http.post(staff, "/api/meetings/" + id + "/notice", Map.of("message", "请准时参会")).status())
                    .isEqualTo(201);
            Http.Response printed = http.post(staff, "/api/meetings/" + id + "/printed-materials",
                                              Map.of("pages", printedPages, "copies", 10));
            assertThat(printed.status()).as(printed.body().toString()).isEqualTo(204);
        }
        Http.Response held = http.post(staff, "/api/meetings/" + id + "/held",
                                       Map.of("actualStart", start.toString(),
                                              "actualEnd", start.plusMinutes(minutes).toString(),
                                              "attendedIds", attendees));
        assertThat(held.status()).as(held.body().toString()).isEqualTo(204);
    }
}
