package io.jianfu.events.responsibility;

import java.util.List;

/**
 * The terms of one version of a responsibility matter (属地事项): its domain, who leads and who cooperates, the
 * street's own duty, how it is done, how long it may take and how failure is held to account.
 */
public record MatterTerms(String domain, String title, String leadDepartmentCode,
                          List<String> cooperatingDepartmentCodes, String streetDuty, List<String> procedureSteps,
                          int timeLimitDays, String accountability) {
}
