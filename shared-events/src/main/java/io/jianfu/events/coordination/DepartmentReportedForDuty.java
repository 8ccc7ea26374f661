package io.jianfu.events.coordination;

import java.time.OffsetDateTime;

/** A department routed to a coordination request reported for duty (报到): on site at {@code arrivedAt}. */
public record DepartmentReportedForDuty(String requestId, String departmentCode, OffsetDateTime arrivedAt) {
}
