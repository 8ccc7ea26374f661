package io.jianfu.events.responsibility;

import java.time.LocalDate;
import java.util.List;

/** A department filed a responsibility pledge (责任状) it handed to a street or town for a year. */
public record ResponsibilityPledgeFiled(String pledgeId, String issuingDepartmentCode, String targetUnitCode, int year,
                                        LocalDate filedOn, List<PledgeClause> clauses) {
}
