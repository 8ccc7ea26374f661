package io.jianfu.app.seal;

import io.jianfu.app.support.Directory;
import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seal over HTTP against PostgreSQL: an untouched chain verifies; a changed byte, a deleted event, two swapped
 * events and an event forged into a gap are each found at their position. Every test tampers only with its own
 * events and restores them, since all HTTP tests share one database.
 */
class SealHttpTest extends HttpTestBase {

    @Autowired
    PlatformTransactionManager transactions;

    private Http.Credentials auditor;

    /** Registers a unit with cadres (admin events), waits until they are sealed; answers their positions. */
    List<Long> sealedEvents(int cadres) {
        String unit = directory.unit("STREET");
        directory.cadres(unit, cadres);
        auditor = directory.user(unit, "AUDITOR");
        List<Long> positions = jdbc.sql("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? "
                                                + "OR aggregate_identifier LIKE ? ORDER BY global_index")
                                   .param(unit).param("c-" + unit + "-%").query(Long.class).list();
        assertThat(positions).hasSize(cadres + 1);
        awaitSealedTo(positions.get(positions.size() - 1));
        return positions;
    }

    void awaitSealedTo(long position) {
        eventually(() -> jdbc.sql("SELECT coalesce(max(global_index), 0) FROM event_seal").query(Long.class)
                             .single(), sealed -> sealed >= position);
    }

    JsonNode verify(List<Long> positions) {
        Http.Response answer = http.get(auditor, "/api/audit/verify?from=" + positions.get(0) + "&to="
                + positions.get(positions.size() - 1));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.body();
    }

    static void assertBroken(JsonNode verdict, long position, String problem) {
        assertThat(verdict.get("intact").asBoolean()).as(verdict.toString()).isFalse();
        assertThat(verdict.get("firstBrokenPosition").asLong()).as(verdict.toString()).isEqualTo(position);
        assertThat(verdict.get("problem").asString()).as(verdict.toString()).isEqualTo(problem);
    }

    static void assertIntact(JsonNode verdict) {
        assertThat(verdict.get("intact").asBoolean()).as(verdict.toString()).isTrue();
        assertThat(verdict.get("firstBrokenPosition").isNull()).isTrue();
    }

