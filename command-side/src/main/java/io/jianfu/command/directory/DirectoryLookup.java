package io.jianfu.command.directory;

import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.directory.UnitKind;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What command handlers may ask of the directory: does a unit or cadre exist, what kind, which unit. */
public interface DirectoryLookup {

    Optional<UnitKind> unitKind(String unitCode);

    /** The unit {@code unitCode} belongs to (a community's street or town), empty for a top-level or unknown unit. */
    Optional<String> parentOf(String unitCode);

    default boolean unitExists(String unitCode) {
        return unitKind(unitCode).isPresent();
    }

    /** The kind of registered unit {@code code}; a rule violation naming it as {@code what} when it is unknown. */
    default UnitKind requireUnit(String code, String what) {
        return unitKind(code).orElseThrow(() -> new RuleViolation(
                what + " " + code + " is not a registered unit; register it first."));
    }

    /** Unit {@code code} is a registered DEPARTMENT or OFFICE; otherwise a rule violation ending with {@code why}. */
    default void requireDepartment(String code, String what, String why) {
        UnitKind kind = requireUnit(code, what);
        if (!kind.isDepartment()) {
            throw new RuleViolation(what + " " + code + " is a " + kind + "; " + why);
        }
    }

    /** The unit of each registered cadre among {@code cadreIds}; unregistered cadres are left out. */
    Map<String, String> unitsOf(Collection<String> cadreIds);

    default Optional<String> unitOf(String cadreId) {
        return cadreId == null ? Optional.empty() : Optional.ofNullable(unitsOf(List.of(cadreId)).get(cadreId));
    }

    default boolean cadreExists(String cadreId) {
        return unitOf(cadreId).isPresent();
    }

    /** The ids among {@code cadreIds} that name no registered cadre, in the order given. */
    default Set<String> unknownCadres(Collection<String> cadreIds) {
        Set<String> unknown = new LinkedHashSet<>(cadreIds);
        unknown.removeAll(unitsOf(cadreIds).keySet());
        return unknown;
    }
}
