package io.jianfu.app.seal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** SQL over {@code event_seal} and {@code seal_checkpoint}, and the event reads of the sealer. */
@Component
public class SealStore {
    /** Where the chain stands: the last sealed position, its link and how many events were sealed up to it. */
    public record Sealed(long position, byte[] link, long ordinal) {
        static final Sealed START = new Sealed(0, EventChain.GENESIS, 0);
    }

    record SealRow(long position, String eventIdentifier, byte[] link, long ordinal) {
    }

    /** A position with its seal, its event, or both. */
    record Pair(long position, SealRow seal, StoredEvent event) {
    }

    private static final String CHECKPOINT_COLUMNS = "position, link, events, sealed_at, key_id, signature";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public SealStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Only one sealer at a time across all nodes: a transaction-scoped advisory lock, keyed by the schema so test
     * runs in schemas of their own do not wait for each other. Released when the transaction ends.
     */
    boolean tryLock() {
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('jianfu-seal:' || current_schema()))")
                   .query(Boolean.class).single();
    }

    public Sealed head() {
        return jdbc.sql("SELECT global_index, link, ordinal FROM event_seal ORDER BY global_index DESC LIMIT 1")
                   .query(SealStore::sealed).optional().orElse(Sealed.START);
    }

    /** The last sealed position before {@code position}, where a verification from there starts. */
    Sealed sealedBefore(long position) {
        return jdbc.sql("SELECT global_index, link, ordinal FROM event_seal WHERE global_index < ? "
                                + "ORDER BY global_index DESC LIMIT 1")
                   .param(position).query(SealStore::sealed).optional().orElse(Sealed.START);
    }

    OptionalLong sealedPositionOf(String eventIdentifier) {
        return jdbc.sql("SELECT global_index FROM event_seal WHERE event_identifier = ?").param(eventIdentifier)
                   .query(Long.class).optional().map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    List<StoredEvent> eventsAfter(long position, int limit) {
        return jdbc.sql("SELECT " + StoredEvent.columns("") + " FROM domain_event_entry WHERE global_index > ? "
                                + "ORDER BY global_index LIMIT ?")
                   .param(position).param(limit)
                   .query((rs, row) -> StoredEvent.from(rs, "")).list();
    }

    /** Seals and events at positions {@code from..to} side by side, in position order. */
    List<Pair> window(long from, long to) {
        return jdbc.sql("SELECT s.global_index AS s_position, s.event_identifier AS s_event_identifier, "
                                + "s.link AS s_link, s.ordinal AS s_ordinal, e.* "
                                + "FROM (SELECT * FROM event_seal WHERE global_index BETWEEN :from AND :to) s "
                                + "FULL JOIN (SELECT " + StoredEvent.columns("e_") + " FROM domain_event_entry "
                                + "WHERE global_index BETWEEN :from AND :to) e ON e.e_global_index = s.global_index "
                                + "ORDER BY COALESCE(s.global_index, e.e_global_index)")
                   .param("from", from).param("to", to)
                   .query((rs, row) -> {
                       long sealed = rs.getLong("s_position");
                       SealRow seal = rs.wasNull() ? null : new SealRow(sealed, rs.getString("s_event_identifier"),
                                                                        rs.getBytes("s_link"),
                                                                        rs.getLong("s_ordinal"));
                       rs.getLong("e_global_index");
                       StoredEvent event = rs.wasNull() ? null : StoredEvent.from(rs, "e_");
                       return new Pair(seal != null ? seal.position() : event.globalIndex(), seal, event);
                   }).list();
    }

    void insert(List<SealRow> rows) {
        template.batchUpdate("INSERT INTO event_seal (global_index, event_identifier, link, ordinal) "
                                     + "VALUES (?, ?, ?, ?)", rows, rows.size(), (statement, row) -> {
            statement.setLong(1, row.position());
            statement.setString(2, row.eventIdentifier());
            statement.setBytes(3, row.link());
            statement.setLong(4, row.ordinal());
        });
    }

    void insert(Checkpoint checkpoint) {
        jdbc.sql("INSERT INTO seal_checkpoint (" + CHECKPOINT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")
            .param(checkpoint.position()).param(checkpoint.link()).param(checkpoint.events())
            .param(Timestamp.from(checkpoint.sealedAt())).param(checkpoint.keyId()).param(checkpoint.signature())
            .update();
    }

    Optional<Checkpoint> lastCheckpoint() {
        return jdbc.sql("SELECT " + CHECKPOINT_COLUMNS + " FROM seal_checkpoint ORDER BY position DESC LIMIT 1")
                   .query(SealStore::checkpoint).optional();
    }

    public List<Checkpoint> checkpoints(long after, int limit) {
        return jdbc.sql("SELECT " + CHECKPOINT_COLUMNS + " FROM seal_checkpoint WHERE position > ? "
                                + "ORDER BY position LIMIT ?")
                   .param(after).param(limit).query(SealStore::checkpoint).list();
    }

    List<Checkpoint> checkpointsBetween(long from, long to) {
        return jdbc.sql("SELECT " + CHECKPOINT_COLUMNS + " FROM seal_checkpoint WHERE position BETWEEN ? AND ? "
                                + "ORDER BY position")
                   .param(from).param(to).query(SealStore::checkpoint).list();
    }

    private static Sealed sealed(ResultSet rs, int row) throws SQLException {
        return new Sealed(rs.getLong("global_index"), rs.getBytes("link"), rs.getLong("ordinal"));
    }

    private static Checkpoint checkpoint(ResultSet rs, int row) throws SQLException {
        return new Checkpoint(rs.getLong("position"), rs.getBytes("link"), rs.getLong("events"),
                              rs.getTimestamp("sealed_at").toInstant(), rs.getString("key_id"),
                              rs.getBytes("signature"));
    }
}
