package io.jianfu.command.common;

/** A create command names an id that is already taken; a repeat of the very same request is answered idempotently. */
public class AlreadyExists extends Conflict {
    private final String id;

    public AlreadyExists(String id, String message) {
        super(message);
        this.id = id;
    }

    public String id() {
        return id;
    }
}
