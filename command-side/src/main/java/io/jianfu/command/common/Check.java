package io.jianfu.command.common;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects every field problem of a command, then throws them together so the caller can fix them at once. */
public final class Check {
    private final Map<String, String> errors = new LinkedHashMap<>();

    public static Check fields() {
        return new Check();
    }

    public Check required(String field, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            errors.putIfAbsent(field, "is required");
        }
        return this;
    }

    public Check maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.putIfAbsent(field, "must be at most " + max + " characters");
        }
        return this;
    }

    public Check notEmpty(String field, Collection<?> values) {
        if (values == null || values.isEmpty()) {
            errors.putIfAbsent(field, "must name at least one");
        }
        return this;
    }

    public Check between(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            errors.putIfAbsent(field, "must be between " + min + " and " + max);
        }
        return this;
    }

    public Check that(boolean condition, String field, String problem) {
        if (!condition) {
            errors.putIfAbsent(field, problem);
        }
        return this;
    }

    public boolean isValid(String field) {
        return !errors.containsKey(field);
    }

    public void orThrow() {
        if (!errors.isEmpty()) {
            throw new InvalidCommand(errors);
        }
    }
}
