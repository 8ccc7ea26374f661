package io.jianfu.app.meeting;

import io.jianfu.app.JianfuApplication;
import io.jianfu.app.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.jianfu.app.meeting.TaskScenario.assignment;
import static io.jianfu.app.meeting.TaskScenario.inSeconds;
import static io.jianfu.app.support.Meetings.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reminder survives a restart: its deadline is a row in PostgreSQL, and one that came due while the application was
 * down fires right after the next start. Always on the embedded database, in a data directory of its own.
 */
class MeetingTaskRestartTest {
    private static final Http.Credentials ADMIN = new Http.Credentials("admin", "task-restart-admin-password");
    private static final Duration REMIND_AFTER = Duration.ofSeconds(15);
    private static final String REMINDED = "io.jianfu.events.meeting.TaskSignatureReminderSent";

    @TempDir
    Path dataDir;

    @Test
    void aReminderDueWhileTheApplicationWasDownFiresAfterTheNextStart() throws Exception {
        Http.Credentials organiser = new Http.Credentials("task-organiser", "task-organiser-password");
        String taskId;
        Instant assignedAt;
        try (ConfigurableApplicationContext first = start()) {
            Http http = http(first);
            assertThat(http.post(ADMIN, "/api/units", Map.of("code", "500109D01", "name", "区应急管理局",
                                                            "kind", "DEPARTMENT")).status()).isEqualTo(201);
            assertThat(http.post(ADMIN, "/api/units", Map.of("code", "500109001", "name", "天生街道",
                                                            "kind", "STREET")).status()).isEqualTo(201);
            assertThat(http.post(ADMIN, "/api/cadres", Map.of("id", "c-1", "name", "张三", "unitCode", "500109D01"))
                           .status()).isEqualTo(201);
            assertThat(http.post(ADMIN, "/api/users", Map.of("username", organiser.username(), "password",
                                                            organiser.password(), "unitCode", "500109D01",
                                                            "roles", List.of("STAFF"))).status()).isEqualTo(201);
            String meetingId = http.post(organiser, "/api/meetings", meeting("500109D01", "防汛工作部署会",
                    OffsetDateTime.parse("2026-06-01T09:00:00+08:00"), List.of("c-1"))).body().get("id").asString();
            Http.Response assigned = http.post(organiser, "/api/meetings/" + meetingId + "/tasks",
                                               assignment("500109001", "汛前隐患排查", inSeconds(3600)));
            assignedAt = Instant.now();
            assertThat(assigned.status()).as(assigned.body().toString()).isEqualTo(201);
            taskId = assigned.body().get("id").asString();
            // The signature reminder and the overdue deadline (one hour ahead is inside the default 3-day window).
            assertThat(jdbc(first).sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'AxonDeadline'")
                                  .query(Long.class).single()).isEqualTo(2);
            assertThat(reminders(first, taskId)).isZero();
        }
        assertThat(Instant.now()).as("stopped before the reminder came due")
                                 .isBefore(assignedAt.plus(REMIND_AFTER));
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), assignedAt.plus(REMIND_AFTER)).toMillis()) + 500);

        try (ConfigurableApplicationContext second = start()) {
            Http http = http(second);
            await().atMost(Duration.ofSeconds(20))
                   .until(() -> http.get(organiser, "/api/tasks/" + taskId).body().get("reminders").size() == 1);
            assertThat(http.get(organiser, "/api/tasks/" + taskId).body().get("reminders").get(0).get("kind")
                           .asString()).isEqualTo("SIGNATURE");
            assertThat(reminders(second, taskId)).isEqualTo(1);
            assertThat(jdbc(second).sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'AxonDeadline'")
                                   .query(Long.class).single()).isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        return SpringApplication.run(JianfuApplication.class,
                                     "--server.port=0",
                                     "--jianfu.db.url=",
                                     "--jianfu.demo=false",
                                     "--jianfu.admin-password=" + ADMIN.password(),
                                     "--jianfu.data-dir=" + dataDir,
                                     "--jianfu.tasks.signature-reminder-after=" + REMIND_AFTER.toSeconds() + "s",
                                     "--jianfu.deadlines.polling-interval=500ms");
    }

    private static long reminders(ConfigurableApplicationContext context, String taskId) {
        return jdbc(context).sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                                         + "AND payload_type = ?")
                            .param(taskId).param(REMINDED).query(Long.class).single();
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class);
    }

    private static Http http(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Http("http://localhost:" + port, context.getBean(JsonMapper.class));
    }
}
