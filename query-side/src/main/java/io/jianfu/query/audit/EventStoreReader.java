package io.jianfu.query.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public EventStoreReader(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public AuditPage events(AuditFilter filter) {
        List<AuditEvent> events = jdbc.sql(COLUMNS + """
                         WHERE (CAST(:after AS bigint) IS NULL OR global_index > :after)
                           AND (CAST(:aggregateId AS varchar) IS NULL OR aggregate_identifier = :aggregateId)
                           AND (CAST(:aggregateType AS varchar) IS NULL OR type = :aggregateType)
                           AND (CAST(:eventType AS varchar) IS NULL OR payload_type = :eventType
                                OR payload_type LIKE '%.' || :eventType)
                           AND (CAST(:actor AS varchar) IS NULL
                                OR convert_from(meta_data, 'UTF8')::jsonb ->> 'actor' = :actor)
                           AND (CAST(:from AS timestamptz) IS NULL OR CAST(time_stamp AS timestamptz) >= :from)
                           AND (CAST(:to AS timestamptz) IS NULL OR CAST(time_stamp AS timestamptz) < :to)
                         ORDER BY global_index
                         LIMIT :limit""")
                .param("after", filter.after())
                .param("aggregateId", filter.aggregateId())
                .param("aggregateType", filter.aggregateType())
                .param("eventType", filter.eventType())
                .param("actor", filter.actor())
                .param("from", filter.from())
                .param("to", filter.to())
                .param("limit", filter.limit())
                .query((rs, row) -> event(rs))
                .list();
        String next = events.size() == filter.limit() ? String.valueOf(events.get(events.size() - 1).position())
                : null;
        return new AuditPage(events, next);
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
