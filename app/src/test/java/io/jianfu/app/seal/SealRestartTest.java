package io.jianfu.app.seal;

import io.jianfu.app.JianfuApplication;
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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The chain continues across a restart with the same generated key, and an old checkpoint still verifies. */
class SealRestartTest {
    private static final Http.Credentials ADMIN = new Http.Credentials("admin", "seal-restart-admin-password");
    private static final Http.Credentials AUDITOR = new Http.Credentials("seal-auditor", "seal-auditor-password");

    @TempDir
    Path dataDir;

    @Test
    void theChainAndTheKeySurviveARestart() {
        JsonNode kept;
        String keyId;
        try (ConfigurableApplicationContext first = start()) {
            Http http = http(first);
            assertThat(http.post(ADMIN, "/api/units", Map.of("code", "500109001", "name", "天生街道",
                                                            "kind", "STREET")).status()).isEqualTo(201);
            assertThat(http.post(ADMIN, "/api/users", Map.of("username", AUDITOR.username(), "password",
                                                            AUDITOR.password(), "unitCode", "500109001",
                                                            "roles", List.of("AUDITOR"))).status()).isEqualTo(201);
            long head = head(first);
            kept = await().atMost(Duration.ofSeconds(20)).until(
                    () -> http.get(AUDITOR, "/api/audit/checkpoints?after=" + (head - 1)).body().get("checkpoints"),
                    checkpoints -> !checkpoints.isEmpty()).get(0);
            keyId = http.get(AUDITOR, "/api/audit/seal-key").body().get("keyId").asString();
        }

        try (ConfigurableApplicationContext second = start()) {
            Http http = http(second);
            assertThat(http.get(AUDITOR, "/api/audit/seal-key").body().get("keyId").asString()).isEqualTo(keyId);
            assertThat(http.post(ADMIN, "/api/cadres", Map.of("id", "c-1", "name", "张三", "unitCode", "500109001"))
                           .status()).isEqualTo(201);
            long head = head(second);
            await().atMost(Duration.ofSeconds(20)).until(() -> sealedTo(second) >= head);
            JsonNode whole = http.get(AUDITOR, "/api/audit/verify").body();
            assertThat(whole.get("intact").asBoolean()).as(whole.toString()).isTrue();
            assertThat(whole.get("to").asLong()).isEqualTo(head);
            assertThat(whole.get("checked").asLong()).isEqualTo(
                    second.getBean(JdbcClient.class).sql("SELECT count(*) FROM domain_event_entry")
                          .query(Long.class).single());
            JsonNode verdict = http.post(AUDITOR, "/api/audit/checkpoints/verify", kept).body();
            assertThat(verdict.get("signatureValid").asBoolean()).as(verdict.toString()).isTrue();
            assertThat(verdict.get("chainMatches").asBoolean()).as(verdict.toString()).isTrue();
        }
    }

    private ConfigurableApplicationContext start() {
        return SpringApplication.run(JianfuApplication.class,
                                     "--server.port=0",
                                     "--jianfu.db.url=",
                                     "--jianfu.demo=false",
                                     "--jianfu.admin-password=" + ADMIN.password(),
                                     "--jianfu.data-dir=" + dataDir,
                                     "--jianfu.seal.interval=200ms",
                                     "--jianfu.seal.settle-age=1s",
                                     "--jianfu.seal.checkpoint-every=1s");
    }

    private static Http http(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Http("http://localhost:" + port, context.getBean(JsonMapper.class));
    }

    private static long head(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("SELECT max(global_index) FROM domain_event_entry")
                      .query(Long.class).single();
    }

    private static long sealedTo(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("SELECT coalesce(max(global_index), 0) FROM event_seal")
                      .query(Long.class).single();
    }
}
