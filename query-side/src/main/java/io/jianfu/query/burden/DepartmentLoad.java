package io.jianfu.query.burden;

/**
 * How much one department put on the grassroots in a period: invitations of grassroots cadres to its meetings,
 * inspections of grassroots units, pledges handed to streets and towns, meeting tasks assigned to grassroots units.
 * {@code total} adds them up, each item counting once.
 */
public record DepartmentLoad(int rank, String departmentCode, String name, long grassrootsInvitations,
                             long grassrootsInspections, long pledges, long tasks, long total) {
}
