package io.jianfu.app.seal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Changes the event table as a DBA would: in one transaction, disable the append-only trigger, change rows, enable
 * it again (other sessions wait on the table lock and never see the trigger off). Keeps the original rows of the
 * positions it touches and puts them back in {@link #restore()}, so later tests see an intact chain.
 */
final class Tampering {
    private static final String TRIGGER = "domain_event_entry_append_only";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final List<Long> positions;
    private final List<Map<String, Object>> originals;

    Tampering(JdbcClient jdbc, PlatformTransactionManager transactions, List<Long> positions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.positions = List.copyOf(positions);
        this.originals = jdbc.sql("SELECT * FROM domain_event_entry WHERE global_index IN (:positions)")
                             .param("positions", this.positions).query().listOfRows();
    }

    /** Runs the statements with the trigger off. */
    void asDba(Consumer<JdbcClient> change) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("ALTER TABLE domain_event_entry DISABLE TRIGGER " + TRIGGER).update();
            change.accept(jdbc);
            jdbc.sql("ALTER TABLE domain_event_entry ENABLE TRIGGER " + TRIGGER).update();
        });
    }

    /** Removes whatever now sits at the kept positions (or carries their event ids) and puts the originals back. */
    void restore() {
        List<Object> ids = originals.stream().map(row -> row.get("event_identifier")).toList();
        asDba(sql -> {
            sql.sql("DELETE FROM domain_event_entry WHERE global_index IN (:positions) "
                            + "OR event_identifier IN (:ids) OR global_index < 0")
               .param("positions", positions).param("ids", ids.isEmpty() ? List.of("") : ids).update();
            for (Map<String, Object> row : originals) {
                sql.sql("INSERT INTO domain_event_entry (global_index, aggregate_identifier, sequence_number, type, "
                                + "event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp) "
                                + "VALUES (:global_index, :aggregate_identifier, :sequence_number, :type, "
                                + ":event_identifier, :meta_data, :payload, :payload_revision, :payload_type, "
                                + ":time_stamp)")
                   .params(row).update();
            }
        });
    }
}
