package io.jianfu.query.report;

import java.math.BigDecimal;

/**
 * One year's meeting figures of a unit (or the whole district): meetings held, their actual minutes, attendances of
 * units' top leaders (一把手), pages printed for them, merges made, and how many overlap warnings were acted on
 * (merged or dismissed by the organiser).
 */
public record MeetingYearFigures(int year, long meetingsHeld, long totalMinutes, BigDecimal averageMinutes,
                                 long topLeaderAttendances, long printedPages, long mergesMade, long warnings,
                                 long warningsActedOn, BigDecimal shareOfWarningsActedOn) {
}
