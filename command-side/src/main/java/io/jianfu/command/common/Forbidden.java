package io.jianfu.command.common;

/** The actor's role or unit does not allow the command (HTTP 403). */
public class Forbidden extends RuntimeException {
    public Forbidden(String message) {
        super(message);
    }
}
