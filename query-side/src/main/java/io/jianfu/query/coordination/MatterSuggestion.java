package io.jianfu.query.coordination;

import java.util.List;

/** A listed matter the words of a request fit, for the street to route it by: the version in force when raised. */
public record MatterSuggestion(String matterId, int version, String domain, String title, String leadDepartmentCode,
                               List<String> cooperatingDepartmentCodes, String streetDuty, double similarity) {
}