    @Test
    void anUntouchedChainVerifiesOverARangeAndAsAWhole() {
        List<Long> positions = sealedEvents(3);
        JsonNode range = verify(positions);
        assertIntact(range);
        assertThat(range.get("checked").asLong()).isEqualTo(4);
        assertThat(range.get("from").asLong()).isEqualTo(positions.get(0));
        assertThat(range.get("to").asLong()).isEqualTo(positions.get(3));

        JsonNode whole = http.get(auditor, "/api/audit/verify").body();
        assertIntact(whole);
        assertThat(whole.get("from").asLong()).isEqualTo(1);
        assertThat(whole.get("to").asLong()).isGreaterThanOrEqualTo(positions.get(3));
        assertThat(whole.get("checked").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(whole.get("checkpointsChecked").asInt()).isPositive();
    }

    @Test
    void aChangedByteOfAPayloadIsLocated() {
        List<Long> positions = sealedEvents(3);
        long target = positions.get(2);
        Tampering tampering = new Tampering(jdbc, transactions, positions);
        try {
            tampering.asDba(sql -> sql.sql("UPDATE domain_event_entry SET payload = set_byte(payload, 5, "
                                                   + "get_byte(payload, 5) # 1) WHERE global_index = ?")
                                      .param(target).update());
            assertBroken(verify(positions), target, "PAYLOAD_CHANGED");
        } finally {
            tampering.restore();
        }
        assertIntact(verify(positions));
    }

    @Test
    void aDeletedEventIsLocated() {
        List<Long> positions = sealedEvents(3);
        long target = positions.get(1);
        Tampering tampering = new Tampering(jdbc, transactions, positions);
        try {
            tampering.asDba(sql -> sql.sql("DELETE FROM domain_event_entry WHERE global_index = ?").param(target)
                                      .update());
            assertBroken(verify(positions), target, "EVENT_MISSING");
        } finally {
            tampering.restore();
        }
        assertIntact(verify(positions));
    }

    @Test
    void twoSwappedEventsAreLocated() {
        List<Long> positions = sealedEvents(3);
        long first = positions.get(1);
        long second = positions.get(2);
        Tampering tampering = new Tampering(jdbc, transactions, positions);
        try {
            tampering.asDba(sql -> {
                sql.sql("UPDATE domain_event_entry SET global_index = -1 WHERE global_index = ?").param(first)
                   .update();
                sql.sql("UPDATE domain_event_entry SET global_index = ? WHERE global_index = ?").param(first)
                   .param(second).update();
                sql.sql("UPDATE domain_event_entry SET global_index = ? WHERE global_index = -1").param(second)
                   .update();
            });
            assertBroken(verify(positions), first, "ORDER_CHANGED");
        } finally {
            tampering.restore();
        }
        assertIntact(verify(positions));
    }

    @Test
    void anEventForgedIntoAGapTheSealPassedIsLocated() {
        // A position taken and never used, as by a rolled-back transaction; events after it are sealed past it.
        long gap = jdbc.sql("SELECT nextval(pg_get_serial_sequence('domain_event_entry', 'global_index'))")
                       .query(Long.class).single();
        List<Long> positions = sealedEvents(2);
        assertThat(positions.get(0)).isGreaterThan(gap);
        Tampering tampering = new Tampering(jdbc, transactions, List.of(gap));
        try {
            // The application's role may insert, so a forger needs no DBA rights for this one.
            jdbc.sql("INSERT INTO domain_event_entry (global_index, aggregate_identifier, sequence_number, type, "
                             + "event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp) "
                             + "VALUES (?, ?, 0, 'Forged', ?, ?, ?, NULL, 'io.jianfu.events.ForgedForTest', ?)")
                .param(gap).param(unique("forged-")).param(unique("forged-event-")).param("{}".getBytes())
                .param("{}".getBytes()).param("2020-01-01T00:00:00Z").update();
            assertBroken(verify(List.of(gap, positions.get(positions.size() - 1))), gap, "EVENT_INSERTED");
        } finally {
            tampering.restore();
        }
        assertIntact(verify(List.of(gap, positions.get(positions.size() - 1))));
    }

    @Test
    void anEventReplacedByAForgeryIsLocated() {
        List<Long> positions = sealedEvents(2);
        long target = positions.get(1);
        Tampering tampering = new Tampering(jdbc, transactions, positions);
        try {
            tampering.asDba(sql -> sql.sql("UPDATE domain_event_entry SET event_identifier = ? WHERE global_index = ?")
                                      .param(unique("forged-event-")).param(target).update());
            assertBroken(verify(positions), target, "EVENT_REPLACED");
        } finally {
            tampering.restore();
        }
        assertIntact(verify(positions));
    }

    @Test
    void badRangesAreRefused() {
        sealedEvents(1);
        assertProblem(http.get(auditor, "/api/audit/verify?from=0"), 400);
        assertProblem(http.get(auditor, "/api/audit/verify?from=5&to=4"), 400);
        assertProblem(http.get(auditor, "/api/audit/verify?from=abc"), 400);
        assertProblem(http.get(auditor, "/api/audit/checkpoints?limit=0"), 400);
    }

    @Test
    void aRangeBeyondTheSealedHeadIsVerifiedAsFarAsItIsSealed() {
        sealedEvents(1);
        long beyond = jdbc.sql("SELECT max(global_index) FROM domain_event_entry").query(Long.class).single() + 1000;
        Http.Response answer = http.get(auditor, "/api/audit/verify?from=" + beyond);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.body().get("checked").asLong()).isZero();
        assertThat(answer.body().get("intact").asBoolean()).isTrue();
    }

    @Test
    void onlyAuditorsAndDisciplineMayUseTheSeal() {
        String unit = directory.unit("STREET");
        Http.Credentials staff = directory.user(unit, "STAFF");
        Http.Credentials discipline = directory.user(unit, "DISCIPLINE");
        assertProblem(http.get(staff, "/api/audit/verify"), 403);
        assertProblem(http.get(Directory.ADMIN, "/api/audit/checkpoints"), 403);
        assertProblem(http.get(staff, "/api/audit/seal-key"), 403);
        assertProblem(http.post(staff, "/api/audit/checkpoints/verify", "{}"), 403);
        assertProblem(http.get(null, "/api/audit/verify"), 401);
        assertThat(http.get(discipline, "/api/audit/seal-key").status()).isEqualTo(200);
    }
}
