package io.jianfu.command.evaluation;

import io.jianfu.events.evaluation.DepartmentAnswer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link Ballots} in PostgreSQL: {@code evaluation_ballot}, {@code evaluation_token}, {@code evaluation_held_answer}. */
@Component
public class JdbcBallots implements Ballots {
    private static final TypeReference<List<DepartmentAnswer>> ANSWERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    public JdbcBallots(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    @Override
    public boolean exists(String campaignId) {
        return salt(campaignId).isPresent();
    }

    @Override
    public void open(String campaignId, byte[] salt, Collection<byte[]> tokenHashes) {
        requireTransaction();
        jdbc.sql("INSERT INTO evaluation_ballot (campaign_id, salt) VALUES (?, ?)").params(campaignId, salt).update();
        // Rows in hash order: their physical order says nothing about which respondent unit got which token.
        List<Object[]> rows = tokenHashes.stream().sorted(Arrays::compareUnsigned)
                                         .map(hash -> new Object[]{campaignId, hash}).toList();
        template.batchUpdate("INSERT INTO evaluation_token (campaign_id, token_hash) VALUES (?, ?)", rows);
    }

    @Override
    public Optional<byte[]> salt(String campaignId) {
        return jdbc.sql("SELECT salt FROM evaluation_ballot WHERE campaign_id = ?").param(campaignId)
                   .query((rs, row) -> rs.getBytes(1)).optional();
    }

    @Override
    public Consumption consume(String campaignId, byte[] tokenHash) {
        requireTransaction();
        int consumed = jdbc.sql("""
                                UPDATE evaluation_token SET used = TRUE
                                WHERE campaign_id = ? AND token_hash = ? AND NOT used""")
                           .params(campaignId, tokenHash).update();
        if (consumed == 1) {
            return Consumption.CONSUMED;
        }
        return holds(campaignId, tokenHash) ? Consumption.ALREADY_USED : Consumption.UNKNOWN;
    }

    @Override
    public boolean holds(String campaignId, byte[] tokenHash) {
        return jdbc.sql("SELECT count(*) FROM evaluation_token WHERE campaign_id = ? AND token_hash = ?")
                   .params(campaignId, tokenHash).query(Long.class).single() > 0;
    }

    @Override
    public void hold(String campaignId, HeldAnswer answer) {
        requireTransaction();
        jdbc.sql("""
                 INSERT INTO evaluation_held_answer (answer_id, campaign_id, answers)
                 VALUES (?, ?, CAST(? AS jsonb))""")
            .params(UUID.randomUUID(), campaignId, json.writeValueAsString(answer.answers()))
            .update();
    }

    @Override
    public List<HeldAnswer> release(String campaignId) {
        requireTransaction();
        return jdbc.sql("DELETE FROM evaluation_held_answer WHERE campaign_id = ? RETURNING answers")
                   .param(campaignId)
                   .query((rs, row) -> new HeldAnswer(json.readValue(rs.getString(1), ANSWERS)))
                   .list();
    }

    @Override
    public void burn(String campaignId) {
        requireTransaction();
        jdbc.sql("DELETE FROM evaluation_token WHERE campaign_id = ?").param(campaignId).update();
        jdbc.sql("DELETE FROM evaluation_ballot WHERE campaign_id = ?").param(campaignId).update();
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The ballot box changes only inside the command's transaction.");
        }
    }
}
