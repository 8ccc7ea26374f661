package io.jianfu.events.supervision;

import java.time.LocalDate;
import java.util.List;

/** An interview (约谈) on a case: who was talked to, when, and what came of it. */
public record InterviewRecorded(String caseId, List<String> cadreIds, LocalDate heldOn, String outcome) {
}
