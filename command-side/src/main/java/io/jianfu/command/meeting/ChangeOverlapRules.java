package io.jianfu.command.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set the thresholds of the overlap warning; every field is required. */
public record ChangeOverlapRules(@TargetAggregateIdentifier String rulebookId, Integer minShared, Double sameDayOverlap, Double familyOverlap,
                                 Integer familyMaxDaysApart, Double wordSimilarity, Double wordOverlap,
                                 Integer wordMaxDaysApart, Integer hubFanOut) {
}
