package io.jianfu.events.supervision;

import java.time.LocalDate;
import java.util.List;

/** Party or government discipline (党纪政务处分) given on a case to cadres named by id only. */
public record DisciplinaryActionRecorded(String caseId, List<String> cadreIds, String measure, LocalDate decidedOn) {
}
