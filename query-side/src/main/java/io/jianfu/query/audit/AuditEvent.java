package io.jianfu.query.audit;

import tools.jackson.databind.JsonNode;

/** One stored event as an auditor reads it, straight from the event store. */
public record AuditEvent(long position, String aggregateId, String aggregateType, long sequence, String type,
                         String timestamp, String actor, JsonNode payload, JsonNode metadata) {
}
