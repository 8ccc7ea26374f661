package io.jianfu.app.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * After a {@code kill -9} of the application its embedded postmaster keeps running and holds the data directory;
 * the next start would fail on postmaster.pid. This stops such an orphan first.
 */
final class OrphanedPostmaster {
    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return;
        }
        long pid = Long.parseLong(lines.get(0).strip());
        ProcessHandle.of(pid)
                     .filter(process -> process.info().command().map(c -> c.contains("postgres")).orElse(false))
                     .ifPresent(postmaster -> {
                         log.warn("Stopping orphaned embedded PostgreSQL (pid {}) left by an earlier run", pid);
                         postmaster.destroy();
                         Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
                         while (postmaster.isAlive() && Instant.now().isBefore(deadline)) {
                             sleep();
                         }
                     });
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
