package io.jianfu.query.common;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/**
 * A projection that owns tables. Resetting its processor clears them, in the order given (children first), and an
 * auditor's rebuild finds the view's tables here to compare their contents before and after.
 */
public abstract class TableProjection {
    protected final JdbcClient jdbc;
    private final List<String> tables;

    protected TableProjection(JdbcClient jdbc, List<String> tables) {
        this.jdbc = jdbc;
        this.tables = List.copyOf(tables);
    }

    @ResetHandler
    void clearTables() {
        tables.forEach(table -> jdbc.sql("DELETE FROM " + table).update());
    }

    /** The processing group named by the projection's {@link ProcessingGroup} annotation. */
    public String processingGroup() {
        ProcessingGroup group = AnnotationUtils.findAnnotation(getClass(), ProcessingGroup.class);
        if (group == null) {
            throw new IllegalStateException(getClass().getName() + " names no processing group");
        }
        return group.value();
    }

    public List<String> tables() {
        return tables;
    }
}
