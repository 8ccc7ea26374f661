package io.jianfu.query.audit;

import tools.jackson.databind.JsonNode;

import java.util.Map;

/**
 * An aggregate as it stood at {@code asOf}: its events up to then folded into one state (each event's fields over
 * the earlier ones), how many of each kind there were, and the last of them.
 */
public record AggregateState(String aggregateId, String aggregateType, String asOf, long version, int events,
                             AuditEvent lastEvent, Map<String, Integer> eventCounts, JsonNode state) {
}
