package io.jianfu.command.inspection;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Group a month's approved 一事一报 inspections into joint inspections; SUPERVISION_OFFICE. */
public record ConsolidateMonthlyInspections(@TargetAggregateIdentifier String monthId, String month) {
}
