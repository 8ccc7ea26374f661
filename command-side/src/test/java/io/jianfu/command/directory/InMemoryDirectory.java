package io.jianfu.command.directory;

import io.jianfu.events.directory.UnitKind;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A {@link DirectoryLookup} for aggregate fixtures: it knows exactly the units and cadres a test adds. */
public class InMemoryDirectory implements DirectoryLookup {
    private final Map<String, UnitKind> units = new HashMap<>();
    private final Set<String> cadres = new HashSet<>();

    public InMemoryDirectory withUnit(String code, UnitKind kind) {
        units.put(code, kind);
        return this;
    }

    public InMemoryDirectory withCadres(String... cadreIds) {
        cadres.addAll(Set.of(cadreIds));
        return this;
    }

    @Override
    public Optional<UnitKind> unitKind(String unitCode) {
        return Optional.ofNullable(unitCode == null ? null : units.get(unitCode));
    }

    @Override
    public boolean cadreExists(String cadreId) {
        return cadreId != null && cadres.contains(cadreId);
    }

    @Override
    public Set<String> unknownCadres(Collection<String> cadreIds) {
        Set<String> unknown = new LinkedHashSet<>(cadreIds);
        unknown.removeAll(cadres);
        return unknown;
    }
}
