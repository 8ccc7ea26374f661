package io.jianfu.app;

import io.jianfu.app.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.jianfu.app.support.Meetings.meeting;
import static io.jianfu.app.support.Meetings.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded default keeps everything across a restart: events, views and users live in ./data. This test always
 * uses the embedded database (it is what it tests), in a data directory of its own.
 */
class RestartTest {
    private static final Http.Credentials ADMIN = new Http.Credentials("admin", "restart-admin-password");

    @TempDir
    Path dataDir;

    @Test
    void eventsViewsAndUsersSurviveARestart() {
        String meetingId;
        long events;
        Http.Credentials staff = new Http.Credentials("restart-staff", "restart-staff-password");
        try (ConfigurableApplicationContext first = start()) {
            Http http = http(first);
            assertThat(http.post(ADMIN, "/api/units", Map.of("code", "500109001", "name", "天生街道",
                                                            "kind", "STREET")).status()).isEqualTo(201);
            assertThat(http.post(ADMIN, "/api/cadres", Map.of("id", "c-1", "name", "张三", "unitCode", "500109001"))
                           .status()).isEqualTo(201);
            assertThat(http.post(ADMIN, "/api/users", Map.of("username", staff.username(), "password",
                                                            staff.password(), "unitCode", "500109001",
                                                            "roles", List.of("STAFF"))).status()).isEqualTo(201);
            assertThat(http.post(staff, "/api/meeting-plans", plan("500109001", 2026, 10)).status()).isEqualTo(201);
            meetingId = http.post(staff, "/api/meetings", meeting("500109001", "党员教育培训会",
                    OffsetDateTime.parse("2026-03-04T09:00:00+08:00"), List.of("c-1"))).body().get("id").asString();
            await().atMost(Duration.ofSeconds(15))
                   .until(() -> http.get(staff, "/api/meetings/" + meetingId).status() == 200);
            events = eventCount(first);
        }

        try (ConfigurableApplicationContext second = start()) {
            Http http = http(second);
            assertThat(eventCount(second)).isEqualTo(events);
            JsonNode meeting = http.get(staff, "/api/meetings/" + meetingId).body();
            assertThat(meeting.get("title").asString()).isEqualTo("党员教育培训会");
            JsonNode quota = http.get(staff, "/api/quotas/meetings?year=2026&unit=500109001").body().get(0);
            assertThat(quota.get("counted").asInt()).isEqualTo(1);
            assertThat(quota.get("colour").asString()).isEqualTo("GREEN");
            assertThat(http.post(staff, "/api/meetings/" + meetingId + "/cancellation", Map.of("reason", "改期"))
                           .status()).isEqualTo(204);
            assertThat(eventCount(second)).isEqualTo(events + 1);
        }
    }

    private ConfigurableApplicationContext start() {
        return SpringApplication.run(JianfuApplication.class,
                                     "--server.port=0",
                                     "--jianfu.db.url=",
                                     "--jianfu.demo=false",
                                     "--jianfu.admin-password=" + ADMIN.password(),
                                     "--jianfu.data-dir=" + dataDir);
    }

    private static Http http(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Http("http://localhost:" + port, context.getBean(JsonMapper.class));
    }

    private static long eventCount(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("SELECT count(*) FROM domain_event_entry")
                      .query(Long.class).single();
    }
}
