package io.jianfu.events.responsibility;

import java.time.LocalDate;

/** A listed matter was retired (废止): from {@code effectiveOn} no version of it is in force. */
public record ResponsibilityMatterRetired(String matterId, String reason, LocalDate effectiveOn) {
}
