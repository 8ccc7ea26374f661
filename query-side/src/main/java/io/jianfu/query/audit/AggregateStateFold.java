package io.jianfu.query.audit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Folds an aggregate's own events, in their order, up to an instant (pure). Each event's top-level fields replace
 * the same fields of the state so far; a null field leaves the earlier value, since events of different kinds leave
 * out what they do not change. Repeated facts (receipts, duty reports) keep their last values in the state and are
 * counted in {@code eventCounts}; the events themselves stay readable in the audit history.
 */
public final class AggregateStateFold {

    private AggregateStateFold() {
    }

    /** Empty when the aggregate had no event yet at {@code asOf}. */
    public static Optional<AggregateState> fold(List<AuditEvent> events, OffsetDateTime asOf) {
        Instant until = asOf.toInstant();
        ObjectNode state = JsonNodeFactory.instance.objectNode();
        Map<String, Integer> counts = new LinkedHashMap<>();
        AuditEvent last = null;
        int folded = 0;
        for (AuditEvent event : events) {
            if (Instant.parse(event.timestamp()).isAfter(until)) {
                break;
            }
            for (Map.Entry<String, JsonNode> field : event.payload().properties()) {
                if (!field.getValue().isNull()) {
                    state.set(field.getKey(), field.getValue());
                }
            }
            counts.merge(event.type(), 1, Integer::sum);
            last = event;
            folded++;
        }
        if (last == null) {
            return Optional.empty();
        }
        return Optional.of(new AggregateState(last.aggregateId(), last.aggregateType(), asOf.toString(),
                                              last.sequence(), folded, last, counts, state));
    }
}
