package io.jianfu.command.evaluation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Report what was rectified; STAFF of the ordered department. */
public record ReportRectification(@TargetAggregateIdentifier String orderId, String report, LocalDate rectifiedOn) {
}
