package io.jianfu.app.seal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/** One row of {@code domain_event_entry} exactly as stored: every column the seal covers. */
public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                          String type, String payloadType, String payloadRevision, String timeStamp, byte[] payload,
                          byte[] metaData) {

    private static final List<String> COLUMNS = List.of("global_index", "event_identifier", "aggregate_identifier",
                                                        "sequence_number", "type", "payload_type", "payload_revision",
                                                        "time_stamp", "payload", "meta_data");

    /** The columns {@link #from(ResultSet, String)} reads, each renamed to {@code prefix + column}. */
    static String columns(String prefix) {
        return COLUMNS.stream().map(column -> prefix.isEmpty() ? column : column + " AS " + prefix + column)
                      .collect(Collectors.joining(", "));
    }

    /** Reads the event columns; with a prefix they are read under names like {@code e_global_index}. */
    static StoredEvent from(ResultSet rs, String prefix) throws SQLException {
        return new StoredEvent(rs.getLong(prefix + "global_index"), rs.getString(prefix + "event_identifier"),
                               rs.getString(prefix + "aggregate_identifier"), rs.getLong(prefix + "sequence_number"),
                               rs.getString(prefix + "type"), rs.getString(prefix + "payload_type"),
                               rs.getString(prefix + "payload_revision"), rs.getString(prefix + "time_stamp"),
                               rs.getBytes(prefix + "payload"), rs.getBytes(prefix + "meta_data"));
    }
}
