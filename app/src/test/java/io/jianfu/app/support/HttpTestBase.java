package io.jianfu.app.support;

import io.jianfu.events.meeting.TaskDueSoonReminderSent;
import io.jianfu.events.meeting.TaskOverdue;
import io.jianfu.events.meeting.TaskSignatureReminderSent;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The application on a random port against real PostgreSQL: embedded and throw-away by default, the server named by
 * JIANFU_DB_URL when set (in a fresh schema). All HTTP tests share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class HttpTestBase {
    static {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        System.setProperty("jianfu.data-dir",
                           Path.of(System.getProperty("java.io.tmpdir"), "jianfu-test-" + run).toString());
        System.setProperty("jianfu.db.schema", "test_" + run);
        System.setProperty("axoniq.update-checker.disabled", "true");
    }

    public static final String ADMIN_PASSWORD = "test-admin-password";

    @LocalServerPort
    private int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected JsonMapper json;

    protected Http http;
    protected Directory directory;

    @BeforeEach
    void connect() {
        http = new Http("http://localhost:" + port, json);
        directory = new Directory(http);
    }

    /**
     * Events in the store, leaving out task reminders: earlier tests leave unsigned tasks whose reminders fire on
     * their own schedule, and must not make a "nothing was stored" check fail.
     */
    protected long storedEvents() {
        return jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE payload_type NOT IN (?, ?, ?)""")
                   .params(TaskSignatureReminderSent.class.getName(), TaskDueSoonReminderSent.class.getName(),
                           TaskOverdue.class.getName())
                   .query(Long.class).single();
    }

    /** Waits until the views have caught up with what was just sent. */
    protected static <T> T eventually(Supplier<T> query, java.util.function.Predicate<T> done) {
        return Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                         .until(query::get, done::test);
    }

    protected static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
