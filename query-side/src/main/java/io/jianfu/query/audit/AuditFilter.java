package io.jianfu.query.audit;

import java.time.OffsetDateTime;

/** What an auditor narrows the history to; every field is optional. {@code after} is an exclusive position. */
public record AuditFilter(String aggregateId, String aggregateType, String eventType, String actor,
                          OffsetDateTime from, OffsetDateTime to, Long after, int limit) {
}
