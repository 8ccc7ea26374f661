package io.jianfu.query.common;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/**
 * The tables a projection owns, in the order they are cleared when its processor is reset. Auditors' rebuilds find
 * the views through it and compare their contents before and after.
 */
public interface ProjectionTables {

    String processingGroup();

    List<String> tables();

    default void clearTables(JdbcClient jdbc) {
        tables().forEach(table -> jdbc.sql("DELETE FROM " + table).update());
    }
}
