package io.jianfu.query.overlap;

import io.jianfu.query.overlap.engine.OverlapRules;
import io.jianfu.query.overlap.engine.TopicDictionary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The overlap rules and topic dictionary in force, as the overlap projection last saw them change; the defaults of
 * overlap.md until ADMIN changes them. Read on every use, so a node that takes over the processor sees the same.
 */
@Component
public class OverlapConfig {
    static final String RULES = "rules";
    static final String DICTIONARY = "dictionary";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public OverlapConfig(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public OverlapRules rules() {
        return read(RULES, OverlapRules.class, OverlapRules.defaults());
    }

    public TopicDictionary dictionary() {
        return read(DICTIONARY, TopicDictionary.class, TopicDictionary.defaults());
    }

    void save(String name, Object value) {
        jdbc.sql("""
                 INSERT INTO overlap_config (name, value) VALUES (?, ?)
                 ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value""")
            .params(name, json.writeValueAsString(value))
            .update();
    }

    private <T> T read(String name, Class<T> type, T fallback) {
        return jdbc.sql("SELECT value FROM overlap_config WHERE name = ?").param(name).query(String.class).optional()
                   .map(value -> json.readValue(value, type))
                   .orElse(fallback);
    }
}
