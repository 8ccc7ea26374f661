package io.jianfu.command.meeting;

/** File a unit's planned number of meetings for a year (年度会议计划). */
public record FileAnnualMeetingPlan(String planId, String unitCode, Integer year, Integer plannedCount) {
}
