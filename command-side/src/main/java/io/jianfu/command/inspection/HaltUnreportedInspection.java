package io.jianfu.command.inspection;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Halt a recorded unreported inspection and order its department to rectify; DISCIPLINE. */
public record HaltUnreportedInspection(@TargetAggregateIdentifier String recordId, String reason,
                                       String rectification) {
}
