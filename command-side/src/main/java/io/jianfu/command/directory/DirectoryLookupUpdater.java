package io.jianfu.command.directory;

import io.jianfu.events.directory.CadreRegistered;
import io.jianfu.events.directory.UnitRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the command side's directory tables. Its processing group is subscribing, so it runs in the transaction
 * that appends the events: a command accepted right after a registration already sees it.
 */
@Component
@ProcessingGroup(DirectoryLookupUpdater.GROUP)
public class DirectoryLookupUpdater {
    public static final String GROUP = "directory-lookup";

    private final JdbcClient jdbc;

    public DirectoryLookupUpdater(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UnitRegistered event) {
        jdbc.sql("INSERT INTO directory_unit (code, kind, parent_code) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING")
            .params(event.code(), event.kind().name(), event.parentCode())
            .update();
    }

    @EventHandler
    void on(CadreRegistered event) {
        jdbc.sql("INSERT INTO directory_cadre (id, unit_code) VALUES (?, ?) ON CONFLICT (id) DO NOTHING")
            .params(event.cadreId(), event.unitCode())
            .update();
    }
}
