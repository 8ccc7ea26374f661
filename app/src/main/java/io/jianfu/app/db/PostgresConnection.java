package io.jianfu.app.db;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/** Where Boot's pool, Flyway and health check connect: the embedded server or the one JIANFU_DB_URL names. */
record PostgresConnection(String jdbcUrl, String username, String password) implements JdbcConnectionDetails {

    @Override
    public String getJdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getPassword() {
        return password;
    }
}
