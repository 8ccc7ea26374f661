package io.jianfu.command.meeting;

/** A meeting material is larger than {@link MaterialSizeLimit} allows (HTTP 413); nothing was stored. */
public class MaterialTooLarge extends RuntimeException {
    private final long limit;

    public MaterialTooLarge(String message, long limit) {
        super(message);
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
