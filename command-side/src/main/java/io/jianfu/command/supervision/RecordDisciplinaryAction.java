package io.jianfu.command.supervision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Record the discipline given on an open case (e.g. 党内警告, 政务记过) to cadres by id: DISCIPLINE. */
public record RecordDisciplinaryAction(@TargetAggregateIdentifier String caseId, List<String> cadreIds,
                                       String measure, LocalDate decidedOn) {
}
