package io.jianfu.command.supervision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Close a case with its conclusion: DISCIPLINE. */
public record CloseSupervisionCase(@TargetAggregateIdentifier String caseId, String conclusion, LocalDate closedOn) {
}
