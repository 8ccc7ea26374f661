package io.jianfu.command.supervision;

import io.jianfu.command.common.Check;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.DirectoryLookup;
import org.axonframework.eventhandling.GenericEventMessage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks shared by supervision cases and bulletins: who may act, dates, and cadres named by id. */
final class SupervisionRules {
    static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");
    static final int MOST_CADRES = 500;

    private SupervisionRules() {
    }

    static Check notInFuture(Check check, String field, LocalDate day) {
        LocalDate today = LocalDate.ofInstant(GenericEventMessage.clock.instant(), DISTRICT_ZONE);
        return check.that(day == null || !day.isAfter(today), field, "must not be in the future");
    }

    /** Checks a list of cadre ids into {@code check}: at most {@link #MOST_CADRES}, no blank, none twice. */
    static Check cadreIds(Check check, String field, List<String> ids, boolean required) {
        if (required) {
            check.notEmpty(field, ids);
        }
        if (ids == null) {
            return check;
        }
        Set<String> distinct = new HashSet<>(ids);
        return check.that(ids.size() <= MOST_CADRES, field, "must name at most " + MOST_CADRES)
                    .that(ids.stream().allMatch(id -> id != null && !id.isBlank()), field, "must not hold blanks")
                    .that(distinct.size() == ids.size(), field, "must name each cadre once");
    }

    static void requireRegistered(List<String> cadreIds, DirectoryLookup directory) {
        if (cadreIds == null || cadreIds.isEmpty()) {
            return;
        }
        Set<String> unknown = directory.unknownCadres(cadreIds);
        if (!unknown.isEmpty()) {
            throw new RuleViolation("Unknown cadres " + unknown + "; register them first.");
        }
    }

    static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
