package io.jianfu.command.common;

/** A well-formed command that breaks a business rule (HTTP 422), with a message a person can act on. */
public class RuleViolation extends RuntimeException {
    public RuleViolation(String message) {
        super(message);
    }
}
