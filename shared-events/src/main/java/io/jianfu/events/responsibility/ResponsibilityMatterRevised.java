package io.jianfu.events.responsibility;

import java.time.LocalDate;

/**
 * A new version (修订) of a listed matter is in force from {@code effectiveFrom}; the previous version stays in force
 * for the dates before it. Versions count from 1, the definition.
 */
public record ResponsibilityMatterRevised(String matterId, int version, MatterTerms terms, LocalDate effectiveFrom) {
}
