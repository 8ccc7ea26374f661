package io.jianfu.command.directory;

import io.jianfu.events.directory.UnitKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Reads the command side's directory tables, which {@link DirectoryLookupUpdater} keeps. */
@Component
public class JdbcDirectoryLookup implements DirectoryLookup {
    private final JdbcClient jdbc;

    public JdbcDirectoryLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UnitKind> unitKind(String unitCode) {
        if (unitCode == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT kind FROM directory_unit WHERE code = ?")
                   .param(unitCode)
                   .query(String.class)
                   .optional()
                   .map(UnitKind::valueOf);
    }

    @Override
    public boolean cadreExists(String cadreId) {
        return cadreId != null && !unknownCadres(Set.of(cadreId)).contains(cadreId);
    }

    @Override
    public Set<String> unknownCadres(Collection<String> cadreIds) {
        if (cadreIds.isEmpty()) {
            return Set.of();
        }
        Set<String> known = new HashSet<>(jdbc.sql("SELECT id FROM directory_cadre WHERE id = ANY(?)")
                                              .param(cadreIds.toArray(String[]::new))
                                              .query(String.class)
                                              .list());
        Set<String> unknown = new LinkedHashSet<>(cadreIds);
        unknown.removeAll(known);
        return unknown;
    }
}
