package io.jianfu.events.coordination;

import java.time.OffsetDateTime;

/** The street recorded a coordination request as solved at {@code resolvedAt}. */
public record CoordinationRequestResolved(String requestId, String summary, OffsetDateTime resolvedAt) {
}
