package io.jianfu.query.common;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Times as the district reads them: Asia/Shanghai, from ISO dates or date-times given in query parameters. */
public final class DistrictTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private DistrictTime() {
    }

    /** A date means the start of that day in the district; a date-time is taken as given. Null stays null. */
    public static OffsetDateTime startOf(String parameter, String value) {
        return parse(parameter, value, false);
    }

    /** A date means the end of that day (the start of the next); a date-time is taken as given. */
    public static OffsetDateTime endOf(String parameter, String value) {
        return parse(parameter, value, true);
    }

    public static OffsetDateTime inDistrict(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ZONE).toOffsetDateTime();
    }

    private static OffsetDateTime parse(String parameter, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZONE).toOffsetDateTime();
            }
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException malformed) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Parameter '" + parameter
                    + "' must be an ISO date (2026-03-04) or date-time with offset (2026-03-04T09:00:00+08:00).");
        }
    }
}
