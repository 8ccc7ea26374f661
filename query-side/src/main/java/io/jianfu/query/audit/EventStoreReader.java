package io.jianfu.query.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * Reads the event store table itself, so the audit trail is the very record the aggregates are rebuilt from.
 * Payloads and metadata are stored as JSON and returned as JSON.
 */
@Component
public class EventStoreReader {
    private static final String COLUMNS = """
            SELECT global_index, aggregate_identifier, type, sequence_number, payload_type, time_stamp, payload,
                   meta_data
            FROM domain_event_entry
            """;

    /** Gaps further back than this many positions from the head are taken as settled. */
    private static final long RECENT_WINDOW = 10_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public EventStoreReader(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public AuditPage events(AuditFilter filter) {
        List<AuditEvent> events = jdbc.sql(COLUMNS + """
                         WHERE (CAST(:after AS bigint) IS NULL OR global_index > :after)
                           AND (CAST(:until AS bigint) IS NULL OR global_index <= :until)
                           AND (CAST(:aggregateId AS varchar) IS NULL OR aggregate_identifier = :aggregateId)
                           AND (CAST(:aggregateType AS varchar) IS NULL OR type = :aggregateType)
                           AND (CAST(:eventType AS varchar) IS NULL OR payload_type = :eventType
                                OR payload_type LIKE '%.' || :eventType)
                           AND (CAST(:actor AS varchar) IS NULL
                                OR convert_from(meta_data, 'UTF8')::jsonb ->> 'actor' = :actor)
                           AND (CAST(:unit AS varchar) IS NULL
                                OR convert_from(meta_data, 'UTF8')::jsonb ->> 'unit' = :unit
                                OR jsonb_path_exists(convert_from(payload, 'UTF8')::jsonb,
                                                     '$.** ? (@ == $code)',
                                                     jsonb_build_object('code', CAST(:unit AS text))))
                           AND (CAST(:from AS timestamptz) IS NULL OR CAST(time_stamp AS timestamptz) >= :from)
                           AND (CAST(:to AS timestamptz) IS NULL OR CAST(time_stamp AS timestamptz) < :to)
                         ORDER BY global_index
                         LIMIT :limit""")
                .param("after", filter.after())
                .param("until", filter.until())
                .param("aggregateId", filter.aggregateId())
                .param("aggregateType", filter.aggregateType())
                .param("eventType", filter.eventType())
                .param("actor", filter.actor())
                .param("unit", filter.unit())
                .param("from", filter.from())
                .param("to", filter.to())
                .param("limit", filter.limit())
                .query((rs, row) -> event(rs))
                .list();
        String next = events.size() == filter.limit() ? String.valueOf(events.get(events.size() - 1).position())
                : null;
        return new AuditPage(events, next);
    }

    /**
     * The last position an export may reach now: just before the first gap in the global order that is younger than
     * {@code settle}, since a transaction still committing may fill it; older gaps are rolled-back inserts.
     */
    public long settledHead(long after, Duration settle) {
        Long head = nullableLong(jdbc.sql("SELECT max(global_index) FROM domain_event_entry"));
        if (head == null) {
            return after;
        }
        Long afterYoungGap = nullableLong(jdbc.sql("""
                        SELECT min(e.global_index) FROM domain_event_entry e
                        WHERE e.global_index > greatest(:after, :head - :window)
                          AND CAST(e.time_stamp AS timestamptz) > now() - CAST(:settle AS interval)
                          AND NOT EXISTS (SELECT 1 FROM domain_event_entry p WHERE p.global_index = e.global_index - 1)
                          AND e.global_index > 1""")
                .param("after", after).param("head", head).param("window", RECENT_WINDOW)
                .param("settle", settle.toMillis() + " milliseconds"));
        if (afterYoungGap == null) {
            return head;
        }
        Long beforeGap = nullableLong(jdbc.sql("SELECT max(global_index) FROM domain_event_entry "
                                               + "WHERE global_index < ?").param(afterYoungGap));
        return beforeGap == null ? after : Math.max(after, beforeGap);
    }

    /** The single value of an aggregate query such as max(), which is null over no rows. */
    private static Long nullableLong(JdbcClient.StatementSpec statement) {
        return statement.query((rs, row) -> rs.getObject(1, Long.class)).list().get(0);
    }

    public List<AuditEvent> aggregateEvents(String aggregateId) {
        return jdbc.sql(COLUMNS + "WHERE aggregate_identifier = ? ORDER BY sequence_number")
                   .param(aggregateId)
                   .query((rs, row) -> event(rs))
                   .list();
    }

    private AuditEvent event(ResultSet rs) throws SQLException {
        JsonNode metadata = parse(rs.getBytes("meta_data"));
        String payloadType = rs.getString("payload_type");
        return new AuditEvent(rs.getLong("global_index"), rs.getString("aggregate_identifier"), rs.getString("type"),
                              rs.getLong("sequence_number"), payloadType.substring(payloadType.lastIndexOf('.') + 1),
                              rs.getString("time_stamp"), metadata.path("actor").asString(null),
                              parse(rs.getBytes("payload")), metadata);
    }

    private JsonNode parse(byte[] stored) {
        return stored == null ? json.createObjectNode() : json.readTree(new String(stored, StandardCharsets.UTF_8));
    }
}
