package io.jianfu.command.inspection;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Fix a month's inspection list and give every line a verification code; SUPERVISION_OFFICE. */
public record PublishMonthlyInspectionList(@TargetAggregateIdentifier String monthId, String month) {
}
