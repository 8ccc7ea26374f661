package io.jianfu.app.web;

import io.jianfu.app.support.Directory;
import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.jianfu.app.support.Meetings.meeting;
import static io.jianfu.app.support.Meetings.plan;
import static org.assertj.core.api.Assertions.assertThat;

/** Sending the same create twice creates one thing; reusing an id for something else is a 409. */
class IdempotencyHttpTest extends HttpTestBase {
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-07-01T09:00:00+08:00");

    @Test
    void sameIdempotencyKeyCreatesOneMeeting() {
        String unit = directory.unit("STREET");
        List<String> cadres = directory.cadres(unit, 2);
        Http.Credentials staff = directory.user(unit, "STAFF");
        Map<String, String> key = Map.of("Idempotency-Key", unique("key"));
        var body = meeting(unit, "防汛调度会", START, cadres);

        Http.Response first = http.post(staff, "/api/meetings", body, key);
        long after = storedEvents();
        Http.Response second = http.post(staff, "/api/meetings", body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().get("id")).isEqualTo(first.body().get("id"));
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(storedEvents()).isEqualTo(after);

        var changed = meeting(unit, "另一个会议", START, cadres);
        assertThat(http.post(staff, "/api/meetings", changed, key).status()).isEqualTo(409);
        Http.Response other = http.post(staff, "/api/meetings", body, Map.of("Idempotency-Key", unique("key")));
        assertThat(other.status()).isEqualTo(201);
        assertThat(other.body().get("id")).isNotEqualTo(first.body().get("id"));
    }

    @Test
    void clientChosenIdsAreIdempotentToo() {
        String unit = directory.unit("TOWN");
        List<String> cadres = directory.cadres(unit, 1);
        Http.Credentials staff = directory.user(unit, "STAFF");
        var body = meeting(unit, "安全生产会", START, cadres);
        String id = unique("m-");
        body.put("id", id);
        assertThat(http.post(staff, "/api/meetings", body).status()).isEqualTo(201);
        long after = storedEvents();
        Http.Response again = http.post(staff, "/api/meetings", body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("id").asString()).isEqualTo(id);
        assertThat(storedEvents()).isEqualTo(after);
        body.put("title", "换个标题");
        assertThat(http.post(staff, "/api/meetings", body).status()).isEqualTo(409);
        assertThat(storedEvents()).isEqualTo(after);
    }

    @Test
    void directoryPlansAndUsersAreIdempotent() {
        String code = unique("u");
        Map<String, Object> unit = Map.of("code", code, "name", "天生街道", "kind", "STREET");
        assertThat(http.post(Directory.ADMIN, "/api/units", unit).status()).isEqualTo(201);
        assertThat(http.post(Directory.ADMIN, "/api/units", unit).status()).isEqualTo(200);
        assertThat(http.post(Directory.ADMIN, "/api/units",
                             Map.of("code", code, "name", "朝阳街道", "kind", "STREET")).status()).isEqualTo(409);

        Http.Credentials staff = directory.user(code, "STAFF");
        assertThat(http.post(staff, "/api/meeting-plans", plan(code, 2026, 12)).status()).isEqualTo(201);
        assertThat(http.post(staff, "/api/meeting-plans", plan(code, 2026, 12)).status()).isEqualTo(200);
        Http.Response otherCount = http.post(staff, "/api/meeting-plans", plan(code, 2026, 13));
        assertThat(otherCount.status()).isEqualTo(409);
        assertThat(otherCount.body().get("detail").asString()).contains("amend");

        Map<String, Object> user = Map.of("username", unique("dup"), "password", "password-123",
                                          "unitCode", code, "roles", List.of("STAFF"));
        assertThat(http.post(Directory.ADMIN, "/api/users", user).status()).isEqualTo(201);
        assertThat(http.post(Directory.ADMIN, "/api/users", user).status()).isEqualTo(200);
    }
}
