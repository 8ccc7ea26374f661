package io.jianfu.command.common;

/** The command clashes with what already exists, such as a second registration of one code (HTTP 409). */
public class Conflict extends RuntimeException {
    public Conflict(String message) {
        super(message);
    }
}
