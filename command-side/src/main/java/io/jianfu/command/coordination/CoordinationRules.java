package io.jianfu.command.coordination;

import io.jianfu.command.common.Check;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.DirectoryLookup;
import io.jianfu.events.directory.UnitKind;
import org.axonframework.eventhandling.GenericEventMessage;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Optional;

/** The directory and time rules of a coordination request (吹哨报到), shared by its command handlers. */
final class CoordinationRules {
    /** Dates of the list in force are read in the districts' own time zone. */
    static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

    private CoordinationRules() {
    }

    /** The time a command reports, or now when it reports none. */
    static OffsetDateTime timeOrNow(OffsetDateTime reported) {
        return reported != null ? reported
                : OffsetDateTime.ofInstant(GenericEventMessage.clock.instant(), DISTRICT_ZONE);
    }

    static Check notInFuture(Check check, String field, OffsetDateTime reported) {
        return check.that(reported == null || !reported.toInstant().isAfter(GenericEventMessage.clock.instant()),
                          field, "must not be in the future");
    }

    static void requireNotBefore(OffsetDateTime time, String what, OffsetDateTime earlier, String earlierWhat) {
        if (time.isBefore(earlier)) {
            throw new RuleViolation(what + " " + time + " is before " + earlierWhat + " " + earlier + ".");
        }
    }

    /** A request goes to a street or town, from that street or town or one of its communities or villages. */
    static void requireRaiserOfStreet(String raiser, String street, DirectoryLookup directory) {
        UnitKind streetKind = directory.requireUnit(street, "Street");
        if (streetKind != UnitKind.STREET && streetKind != UnitKind.TOWN) {
            throw new RuleViolation("Unit " + street + " is a " + streetKind
                    + "; coordination requests go to a STREET or TOWN.");
        }
        if (raiser.equals(street)) {
            return;
        }
        UnitKind raiserKind = directory.requireUnit(raiser, "Raising unit");
        if (raiserKind != UnitKind.COMMUNITY && raiserKind != UnitKind.VILLAGE) {
            throw new RuleViolation("Unit " + raiser + " is a " + raiserKind
                    + "; requests are raised by a COMMUNITY, VILLAGE or the street itself.");
        }
        Optional<String> parent = directory.parentOf(raiser);
        if (parent.isEmpty() || !parent.get().equals(street)) {
            throw new RuleViolation("Unit " + raiser + " does not belong to " + street
                    + "; a request is raised with the unit's own street or town.");
        }
    }

    static void requireDepartments(Collection<String> codes, DirectoryLookup directory) {
        codes.forEach(code -> directory.requireDepartment(code, "Department", "not a DEPARTMENT or OFFICE."));
    }

    static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
