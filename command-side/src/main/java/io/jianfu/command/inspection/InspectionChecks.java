package io.jianfu.command.inspection;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.Check;
import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.Ids;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.DirectoryLookup;
import org.axonframework.messaging.MetaData;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Field, role and directory checks shared by the inspection commands. */
final class InspectionChecks {
    static final int MAX_TARGETS = 50;

    private InspectionChecks() {
    }

    static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Check id(Check check, String field, String id) {
        return check.required(field, id)
                    .that(id == null || Ids.isWellFormed(id), field, "must be 1 to 64 letters, digits, '.', '-' or '_'");
    }

    static Check text(Check check, String field, String value, int max) {
        return check.required(field, value).maxLength(field, strip(value), max);
    }

    /** Target unit codes: optional or required, well formed, each named once. */
    static Check targets(Check check, List<String> targets, boolean required) {
        if (required) {
            check.notEmpty("targetUnitCodes", targets);
        }
        if (targets == null) {
            return check;
        }
        Set<String> seen = new HashSet<>();
        return check.that(targets.size() <= MAX_TARGETS, "targetUnitCodes", "must be at most " + MAX_TARGETS)
                    .that(targets.stream().allMatch(t -> t != null && Ids.isWellFormed(t.strip())), "targetUnitCodes",
                          "must hold only unit codes")
                    .that(targets.stream().filter(t -> t != null).allMatch(t -> seen.add(t.strip())),
                          "targetUnitCodes", "must name each unit once");
    }

    static List<String> stripAll(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).toList();
    }

    static void requireRole(MetaData metaData, String role, String what) {
        Actor actor = Actor.from(metaData);
        if (actor.username() == null || !actor.hasRole(role)) {
            throw new Forbidden("Only " + role + " may " + what + ".");
        }
    }

    static void requireDepartment(String code, DirectoryLookup directory) {
        directory.requireDepartment(code, "Department", "only a DEPARTMENT or OFFICE carries out inspections.");
    }

    static void requireUnits(List<String> codes, DirectoryLookup directory) {
        List<String> unknown = codes.stream().filter(code -> !directory.unitExists(code)).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolation("Target units " + unknown + " are not registered units; register them first.");
        }
    }
}
