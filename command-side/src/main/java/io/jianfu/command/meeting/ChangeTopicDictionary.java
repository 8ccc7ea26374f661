package io.jianfu.command.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.Map;

/** Replace the topic dictionary: subject families with their keywords, and generic words to ignore. */
public record ChangeTopicDictionary(@TargetAggregateIdentifier String rulebookId, Map<String, List<String>> families, List<String> genericWords) {
}
