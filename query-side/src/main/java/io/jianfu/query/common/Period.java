package io.jianfu.query.common;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** Whole days from {@code from} to {@code to}, both included, as the district reads them (Asia/Shanghai). */
public record Period(LocalDate from, LocalDate to) {
    public static final long LONGEST_DAYS = 3660;

    /** The period of two query parameters; 400 when it runs backwards or spans more than {@link #LONGEST_DAYS}. */
    public static Period of(LocalDate from, LocalDate to, String fromName, String toName) {
        if (to.isBefore(from)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                                              "Parameter '" + toName + "' must not be before '" + fromName + "'.");
        }
        if (ChronoUnit.DAYS.between(from, to) >= LONGEST_DAYS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                                              "A period may span at most " + LONGEST_DAYS + " days.");
        }
        return new Period(from, to);
    }

    public static Period of(LocalDate from, LocalDate to) {
        return of(from, to, "from", "to");
    }

    /** The same number of days just before this period. */
    public Period previous() {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new Period(from.minusDays(days), from.minusDays(1));
    }

    /** The start of the first day. */
    public OffsetDateTime start() {
        return from.atStartOfDay(DistrictTime.ZONE).toOffsetDateTime();
    }

    /** The start of the day after the last: the exclusive end. */
    public OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay(DistrictTime.ZONE).toOffsetDateTime();
    }
}
