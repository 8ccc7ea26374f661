package io.jianfu.command.meeting;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.Check;
import io.jianfu.events.meeting.OverlapRulesChanged;
import io.jianfu.events.meeting.ScaleStandardSet;
import io.jianfu.events.meeting.TopicDictionaryChanged;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The district's meeting rules that ADMIN keeps: overlap thresholds, the topic dictionary and the scale standards.
 * There is one rulebook; every change is an event, so the history shows who changed which rule when.
 */
@Aggregate
public class MeetingRulebook {
    public static final String ID = "meeting-rulebook";

    @AggregateIdentifier
    private String rulebookId;

    protected MeetingRulebook() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ChangeOverlapRules command, MetaData metaData) {
        Check.fields()
             .required("minShared", command.minShared()).between("minShared", command.minShared(), 1, 1_000)
             .required("sameDayOverlap", command.sameDayOverlap())
             .that(isRatio(command.sameDayOverlap()), "sameDayOverlap", "must be between 0 and 1")
             .required("familyOverlap", command.familyOverlap())
             .that(isRatio(command.familyOverlap()), "familyOverlap", "must be between 0 and 1")
             .required("familyMaxDaysApart", command.familyMaxDaysApart())
             .between("familyMaxDaysApart", command.familyMaxDaysApart(), 0, 60)
             .required("wordSimilarity", command.wordSimilarity())
             .that(isRatio(command.wordSimilarity()), "wordSimilarity", "must be between 0 and 1")
             .required("wordOverlap", command.wordOverlap())
             .that(isRatio(command.wordOverlap()), "wordOverlap", "must be between 0 and 1")
             .required("wordMaxDaysApart", command.wordMaxDaysApart())
             .between("wordMaxDaysApart", command.wordMaxDaysApart(), 0, 60)
             .required("hubFanOut", command.hubFanOut()).between("hubFanOut", command.hubFanOut(), 1, 100_000)
             .orThrow();
        Actor.from(metaData).requireAdmin("change the overlap rules");
        apply(new OverlapRulesChanged(command.minShared(), command.sameDayOverlap(), command.familyOverlap(),
                                      command.familyMaxDaysApart(), command.wordSimilarity(), command.wordOverlap(),
                                      command.wordMaxDaysApart(), command.hubFanOut()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ChangeTopicDictionary command, MetaData metaData) {
        Map<String, List<String>> families = command.families();
        Check.fields()
             .that(families != null && !families.isEmpty(), "families", "must name at least one family")
             .that(families == null || families.entrySet().stream().allMatch(
                           family -> isWord(family.getKey()) && family.getValue() != null
                                   && !family.getValue().isEmpty()
                                   && family.getValue().stream().allMatch(MeetingRulebook::isWord)),
                   "families", "each family needs a name and at least one keyword, each 1 to 20 characters")
             .that(command.genericWords() == null || command.genericWords().stream().allMatch(MeetingRulebook::isWord),
                   "genericWords", "must each be 1 to 20 characters")
             .orThrow();
        Actor.from(metaData).requireAdmin("change the topic dictionary");
        apply(new TopicDictionaryChanged(Collections.unmodifiableMap(new LinkedHashMap<>(families)),
                                         command.genericWords() == null ? List.of() : List.copyOf(command.genericWords())));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetScaleStandard command, MetaData metaData) {
        Check.fields()
             .required("kind", command.kind())
             .required("maxAttendees", command.maxAttendees())
             .between("maxAttendees", command.maxAttendees(), 1, Meeting.MOST_ATTENDEES)
             .required("maxMinutes", command.maxMinutes())
             .between("maxMinutes", command.maxMinutes(), 1, (int) Meeting.LONGEST_MEETING.toMinutes())
             .orThrow();
        Actor.from(metaData).requireAdmin("set scale standards");
        apply(new ScaleStandardSet(command.kind(), command.maxAttendees(), command.maxMinutes()));
    }

    @EventSourcingHandler
    void on(OverlapRulesChanged event) {
        rulebookId = ID;
    }

    @EventSourcingHandler
    void on(TopicDictionaryChanged event) {
        rulebookId = ID;
    }

    @EventSourcingHandler
    void on(ScaleStandardSet event) {
        rulebookId = ID;
    }

    private static boolean isRatio(Double value) {
        return value == null || (value >= 0 && value <= 1);
    }

    private static boolean isWord(String word) {
        return word != null && !word.isBlank() && word.strip().length() <= 20;
    }
}
