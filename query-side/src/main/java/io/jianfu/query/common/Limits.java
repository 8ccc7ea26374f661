package io.jianfu.query.common;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Page sizes for list queries. */
public final class Limits {
    public static final int DEFAULT = 100;
    public static final int MOST = 1_000;

    private Limits() {
    }

    public static int of(Integer requested) {
        if (requested == null) {
            return DEFAULT;
        }
        if (requested < 1 || requested > MOST) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                                              "Parameter 'limit' must be between 1 and " + MOST + ".");
        }
        return requested;
    }
}
