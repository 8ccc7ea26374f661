package io.jianfu.events.supervision;

import java.time.LocalDate;

/** The discipline office closed a case with its conclusion. */
public record SupervisionCaseClosed(String caseId, String conclusion, LocalDate closedOn) {
}
