package io.jianfu.query.responsibility;

import java.time.LocalDate;
import java.util.List;

/** One version of a responsibility matter (属地事项), in force from {@code validFrom} until before {@code validTo}. */
public record MatterVersion(String id, int version, String domain, String title, String leadDepartmentCode,
                            List<String> cooperatingDepartmentCodes, String streetDuty, List<String> procedureSteps,
                            int timeLimitDays, String accountability, LocalDate validFrom, LocalDate validTo) {
}
