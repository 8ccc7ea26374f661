package io.jianfu.command.responsibility;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Take a matter (属地事项) off the responsibility list from {@code effectiveOn}, with a reason. */
public record RetireResponsibilityMatter(@TargetAggregateIdentifier String matterId, String reason,
                                         LocalDate effectiveOn) {
}
