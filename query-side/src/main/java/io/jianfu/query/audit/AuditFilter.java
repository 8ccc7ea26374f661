package io.jianfu.query.audit;

import java.time.OffsetDateTime;

/**
 * What an auditor narrows the history to; every field is optional. {@code after} is an exclusive position and
 * {@code until} an inclusive one; {@code unit} keeps the events a unit touched: its code is a value anywhere in the
 * payload, or it was the acting user's unit.
 */
public record AuditFilter(String aggregateId, String aggregateType, String eventType, String actor, String unit,
                          OffsetDateTime from, OffsetDateTime to, Long after, Long until, int limit) {

    /** The same slice from {@code position} (exclusive) up to {@code last} (inclusive). */
    public AuditFilter between(long position, long last) {
        return new AuditFilter(aggregateId, aggregateType, eventType, actor, unit, from, to, position, last, limit);
    }
}
