package io.jianfu.events.evaluation;

import java.time.LocalDate;

/** The ordered department reported what it changed (整改报告). */
public record RectificationReported(String orderId, String departmentCode, String report, LocalDate rectifiedOn) {
}
