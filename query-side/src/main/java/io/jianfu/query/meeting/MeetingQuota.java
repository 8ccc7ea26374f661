package io.jianfu.query.meeting;

import java.math.BigDecimal;

/**
 * One unit's meeting quota for one year. {@code counted} is every meeting scheduled and not cancelled; {@code usage}
 * is counted / planned (null without a plan); {@code overScale} counts the counted meetings over their kind's scale
 * standard (YELLOW scale flag).
 */
public record MeetingQuota(String unitCode, int year, Integer planned, long scheduled, long held, long cancelled,
                           long counted, BigDecimal usage, QuotaColour colour,
                           long overScale) {
}
