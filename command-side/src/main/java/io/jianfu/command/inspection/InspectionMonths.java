package io.jianfu.command.inspection;

import io.jianfu.command.common.InvalidCommand;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** The ids of monthly inspection registers: {@code inspections-2027-03}. */
public final class InspectionMonths {
    private InspectionMonths() {
    }

    public static String idOf(YearMonth month) {
        return "inspections-" + month;
    }

    public static String idOf(LocalDate day) {
        return idOf(YearMonth.from(day));
    }

    /** A month as {@code yyyy-MM}, or a 400 naming the field {@code month}. */
    public static YearMonth parse(String month) {
        try {
            YearMonth parsed = YearMonth.parse(month == null ? "" : month.strip());
            if (parsed.getYear() >= 2000 && parsed.getYear() <= 2100) {
                return parsed;
            }
        } catch (DateTimeParseException malformed) {
            // answered below
        }
        throw new InvalidCommand(Map.of("month", "must be a month between 2000-01 and 2100-12 as yyyy-MM"));
    }
}
