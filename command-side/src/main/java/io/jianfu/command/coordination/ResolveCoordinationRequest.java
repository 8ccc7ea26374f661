package io.jianfu.command.coordination;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.OffsetDateTime;

/** Record the request as solved: STAFF of its street or town, after a remedy plan was published. */
public record ResolveCoordinationRequest(@TargetAggregateIdentifier String requestId, String summary,
                                         OffsetDateTime resolvedAt) {
}
