package io.jianfu.events.meeting;

/** A unit changed its planned meeting count for a year, and said why. */
public record AnnualMeetingPlanAmended(String planId, String unitCode, int year, int previousCount, int plannedCount,
                                       String reason) {
}
