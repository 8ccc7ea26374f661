package io.jianfu.query.overlap.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.jianfu.query.overlap.engine.Meetings.concat;
import static io.jianfu.query.overlap.engine.Meetings.meeting;
import static io.jianfu.query.overlap.engine.Meetings.people;
import static org.assertj.core.api.Assertions.assertThat;

/** Blocking by day and person, the window, hub exclusion, and index maintenance. */
class InMemoryMeetingIndexTest {

    private final OverlapRules rules = OverlapRules.defaults();
    private final InMemoryMeetingIndex index = new InMemoryMeetingIndex();

    private static List<String> ids(List<MeetingFacts> meetings) {
        return meetings.stream().map(MeetingFacts::meetingId).toList();
    }

    @Test
    void candidatesShareSomeoneAndStartWithinTheWindowSortedById() {
        index.add(meeting("M-5", "会", "2026-03-02T09:00:00+08:00", List.of("X", "A")));   // 8 days before
        index.add(meeting("M-4", "会", "2026-03-03T23:59:00+08:00", List.of("X")));        // 7 days before
        index.add(meeting("M-3", "会", "2026-03-10T15:00:00+08:00", List.of("B", "X")));   // same day
        index.add(meeting("M-2", "会", "2026-03-17T08:00:00+08:00", List.of("X")));        // 7 days after
        index.add(meeting("M-1", "会", "2026-03-18T09:00:00+08:00", List.of("X")));        // 8 days after
        index.add(meeting("M-0", "会", "2026-03-10T09:00:00+08:00", List.of("Y")));        // nobody shared

        List<MeetingFacts> candidates = index.candidatesFor(
                meeting("NEW", "会", "2026-03-10T09:00:00+08:00", List.of("X", "Z")), rules);

        assertThat(ids(candidates)).containsExactly("M-2", "M-3", "M-4");
        assertThat(index.candidatePairsExamined()).isEqualTo(3);
    }

    @Test
    void theMeetingItselfIsNeverItsOwnCandidate() {
        MeetingFacts self = meeting("M-1", "会", "2026-03-10T09:00:00+08:00", List.of("X"));
        index.add(self);
        index.add(meeting("M-2", "会", "2026-03-10T10:00:00+08:00", List.of("X")));

        assertThat(ids(index.candidatesFor(self, rules))).containsExactly("M-2");
    }

    @Test
    void aPersonBookedIntoMoreThanTheFanOutDoesNotGenerateCandidates() {
        for (int i = 0; i < 41; i++) {
            index.add(meeting(String.format("H-%02d", i), "区领导调研", "2026-03-0" + (2 + i % 7) + "T09:00:00+08:00",
                    List.of("LEADER", "staff" + i)));
        }
        index.add(meeting("M-A", "会", "2026-03-05T09:00:00+08:00", List.of("A", "other")));
        MeetingFacts fresh = meeting("NEW", "会", "2026-03-05T14:00:00+08:00", List.of("LEADER", "A", "B"));

        assertThat(index.bookings("LEADER", 20514, 20528)).isEqualTo(41);
        assertThat(ids(index.candidatesFor(fresh, rules))).containsExactly("M-A");
        assertThat(index.hubExclusions()).isEqualTo(1);

        index.remove("H-00");
        assertThat(index.candidatesFor(fresh, rules)).as("40 bookings is not more than 40").hasSize(41);
    }

    @Test
    void hubsStillCountAsSharedPeopleOnceAPairIsFoundThroughOthers() {
        List<String> leaders = people("区领导", 1, 2);
        for (int i = 0; i < 45; i++) {
            index.add(meeting("H-" + i, "调研", "2026-03-05T09:00:00+08:00", concat(leaders, List.of("s" + i))));
        }
        index.add(meeting("M-A", "党建工作会", "2026-03-05T09:00:00+08:00", concat(leaders, List.of("X"))));
        OverlapDetector detector = new OverlapDetector(rules, TopicDictionary.defaults(), index);

        List<OverlapWarning> warnings = detector.detect(
                meeting("NEW", "党员大会", "2026-03-05T14:30:00+08:00", concat(leaders, List.of("X"))));

        assertThat(detector.candidatesExamined()).isEqualTo(1);
        assertThat(warnings).singleElement().satisfies(warning -> {
            assertThat(warning.otherMeetingId()).isEqualTo("M-A");
            assertThat(warning.evidence().sharedAttendeeIds()).containsExactly("X", "区领导01", "区领导02");
        });
    }

    @Test
    void thePreparedPathLeavesOutMeetingsThatCannotReachMinShared() {
        index.add(meeting("M-1", "会", "2026-03-10T09:00:00+08:00", List.of("X", "Y", "Q")));
        index.add(meeting("M-2", "会", "2026-03-10T09:00:00+08:00", List.of("X", "P")));
        MeetingFacts probe = meeting("P", "会", "2026-03-10T14:00:00+08:00", List.of("X", "Y", "Z"));

        assertThat(ids(index.candidatesFor(probe, rules))).containsExactly("M-1", "M-2");
        assertThat(index.candidateProfilesFor(MeetingProfile.of(probe), rules)).isEmpty();
        MeetingFacts wider = meeting("W", "会", "2026-03-10T14:00:00+08:00", List.of("X", "Y", "Q"));
        assertThat(index.candidateProfilesFor(MeetingProfile.of(wider), rules))
                .extracting(MeetingProfile::meetingId).containsExactly("M-1");
        assertThat(index.candidatePairsGathered()).isEqualTo(6);
        assertThat(index.candidatePairsExamined()).isEqualTo(3);
    }

    @Test
    void removedAndReplacedMeetingsLeaveTheIndex() {
        index.add(meeting("M-1", "会", "2026-03-10T09:00:00+08:00", List.of("X")));
        index.add(meeting("M-2", "会", "2026-03-10T09:00:00+08:00", List.of("X")));
        MeetingFacts probe = meeting("P", "会", "2026-03-10T09:00:00+08:00", List.of("X"));

        assertThat(index.remove("M-1")).isTrue();
        assertThat(index.remove("M-1")).isFalse();
        assertThat(index.size()).isEqualTo(1);
        assertThat(ids(index.candidatesFor(probe, rules))).containsExactly("M-2");

        index.add(meeting("M-2", "会", "2026-05-10T09:00:00+08:00", List.of("X")));
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.candidatesFor(probe, rules)).isEmpty();
        assertThat(index.get("M-2").start().getMonthValue()).isEqualTo(5);
    }

    @Test
    void emptyIndexAndMeetingsWithoutAttendeesGiveNoCandidates() {
        assertThat(index.candidatesFor(meeting("P", "会", "2026-03-10T09:00:00+08:00", List.of("X")), rules)).isEmpty();
        index.add(meeting("M-1", "会", "2026-03-10T09:00:00+08:00", new ArrayList<>()));
        assertThat(index.candidatesFor(meeting("P", "会", "2026-03-10T09:00:00+08:00", List.of()), rules)).isEmpty();
    }
}
