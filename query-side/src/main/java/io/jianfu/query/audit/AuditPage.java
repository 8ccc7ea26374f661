package io.jianfu.query.audit;

import java.util.List;

/** A page of the history; {@code next} is the cursor for the following page, null on the last one. */
public record AuditPage(List<AuditEvent> events, String next) {
}
