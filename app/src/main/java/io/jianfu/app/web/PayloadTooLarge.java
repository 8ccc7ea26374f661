package io.jianfu.app.web;

import java.io.IOException;

/** A request body grew past the configured limit while it was being read. */
public class PayloadTooLarge extends IOException {
    public PayloadTooLarge(long limit) {
        super("The request body is larger than the limit of " + limit + " bytes.");
    }
}
