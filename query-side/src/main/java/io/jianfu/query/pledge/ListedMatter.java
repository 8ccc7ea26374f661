package io.jianfu.query.pledge;

/** The version of a listed matter in force on a pledge's date, as far as the audit needs it. */
public record ListedMatter(String matterId, String domain, String title, String leadDepartmentCode,
                           String streetDuty) {
}
