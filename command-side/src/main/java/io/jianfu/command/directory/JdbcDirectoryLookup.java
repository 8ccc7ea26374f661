package io.jianfu.command.directory;

import io.jianfu.events.directory.UnitKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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
    public Optional<String> parentOf(String unitCode) {
        if (unitCode == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT parent_code FROM directory_unit WHERE code = ? AND parent_code IS NOT NULL")
                   .param(unitCode)
                   .query(String.class)
                   .optional();
    }

    @Override
    public Map<String, String> unitsOf(Collection<String> cadreIds) {
        Map<String, String> units = new HashMap<>();
        if (cadreIds.isEmpty()) {
            return units;
        }
        jdbc.sql("SELECT id, unit_code FROM directory_cadre WHERE id = ANY(?)")
            .param(cadreIds.toArray(String[]::new))
            .query((rs, row) -> units.put(rs.getString(1), rs.getString(2)))
            .list();
        return units;
    }
}
