package io.jianfu.command.common;

import java.util.regex.Pattern;

/** The shape of client-chosen ids and codes: letters, digits, dot, dash and underscore. */
public final class Ids {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private Ids() {
    }

    public static boolean isWellFormed(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
