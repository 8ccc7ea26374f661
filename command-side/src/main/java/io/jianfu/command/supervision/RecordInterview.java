package io.jianfu.command.supervision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Record an interview (约谈) held on an open case: DISCIPLINE. */
public record RecordInterview(@TargetAggregateIdentifier String caseId, List<String> cadreIds, LocalDate heldOn,
                              String outcome) {
}
