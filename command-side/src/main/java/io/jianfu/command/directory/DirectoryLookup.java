package io.jianfu.command.directory;

import io.jianfu.events.directory.UnitKind;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** What command handlers may ask of the directory: does a unit or cadre exist, and what is it. */
public interface DirectoryLookup {

    Optional<UnitKind> unitKind(String unitCode);

    default boolean unitExists(String unitCode) {
        return unitKind(unitCode).isPresent();
    }

    boolean cadreExists(String cadreId);

    /** The ids among {@code cadreIds} that name no registered cadre, in the order given. */
    Set<String> unknownCadres(Collection<String> cadreIds);
}
