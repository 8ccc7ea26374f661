package io.jianfu.app.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Tells Axon that an insert hit a unique key, from PostgreSQL's SQLSTATE 23505. Axon's JdbcSQLErrorCodesResolver
 * misses it (PostgreSQL reports no vendor error code), and the store then answers a reused aggregate id or a
 * concurrent append with a generic EventStoreException instead of AggregateStreamCreationException or
 * ConcurrencyException.
 */
public class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {
    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
