package io.jianfu.command.meeting;

import java.time.Duration;
import java.util.Objects;

/**
 * 督办提醒规则: when a {@link MeetingTask} reminds. An unsigned task is reminded {@code signatureReminderAfter} its
 * assignment; an unfinished one {@code dueSoonWithin} before its deadline; at the deadline it is overdue.
 */
public record TaskReminderPolicy(Duration signatureReminderAfter, Duration dueSoonWithin) {
    public static final TaskReminderPolicy DEFAULT = new TaskReminderPolicy(Duration.ofHours(24), Duration.ofDays(3));

    public TaskReminderPolicy {
        Objects.requireNonNull(signatureReminderAfter, "signatureReminderAfter");
        Objects.requireNonNull(dueSoonWithin, "dueSoonWithin");
        if (signatureReminderAfter.isNegative() || signatureReminderAfter.isZero() || dueSoonWithin.isNegative()
                || dueSoonWithin.isZero()) {
            throw new IllegalArgumentException("Task reminder durations must be positive: " + signatureReminderAfter
                                                       + ", " + dueSoonWithin);
        }
    }
}
