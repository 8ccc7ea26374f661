package io.jianfu.command.inspection;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Change the emergency categories and the consolidation limits; ADMIN. */
public record ChangeInspectionRules(@TargetAggregateIdentifier String rulebookId, List<String> emergencyCategories,
                                    Integer maxGroupSize, Integer sameFunctionMaxDaysApart) {
}
