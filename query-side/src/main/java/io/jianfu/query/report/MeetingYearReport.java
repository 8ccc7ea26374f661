package io.jianfu.query.report;

import java.math.BigDecimal;
import java.util.Map;

/**
 * 会议年度分析: a year against the one before. {@code change} maps each figure to (this − previous) / previous,
 * e.g. −0.25 for a quarter fewer meetings; null where the previous year had none.
 */
public record MeetingYearReport(String unitCode, MeetingYearFigures current, MeetingYearFigures previous,
                                Map<String, BigDecimal> change) {
}
