package io.jianfu.app.db;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * With {@code JIANFU_DB_URL} (property {@code jianfu.db.url}) the application uses that PostgreSQL; without it,
 * it starts an embedded one, and embedded means demo unless {@code JIANFU_DEMO} says otherwise.
 */
public final class DatabaseMode {
    public static final String URL_PROPERTY = "jianfu.db.url";

    private DatabaseMode() {
    }

    public static boolean isExternal(Environment environment) {
        return StringUtils.hasText(environment.getProperty(URL_PROPERTY));
    }

    public static boolean isDemo(Environment environment) {
        return environment.getProperty("jianfu.demo", Boolean.class, !isExternal(environment));
    }
}
