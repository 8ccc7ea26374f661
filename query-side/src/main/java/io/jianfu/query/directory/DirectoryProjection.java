package io.jianfu.query.directory;

import io.jianfu.events.directory.CadreRegistered;
import io.jianfu.events.directory.UnitRegistered;
import io.jianfu.query.common.TableProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** The directory as readers see it: units and cadres with their names. */
@Component
@ProcessingGroup(DirectoryProjection.GROUP)
public class DirectoryProjection extends TableProjection {
    public static final String GROUP = "directory-views";
    static final List<String> TABLES = List.of("cadre_view", "unit_view");

    public DirectoryProjection(JdbcClient jdbc) {
        super(jdbc, TABLES);
    }

    @EventHandler
    void on(UnitRegistered event) {
        jdbc.sql("""
                 INSERT INTO unit_view (code, name, kind, parent_code) VALUES (?, ?, ?, ?)
                 ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind,
                                                  parent_code = EXCLUDED.parent_code""")
            .params(event.code(), event.name(), event.kind().name(), event.parentCode())
            .update();
    }

    @EventHandler
    void on(CadreRegistered event) {
        jdbc.sql("""
                 INSERT INTO cadre_view (id, name, unit_code, top_leader) VALUES (?, ?, ?, ?)
                 ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, unit_code = EXCLUDED.unit_code,
                                                top_leader = EXCLUDED.top_leader""")
            .params(event.cadreId(), event.name(), event.unitCode(), event.topLeader())
            .update();
    }
}
