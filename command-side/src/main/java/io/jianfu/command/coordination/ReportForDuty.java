package io.jianfu.command.coordination;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.OffsetDateTime;

/** A department routed to the request reports for duty (报到): its STAFF; {@code arrivedAt} defaults to now. */
public record ReportForDuty(@TargetAggregateIdentifier String requestId, String departmentCode,
                            OffsetDateTime arrivedAt) {
}
