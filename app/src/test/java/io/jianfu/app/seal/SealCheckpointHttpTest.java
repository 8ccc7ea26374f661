package io.jianfu.app.seal;

import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Signed checkpoints an auditor keeps outside the system and checks later; the public key to check them offline;
 * and the append-only trigger refusing the application's own connection.
 */
class SealCheckpointHttpTest extends HttpTestBase {

    @Autowired
    PlatformTransactionManager transactions;

    private Http.Credentials auditor;

    private List<Long> events() {
        String unit = directory.unit("STREET");
        directory.cadres(unit, 2);
        auditor = directory.user(unit, "AUDITOR");
        return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? "
                                + "OR aggregate_identifier LIKE ? ORDER BY global_index")
                   .param(unit).param("c-" + unit + "-%").query(Long.class).list();
    }

    /** The first checkpoint at or after the position, once the sealer has written one. */
    private ObjectNode checkpointCovering(long position) {
        JsonNode page = eventually(() -> http.get(auditor, "/api/audit/checkpoints?limit=1&after=" + (position - 1))
                                             .body(), body -> !body.get("checkpoints").isEmpty());
        return (ObjectNode) page.get("checkpoints").get(0);
    }

    private JsonNode check(JsonNode kept) {
        Http.Response verdict = http.post(auditor, "/api/audit/checkpoints/verify", kept);
        assertThat(verdict.status()).as(verdict.body().toString()).isEqualTo(200);
        return verdict.body();
    }

    @Test
    void aKeptCheckpointStillVerifiesLaterAndAnAlteredOrForgedOneDoesNot() throws Exception {
        List<Long> positions = events();
        ObjectNode kept = checkpointCovering(positions.get(positions.size() - 1));
        events();

        JsonNode verdict = check(kept);
        assertThat(verdict.get("signatureValid").asBoolean()).as(verdict.toString()).isTrue();
        assertThat(verdict.get("chainMatches").asBoolean()).as(verdict.toString()).isTrue();

        // Offline: the published public key verifies the signature over the documented text.
        JsonNode key = http.get(auditor, "/api/audit/seal-key").body();
        assertThat(key.get("keyId").asString()).isEqualTo(kept.get("keyId").asString());
        Checkpoint rebuilt = new Checkpoint(kept.get("position").asLong(),
                                            HexFormat.of().parseHex(kept.get("link").asString()),
                                            kept.get("events").asLong(), Instant.parse(kept.get("sealedAt").asString()),
                                            kept.get("keyId").asString(),
                                            Base64.getDecoder().decode(kept.get("signature").asString()));
        Signature offline = Signature.getInstance(SealKey.ALGORITHM);
        offline.initVerify(KeyFactory.getInstance(SealKey.ALGORITHM).generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(key.get("publicKey").asString()))));
        offline.update(rebuilt.signedText());
        assertThat(offline.verify(rebuilt.signature())).isTrue();

        ObjectNode moreEvents = kept.deepCopy().put("events", kept.get("events").asLong() + 1);
        assertThat(check(moreEvents).get("signatureValid").asBoolean()).isFalse();
        ObjectNode otherLink = kept.deepCopy().put("link", "00".repeat(32));
        assertThat(check(otherLink).get("signatureValid").asBoolean()).isFalse();
        assertThat(check(otherLink).get("chainMatches").asBoolean()).isFalse();

        SealKey forger = SealKey.generate();
        Checkpoint forged = new Checkpoint(rebuilt.position(), rebuilt.link(), rebuilt.events(), rebuilt.sealedAt(),
                                           rebuilt.keyId(), forger.sign(rebuilt.signedText()));
        ObjectNode forgedJson = kept.deepCopy().put("signature",
                                                    Base64.getEncoder().encodeToString(forged.signature()));
        JsonNode forgedVerdict = check(forgedJson);
        assertThat(forgedVerdict.get("keyKnown").asBoolean()).isTrue();
        assertThat(forgedVerdict.get("signatureValid").asBoolean()).isFalse();

        // A changed event before the checkpoint: the checkpoint is genuine, but the chain no longer reaches it.
        long target = positions.get(1);
        Tampering tampering = new Tampering(jdbc, transactions, List.of(target));
        try {
            tampering.asDba(sql -> sql.sql("UPDATE domain_event_entry SET meta_data = set_byte(meta_data, 3, "
                                                   + "get_byte(meta_data, 3) # 1) WHERE global_index = ?")
                                      .param(target).update());
            JsonNode broken = check(kept);
            assertThat(broken.get("signatureValid").asBoolean()).isTrue();
            assertThat(broken.get("chainMatches").asBoolean()).isFalse();
            assertThat(broken.get("firstBrokenPosition").asLong()).isEqualTo(target);
            assertThat(broken.get("problem").asString()).isEqualTo("PAYLOAD_CHANGED");
        } finally {
            tampering.restore();
        }
        assertThat(check(kept).get("chainMatches").asBoolean()).isTrue();
    }

    @Test
    void malformedCheckpointsAreRefused() {
        events();
        assertProblem(http.post(auditor, "/api/audit/checkpoints/verify", "{}"), 400);
        assertProblem(http.post(auditor, "/api/audit/checkpoints/verify",
                                "{\"position\":1,\"link\":\"zz\",\"events\":1,\"sealedAt\":\"yesterday\","
                                        + "\"keyId\":\"k\",\"signature\":\"%%%\"}"), 400);
        assertProblem(http.post(auditor, "/api/audit/checkpoints/verify", "not json"), 400);
    }

    @Test
    void theApplicationCannotUpdateOrDeleteEventsSealsOrCheckpoints() {
        long position = events().get(0);
        eventually(() -> jdbc.sql("SELECT count(*) FROM seal_checkpoint").query(Long.class).single(), n -> n > 0);
        assertRefused("UPDATE domain_event_entry SET payload = payload WHERE global_index = " + position);
        assertRefused("DELETE FROM domain_event_entry WHERE global_index = " + position);
        assertRefused("UPDATE event_seal SET link = link WHERE global_index = " + position);
        assertRefused("DELETE FROM event_seal WHERE global_index = " + position);
        assertRefused("UPDATE seal_checkpoint SET events = events");
        assertRefused("DELETE FROM seal_checkpoint");
        // TRUNCATE is transactional: even if the trigger were missing, this transaction would roll back.
        TransactionTemplate rollingBack = new TransactionTemplate(transactions);
        for (String table : List.of("domain_event_entry", "event_seal", "seal_checkpoint")) {
            assertThatThrownBy(() -> rollingBack.executeWithoutResult(status -> {
                status.setRollbackOnly();
                jdbc.sql("TRUNCATE " + table + " CASCADE").update();
            })).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE global_index = ?").param(position)
                       .query(Long.class).single()).isEqualTo(1);
    }

    private void assertRefused(String statement) {
        assertThatThrownBy(() -> jdbc.sql(statement).update())
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
    }
}
