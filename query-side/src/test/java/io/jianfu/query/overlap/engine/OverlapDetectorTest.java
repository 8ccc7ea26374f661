package io.jianfu.query.overlap.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.jianfu.query.overlap.engine.Meetings.meeting;
import static io.jianfu.query.overlap.engine.Meetings.people;
import static org.assertj.core.api.Assertions.assertThat;

/** The detector over the index: same warnings as all-pairs comparison, deterministic, far less work. */
class OverlapDetectorTest {

    private final OverlapRules rules = OverlapRules.defaults();
    private final TopicDictionary dictionary = TopicDictionary.defaults();

    private record Run(List<OverlapWarning> warnings, long examined, long hubExclusions) {
    }

    private Run replay(List<MeetingFacts> meetings) {
        InMemoryMeetingIndex index = new InMemoryMeetingIndex();
        OverlapDetector detector = new OverlapDetector(rules, dictionary, index);
        List<OverlapWarning> warnings = new ArrayList<>();
        for (MeetingFacts meeting : meetings) {
            warnings.addAll(detector.detect(meeting));
            index.add(meeting);
        }
        assertThat(index.candidatePairsExamined()).isEqualTo(detector.candidatesExamined());
        return new Run(warnings, detector.candidatesExamined(), index.hubExclusions());
    }

    @Test
    void theIndexedEngineFindsExactlyTheWarningsOfBruteForce() {
        List<MeetingFacts> meetings = RandomMeetings.generate(20260304L, 4000, 40, 200);

        Run indexed = replay(meetings);
        BruteForceDetector.Result brute = new BruteForceDetector(rules, dictionary).run(meetings);

        assertThat(indexed.warnings()).hasSizeGreaterThan(100);
        assertThat(indexed.warnings()).isEqualTo(brute.warnings());
        assertThat(indexed.hubExclusions()).as("the leaders do become hubs").isPositive();
        assertThat(brute.pairsEvaluated()).isEqualTo(4000L * 3999 / 2);
        assertThat(indexed.examined()).isLessThan(brute.pairsEvaluated() / 20);
        assertThat(brute.hubOnlyWarnings()).as("leader-only meetings overlap only through hubs")
                .isNotEmpty()
                .allSatisfy(warning -> assertThat(warning.evidence().sharedAttendeeIds())
                        .allMatch(id -> id.startsWith("L")));
    }

    @Test
    void meetingsArrivingOutOfTimeOrderGiveTheSameWarningsAsBruteForceInThatOrder() {
        List<MeetingFacts> meetings = new ArrayList<>(RandomMeetings.generate(99L, 2500, 30, 150));
        java.util.Collections.shuffle(meetings, new java.util.Random(5));

        Run indexed = replay(meetings);

        assertThat(indexed.warnings()).hasSizeGreaterThan(50)
                .isEqualTo(new BruteForceDetector(rules, dictionary).detectAll(meetings));
    }

    @Test
    void theSameHistoryGivesTheSameWarningsInTheSameOrder() {
        List<MeetingFacts> meetings = RandomMeetings.generate(7L, 1500, 20, 60);

        Run first = replay(meetings);
        Run second = replay(RandomMeetings.generate(7L, 1500, 20, 60));

        assertThat(first.warnings()).isNotEmpty().isEqualTo(second.warnings());
        assertThat(first.warnings().toString()).isEqualTo(second.warnings().toString());
        assertThat(first.examined()).isEqualTo(second.examined());
    }

    @Test
    void warningsAreOrderedByTheOtherMeetingAndDetectDoesNotIndex() {
        InMemoryMeetingIndex index = new InMemoryMeetingIndex();
        OverlapDetector detector = new OverlapDetector(rules, dictionary, index);
        index.add(meeting("M-9", "党建工作例会", "2026-03-04T09:00:00+08:00", people("P", 1, 10)));
        index.add(meeting("M-1", "党员大会", "2026-03-04T09:30:00+08:00", people("P", 1, 10)));
        index.add(meeting("M-5", "人口普查培训会", "2026-03-06T09:00:00+08:00", people("P", 1, 10)));
        MeetingFacts fresh = meeting("M-0", "主题党日", "2026-03-04T15:00:00+08:00", people("P", 1, 10));

        List<OverlapWarning> warnings = detector.detect(fresh);

        assertThat(warnings).extracting(OverlapWarning::otherMeetingId).containsExactly("M-1", "M-9");
        assertThat(warnings).allSatisfy(warning -> assertThat(warning.meetingId()).isEqualTo("M-0"));
        assertThat(index.size()).isEqualTo(3);
        assertThat(detector.candidatesExamined()).isEqualTo(3);
    }

    @Test
    void aSourceThatOnlyReturnsFactsWorksThroughTheDefaultPreparation() {
        InMemoryMeetingIndex index = new InMemoryMeetingIndex();
        index.add(meeting("M-1", "党员大会", "2026-03-04T09:30:00+08:00", people("P", 1, 10)));
        CandidateSource factsOnly = index::candidatesFor;
        OverlapDetector detector = new OverlapDetector(rules, dictionary, factsOnly);

        assertThat(detector.detect(meeting("M-2", "党建例会", "2026-03-04T15:00:00+08:00", people("P", 1, 10))))
                .singleElement().extracting(OverlapWarning::otherMeetingId).isEqualTo("M-1");
    }
}
