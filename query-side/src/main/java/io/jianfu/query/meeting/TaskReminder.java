package io.jianfu.query.meeting;

import java.time.OffsetDateTime;

/** A reminder a task received: SIGNATURE (unsigned too long), DUE_SOON or OVERDUE, and when. */
public record TaskReminder(String kind, OffsetDateTime at) {
}
