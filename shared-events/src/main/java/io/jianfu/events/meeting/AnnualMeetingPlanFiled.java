package io.jianfu.events.meeting;

/** 年度会议计划: a unit filed how many meetings it plans to hold in a year. */
public record AnnualMeetingPlanFiled(String planId, String unitCode, int year, int plannedCount) {
}
