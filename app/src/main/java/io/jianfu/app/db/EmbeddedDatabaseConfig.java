package io.jianfu.app.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The zero-setup default: a real PostgreSQL started from the bundled binaries, its data under
 * {@code jianfu.data-dir} (./data), kept across restarts, with durable commits. Spring stops it after the pool
 * closes; zonky's own shutdown hook is off because it races Spring's.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfig.Embedded.class)
public class EmbeddedDatabaseConfig {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${jianfu.data-dir:./data}") String dataDir,
                                      @Value("${jianfu.db.embedded-port:0}") int port) throws IOException {
        Path directory = Path.of(dataDir, "postgres").toAbsolutePath();
        Files.createDirectories(directory);
        OrphanedPostmaster.stopIfRunning(directory);
        log.info("Starting embedded PostgreSQL with its data in {}", directory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                                                           .setDataDirectory(directory)
                                                           .setCleanDataDirectory(false)
                                                           .setRegisterShutdownHook(false)
                                                           .setServerConfig("fsync", "on")
                                                           .setServerConfig("synchronous_commit", "on")
                                                           .setServerConfig("full_page_writes", "on");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    @Bean
    JdbcConnectionDetails jdbcConnectionDetails(EmbeddedPostgres postgres) {
        return new PostgresConnection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }

    static class Embedded implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !DatabaseMode.isExternal(context.getEnvironment());
        }
    }
}
