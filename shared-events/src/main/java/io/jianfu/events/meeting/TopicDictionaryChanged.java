package io.jianfu.events.meeting;

import java.util.List;
import java.util.Map;

/** ADMIN replaced the topic dictionary: subject families with their keywords, and the generic words to ignore. */
public record TopicDictionaryChanged(Map<String, List<String>> families, List<String> genericWords) {
}
