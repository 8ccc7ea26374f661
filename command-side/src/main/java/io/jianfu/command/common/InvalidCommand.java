package io.jianfu.command.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Fields of a command are missing or malformed (HTTP 400); {@code errors} maps each field to what is wrong. */
public class InvalidCommand extends RuntimeException {
    private final Map<String, String> errors;

    public InvalidCommand(Map<String, String> errors) {
        super("The request has invalid fields: " + String.join(", ", errors.keySet()) + ".");
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
