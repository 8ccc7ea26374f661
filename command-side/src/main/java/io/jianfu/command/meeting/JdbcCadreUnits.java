package io.jianfu.command.meeting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reads cadres' units from {@code directory_cadre}, which the directory's subscribing updater keeps. */
@Component
public class JdbcCadreUnits implements CadreUnits {
    private final JdbcClient jdbc;

    public JdbcCadreUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> unitOf(String cadreId) {
        if (cadreId == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT unit_code FROM directory_cadre WHERE id = ?").param(cadreId)
                   .query(String.class).optional();
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
