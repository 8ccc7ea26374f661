package io.jianfu.command.directory;

import io.jianfu.events.directory.UnitKind;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A {@link DirectoryLookup} for aggregate fixtures: it knows exactly the units and cadres a test adds. */
public class InMemoryDirectory implements DirectoryLookup {
    private final Map<String, UnitKind> units = new HashMap<>();
    private final Map<String, String> parents = new HashMap<>();
    private final Map<String, String> cadres = new HashMap<>();

    public InMemoryDirectory withUnit(String code, UnitKind kind) {
        units.put(code, kind);
        return this;
    }

    public InMemoryDirectory withUnit(String code, UnitKind kind, String parentCode) {
        parents.put(code, parentCode);
        return withUnit(code, kind);
    }

    /** Cadres whose unit the test does not care about. */
    public InMemoryDirectory withCadres(String... cadreIds) {
        return withCadresOf("unit-of-no-concern", cadreIds);
    }

    public InMemoryDirectory withCadresOf(String unitCode, String... cadreIds) {
        for (String cadreId : cadreIds) {
            cadres.put(cadreId, unitCode);
        }
        return this;
    }

    @Override
    public Optional<UnitKind> unitKind(String unitCode) {
        return Optional.ofNullable(unitCode == null ? null : units.get(unitCode));
    }

    @Override
    public Optional<String> parentOf(String unitCode) {
        return Optional.ofNullable(unitCode == null ? null : parents.get(unitCode));
    }

    @Override
    public Map<String, String> unitsOf(Collection<String> cadreIds) {
        Map<String, String> found = new HashMap<>();
        cadreIds.stream().filter(cadres::containsKey).forEach(id -> found.put(id, cadres.get(id)));
        return found;
    }
}
