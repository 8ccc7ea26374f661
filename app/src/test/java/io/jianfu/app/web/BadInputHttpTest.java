package io.jianfu.app.web;

import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.jianfu.app.support.Meetings.meeting;
import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a clear 4xx problem document and leaves the event store as it was. */
class BadInputHttpTest extends HttpTestBase {
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-04-01T09:00:00+08:00");

    private String unit;
    private List<String> cadres;
    private Http.Credentials staff;

    @BeforeEach
    void directory() {
        unit = directory.unit("STREET");
        cadres = directory.cadres(unit, 2);
        staff = directory.user(unit, "STAFF");
    }

    @Test
    void missingFieldsAreNamed() {
        Http.Response response = refused(Map.of("organizerUnitCode", unit), 400);
        assertThat(response.body().get("errors").propertyNames())
                .contains("title", "kind", "start", "end", "venue", "attendeeIds");
    }

    @Test
    void endBeforeStartIsRefused() {
        Map<String, Object> body = meeting(unit, "倒序会议", START, cadres);
        body.put("end", START.minusHours(1).toString());
        Http.Response response = refused(body, 400);
        assertThat(response.body().get("errors").get("end").asString()).contains("after start");
    }

    @Test
    void unknownUnitsAreRefused() {
        long before = storedEvents();
        var admin = io.jianfu.app.support.Directory.ADMIN;
        Http.Response cadre = http.post(admin, "/api/cadres", Map.of("id", unique("c"), "name", "李四",
                                                                     "unitCode", "no-such-unit"));
        assertProblem(cadre, 422);
        assertThat(cadre.body().get("detail").asString()).contains("no-such-unit");
        assertProblem(http.post(admin, "/api/units", Map.of("code", unique("u"), "name", "某社区",
                                                            "kind", "COMMUNITY", "parentCode", "no-such-unit")), 422);
        assertProblem(http.post(admin, "/api/users", Map.of("username", unique("ghost"), "password", "password-1234",
                                                            "unitCode", "no-such-unit", "roles", List.of("STAFF"))),
                      422);
        // For STAFF an unknown organiser is simply another unit than their own.
        assertProblem(http.post(staff, "/api/meetings", meeting("no-such-unit", "会议", START, cadres)), 403);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void unknownCadresAreNamed() {
        Http.Response response = refused(meeting(unit, "会议", START, List.of(cadres.get(0), "c-nobody")), 422);
        assertThat(response.body().get("detail").asString()).contains("c-nobody");
    }

    @Test
    void malformedJsonIsRefused() {
        refusedRaw("{\"organizerUnitCode\": \"" + unit + "\", \"title\": ", 400);
    }

    @Test
    void wrongTypesNameTheField() {
        Map<String, Object> body = meeting(unit, "会议", START, cadres);
        body.put("start", "next wednesday");
        Http.Response response = refused(body, 400);
        assertThat(response.body().get("detail").asString()).contains("start");

        Map<String, Object> badKind = meeting(unit, "会议", START, cadres);
        badKind.put("kind", "PARTY_TIME");
        assertThat(refused(badKind, 400).body().get("detail").asString()).contains("kind");

        Map<String, Object> badList = meeting(unit, "会议", START, cadres);
        badList.put("attendeeIds", "c-1");
        refused(badList, 400);
    }

    @Test
    void tenMegabyteBodyIsRefusedWith413() {
        long before = storedEvents();
        byte[] body = new byte[10 * 1024 * 1024];
        Arrays.fill(body, (byte) 'a');
        Http.Response response = http.postBytes(staff, "/api/meetings", "application/json", body);
        assertProblem(response, 413);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void unknownMeetingIs404AndUnknownRouteIs404() {
        long before = storedEvents();
        assertProblem(http.post(staff, "/api/meetings/no-such-meeting/cancellation", Map.of("reason", "x")), 404);
        assertProblem(http.get(staff, "/api/meetings/no-such-meeting"), 404);
        assertProblem(http.get(staff, "/api/no-such-thing"), 404);
        // A unit code is no meeting id.
        assertProblem(http.post(staff, "/api/meetings/" + unit + "/cancellation", Map.of("reason", "x")), 404);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void badQueryParametersAre400() {
        assertProblem(http.get(staff, "/api/quotas/meetings?year=twenty"), 400);
        assertProblem(http.get(staff, "/api/quotas/meetings?colour=PURPLE"), 400);
        assertProblem(http.get(staff, "/api/meetings?from=yesterday"), 400);
        assertProblem(http.get(staff, "/api/meetings?limit=0"), 400);
    }

    @Test
    void cancellingTwiceIsARuleViolationAndChangesNothing() {
        Http.Response created = http.post(staff, "/api/meetings", meeting(unit, "会议", START, cadres));
        String id = created.body().get("id").asString();
        assertThat(http.post(staff, "/api/meetings/" + id + "/cancellation", Map.of("reason", "取消")).status())
                .isEqualTo(204);
        long before = storedEvents();
        Http.Response again = http.post(staff, "/api/meetings/" + id + "/cancellation", Map.of("reason", "再取消"));
        assertProblem(again, 422);
        assertProblem(http.post(staff, "/api/meetings/" + id + "/cancellation", Map.of()), 400);
        assertThat(storedEvents()).isEqualTo(before);
    }

    private Http.Response refused(Object body, int status) {
        long before = storedEvents();
        Http.Response response = http.post(staff, "/api/meetings", body);
        assertProblem(response, status);
        assertThat(storedEvents()).isEqualTo(before);
        return response;
    }

    private void refusedRaw(String body, int status) {
        long before = storedEvents();
        Http.Response response = http.postBytes(staff, "/api/meetings", "application/json",
                                                body.getBytes(StandardCharsets.UTF_8));
        assertProblem(response, status);
        assertThat(storedEvents()).isEqualTo(before);
    }
}
