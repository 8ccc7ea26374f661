package io.jianfu.command.responsibility;

import io.jianfu.events.responsibility.PledgeClause;

import java.time.LocalDate;
import java.util.List;

/** File a responsibility pledge (责任状) the issuing department hands to a street or town; STAFF of that department. */
public record FileResponsibilityPledge(String pledgeId, String issuingDepartmentCode, String targetUnitCode,
                                       Integer year, LocalDate filedOn, List<PledgeClause> clauses) {
}
