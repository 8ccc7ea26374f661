package io.jianfu.command.coordination;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.OffsetDateTime;

/**
 * Record that a department passed the buck (推诿扯皮) on a request: STAFF of the raising unit or of the street.
 * {@code complainedAt} defaults to now.
 */
public record RecordBuckPassingComplaint(@TargetAggregateIdentifier String requestId, String complainantUnitCode,
                                         String departmentCode, String description, OffsetDateTime complainedAt) {
}
