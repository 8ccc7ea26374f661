package io.jianfu.command.meeting;

import io.jianfu.command.common.Forbidden;
import io.jianfu.events.meeting.MeetingKind;
import io.jianfu.events.meeting.OverlapRulesChanged;
import io.jianfu.events.meeting.ScaleStandardSet;
import io.jianfu.events.meeting.TopicDictionaryChanged;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.jianfu.command.common.CommandTestSupport.admin;
import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.staffOf;

/** The meeting rulebook: only ADMIN changes overlap thresholds, the topic dictionary and scale standards. */
class MeetingRulebookTest {
    private static final String ID = MeetingRulebook.ID;
    private static final ChangeOverlapRules DEFAULTS = new ChangeOverlapRules(ID, 3, 0.6, 0.6, 3, 0.5, 0.3, 7, 40);

    private AggregateTestFixture<MeetingRulebook> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MeetingRulebook.class);
    }

    @Test
    void adminSetsTheOverlapRulesOnAFreshRulebook() {
        fixture.givenNoPriorActivity()
               .when(DEFAULTS, admin())
               .expectEvents(new OverlapRulesChanged(3, 0.6, 0.6, 3, 0.5, 0.3, 7, 40));
    }

    @Test
    void laterChangesGoToTheSameRulebook() {
        fixture.given(new OverlapRulesChanged(3, 0.6, 0.6, 3, 0.5, 0.3, 7, 40))
               .when(new ChangeOverlapRules(ID, 5, 0.7, 0.6, 2, 0.5, 0.3, 7, 60), admin())
               .expectEvents(new OverlapRulesChanged(5, 0.7, 0.6, 2, 0.5, 0.3, 7, 60));
    }

    @Test
    void staffMayNotChangeRules() {
        fixture.givenNoPriorActivity()
               .when(DEFAULTS, staffOf("500109001"))
               .expectException(Forbidden.class)
               .expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(new SetScaleStandard(ID, MeetingKind.WORK, 50, 90), staffOf("500109001"))
               .expectException(Forbidden.class)
               .expectNoEvents();
    }

    @Test
    void ratiosMustLieBetweenZeroAndOne() {
        fixture.givenNoPriorActivity()
               .when(new ChangeOverlapRules(ID, 3, 1.2, 0.6, 3, 0.5, 0.3, 7, 40), admin())
               .expectException(invalidField("sameDayOverlap", "must be between 0 and 1"))
               .expectNoEvents();
    }

    @Test
    void missingAndOutOfRangeThresholdsAreRefused() {
        fixture.givenNoPriorActivity()
               .when(new ChangeOverlapRules(ID, 0, 0.6, 0.6, 3, 0.5, 0.3, 7, null), admin())
               .expectException(io.jianfu.command.common.InvalidCommand.class)
               .expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(new ChangeOverlapRules(ID, 3, 0.6, 0.6, 61, 0.5, 0.3, 7, 40), admin())
               .expectException(invalidField("familyMaxDaysApart", "must be between 0 and 60"))
               .expectNoEvents();
    }

    @Test
    void theDictionaryKeepsTheOrderOfItsFamilies() {
        Map<String, List<String>> families = new LinkedHashMap<>();
        families.put("党建", List.of("党员", "党建"));
        families.put("安全", List.of("消防"));
        fixture.givenNoPriorActivity()
               .when(new ChangeTopicDictionary(ID, families, List.of("会议")), admin())
               .expectEvents(new TopicDictionaryChanged(families, List.of("会议")));
    }

    @Test
    void aFamilyNeedsANameAndKeywords() {
        fixture.givenNoPriorActivity()
               .when(new ChangeTopicDictionary(ID, Map.of("党建", List.of()), List.of()), admin())
               .expectException(invalidField("families",
                                             "each family needs a name and at least one keyword, each 1 to 20 characters"))
               .expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(new ChangeTopicDictionary(ID, Map.of(), List.of()), admin())
               .expectException(invalidField("families", "must name at least one family"))
               .expectNoEvents();
    }

    @Test
    void scaleStandardsAreSetPerKindWithinTheMeetingLimits() {
        fixture.givenNoPriorActivity()
               .when(new SetScaleStandard(ID, MeetingKind.TRAINING, 80, 120), admin())
               .expectEvents(new ScaleStandardSet(MeetingKind.TRAINING, 80, 120));
        fixture.givenNoPriorActivity()
               .when(new SetScaleStandard(ID, MeetingKind.TRAINING, 80, 721), admin())
               .expectException(invalidField("maxMinutes", "must be between 1 and 720"))
               .expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(new SetScaleStandard(ID, null, 80, 120), admin())
               .expectException(invalidField("kind", "is required"))
               .expectNoEvents();
    }

}
