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
import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** 401 without credentials, 403 for what a role or unit does not allow; either way nothing is written. */
class SecurityHttpTest extends HttpTestBase {
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-06-01T09:00:00+08:00");

    @Test
    void requestsWithoutValidCredentialsAre401() {
        String unit = directory.unit("STREET");
        List<String> cadres = directory.cadres(unit, 1);
        long before = storedEvents();
        assertProblem(http.post(null, "/api/meetings", meeting(unit, "会议", START, cadres)), 401);
        assertProblem(http.post(new Http.Credentials("admin", "wrong"), "/api/units",
                                Map.of("code", unique("u"), "name", "x", "kind", "STREET")), 401);
        assertProblem(http.get(null, "/api/quotas/meetings"), 401);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void staffMayNotActForAnotherUnit() {
        String mine = directory.unit("STREET");
        String theirs = directory.unit("STREET");
        List<String> cadres = directory.cadres(theirs, 2);
        Http.Credentials staff = directory.user(mine, "STAFF");
        Http.Credentials theirStaff = directory.user(theirs, "STAFF");
        long before = storedEvents();

        assertProblem(http.post(staff, "/api/meetings", meeting(theirs, "越权会议", START, cadres)), 403);
        assertProblem(http.post(staff, "/api/meeting-plans", plan(theirs, 2026, 5)), 403);
        assertThat(storedEvents()).isEqualTo(before);

        Http.Response theirMeeting = http.post(theirStaff, "/api/meetings", meeting(theirs, "会议", START, cadres));
        assertThat(theirMeeting.status()).isEqualTo(201);
        long afterTheirs = storedEvents();
        String id = theirMeeting.body().get("id").asString();
        assertProblem(http.post(staff, "/api/meetings/" + id + "/cancellation", Map.of("reason", "x")), 403);
        assertThat(storedEvents()).isEqualTo(afterTheirs);
    }

    @Test
    void onlyAdminKeepsTheDirectoryAndUsers() {
        String unit = directory.unit("STREET");
        Http.Credentials staff = directory.user(unit, "STAFF");
        Http.Credentials auditor = directory.user(unit, "AUDITOR");
        long before = storedEvents();
        assertProblem(http.post(staff, "/api/units", Map.of("code", unique("u"), "name", "x", "kind", "STREET")), 403);
        assertProblem(http.post(auditor, "/api/cadres", Map.of("id", unique("c"), "name", "x", "unitCode", unit)),
                      403);
        assertProblem(http.post(staff, "/api/users", Map.of("username", unique("x"), "password", "password-1",
                                                            "unitCode", unit, "roles", List.of("ADMIN"))), 403);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void auditIsForAuditorsAndDisciplineOnly() {
        String unit = directory.unit("OFFICE");
        assertProblem(http.get(directory.user(unit, "STAFF"), "/api/audit/events"), 403);
        assertProblem(http.get(Directory.ADMIN, "/api/audit/events"), 403);
        assertThat(http.get(directory.user(unit, "AUDITOR"), "/api/audit/events?limit=1").status()).isEqualTo(200);
        assertThat(http.get(directory.user(unit, "DISCIPLINE"), "/api/audit/events?limit=1").status())
                .isEqualTo(200);
    }

    @Test
    void healthAndApiDocsAreOpen() {
        assertThat(http.get(null, "/actuator/health").body().get("status").asString()).isEqualTo("UP");
        Http.Response docs = http.get(null, "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/meetings")).isTrue();
        assertThat(http.get(null, "/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
