package io.jianfu.command.responsibility;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Put a new version of a listed matter (属地事项) in force from {@code effectiveFrom}; all fields are given again. */
public record ReviseResponsibilityMatter(@TargetAggregateIdentifier String matterId, String domain, String title,
                                         String leadDepartmentCode, List<String> cooperatingDepartmentCodes,
                                         String streetDuty, List<String> procedureSteps, Integer timeLimitDays,
                                         String accountability, LocalDate effectiveFrom) implements MatterFields {
}
