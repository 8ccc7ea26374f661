package io.jianfu.command.common;

/** The roles of security.md. */
public final class Roles {
    public static final String STAFF = "STAFF";
    public static final String SUPERVISION_OFFICE = "SUPERVISION_OFFICE";
    public static final String DISCIPLINE = "DISCIPLINE";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
