package io.jianfu.query.pledge;

import io.jianfu.events.responsibility.PledgeClause;

import java.time.LocalDate;
import java.util.List;

/**
 * A responsibility pledge (责任状) with its current clauses, the discipline office's verdict (FILED, REVOKED or
 * UPHELD) and the audit findings against the list in force on its filing date.
 */
public record PledgeView(String id, String issuingDepartmentCode, String targetUnitCode, int year, LocalDate filedOn,
                         List<PledgeClause> clauses, int amendments, String lastAmendmentReason, String status,
                         String verdictReason, boolean flagged, List<PledgeFinding> findings) {
}
