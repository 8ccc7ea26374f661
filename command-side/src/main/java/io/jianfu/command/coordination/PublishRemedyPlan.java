package io.jianfu.command.coordination;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.OffsetDateTime;

/** Publish the plan that will solve the request: STAFF of its street or of its lead department. */
public record PublishRemedyPlan(@TargetAggregateIdentifier String requestId, String publishedByUnitCode, String plan,
                                OffsetDateTime publishedAt) {
}
