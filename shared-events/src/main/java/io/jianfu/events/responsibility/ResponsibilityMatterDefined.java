package io.jianfu.events.responsibility;

import java.time.LocalDate;

/** ADMIN entered a matter into the responsibility list (属地事项责任清单); its first version is in force from {@code effectiveFrom}. */
public record ResponsibilityMatterDefined(String matterId, MatterTerms terms, LocalDate effectiveFrom) {
}
