package io.jianfu.app.db;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The PostgreSQL named by JIANFU_DB_URL, JIANFU_DB_USER and JIANFU_DB_PASSWORD. */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseConfig.External.class)
public class ExternalDatabaseConfig {

    @Bean
    JdbcConnectionDetails jdbcConnectionDetails(Environment environment) {
        String user = environment.getProperty("jianfu.db.user", "postgres");
        String password = environment.getProperty("jianfu.db.password", "");
        String url = inSchema(environment.getProperty(DatabaseMode.URL_PROPERTY),
                              environment.getProperty("jianfu.db.schema"), user, password);
        return new PostgresConnection(url, user, password);
    }

    /** With {@code jianfu.db.schema} (used by tests to share one server), everything lives in that schema. */
    private static String inSchema(String url, String schema, String user, String password) {
        if (!StringUtils.hasText(schema)) {
            return url;
        }
        if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("jianfu.db.schema must be a lower-case SQL identifier: " + schema);
        }
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        } catch (SQLException unreachable) {
            throw new IllegalStateException("Cannot create schema " + schema + " at " + url, unreachable);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static class External implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return DatabaseMode.isExternal(context.getEnvironment());
        }
    }
}
