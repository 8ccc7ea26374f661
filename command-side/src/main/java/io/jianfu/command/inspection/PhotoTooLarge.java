package io.jianfu.command.inspection;

/** A finding photo is larger than {@link FindingLimits} allows (HTTP 413); nothing was stored. */
public class PhotoTooLarge extends RuntimeException {
    private final long limit;

    public PhotoTooLarge(String message, long limit) {
        super(message);
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
