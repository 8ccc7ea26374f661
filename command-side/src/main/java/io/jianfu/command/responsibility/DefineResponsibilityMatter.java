package io.jianfu.command.responsibility;

import java.time.LocalDate;
import java.util.List;

/** Enter a matter into the responsibility list (属地事项责任清单); {@code matterId} is chosen by the caller or the sender. */
public record DefineResponsibilityMatter(String matterId, String domain, String title, String leadDepartmentCode,
                                         List<String> cooperatingDepartmentCodes, String streetDuty,
                                         List<String> procedureSteps, Integer timeLimitDays, String accountability,
                                         LocalDate effectiveFrom) implements MatterFields {
}
