package io.jianfu.query.overlap.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static io.jianfu.query.overlap.engine.Meetings.meeting;
import static org.assertj.core.api.Assertions.assertThat;

/** The prepared form of a meeting: id order, exact shared-people counts, district day and half-day. */
class MeetingProfileTest {

    @Test
    void idOrderIsTheNaturalOrderOfTheIdStrings() {
        Random random = new Random(11);
        List<String> ids = new ArrayList<>(List.of("", "A", "AB", "AB\u0000", "AB\u0000C", "M0000001", "M00000010",
                "M0000002", "会议-1", "会议-10", "\uFFFF", "0c3f2a9e-1d2b-4c5d-9e8f-0a1b2c3d4e5f"));
        for (int i = 0; i < 300; i++) {
            StringBuilder id = new StringBuilder();
            for (int c = random.nextInt(12); c > 0; c--) {
                id.append(random.nextBoolean() ? (char) ('0' + random.nextInt(3))
                        : (char) (0x4E00 + random.nextInt(3)));
            }
            ids.add(id.toString());
        }
        List<MeetingProfile> profiles = new ArrayList<>(ids.stream()
                .map(id -> MeetingProfile.of(meeting(id, "会", "2026-03-04T09:00:00+08:00", List.of()))).toList());

        profiles.sort(MeetingProfile.BY_ID);

        assertThat(profiles).extracting(MeetingProfile::meetingId)
                .containsExactlyElementsOf(ids.stream().sorted(Comparator.naturalOrder()).toList());
    }

    @Test
    void sharedPeopleAreCountedByValueOnceEach() {
        MeetingProfile a = MeetingProfile.of(meeting("A", "会", "2026-03-04T09:00:00+08:00",
                List.of("p3", "p1", "p2", "p1", "p9")));
        MeetingProfile b = MeetingProfile.of(meeting("B", "会", "2026-03-04T09:00:00+08:00",
                List.of(new String("p2"), new String("p1"), "p3", "p4", new String("p3"))));

        assertThat(a.attendeeCount()).isEqualTo(4);
        assertThat(b.attendeeCount()).isEqualTo(4);
        assertThat(MeetingProfile.sharedCount(a, b)).isEqualTo(3);
        assertThat(MeetingProfile.sharedIds(a, b)).containsExactly("p1", "p2", "p3");
        assertThat(a.attendees()).containsExactly("p1", "p2", "p3", "p9");
        assertThat(a.attends(new String("p9"))).isTrue();
        assertThat(a.attends("p4")).isFalse();
    }

    @Test
    void dayAndHalfDayAreTheDistricts() {
        MeetingProfile lateUtc = MeetingProfile.of(meeting("A", "会", "2026-03-03T20:00:00Z", List.of()));
        MeetingProfile noon = MeetingProfile.of(meeting("B", "会", "2026-03-04T12:00:00+08:00", List.of()));

        assertThat(lateUtc.date()).isEqualTo(noon.date());
        assertThat(lateUtc.afternoon()).isFalse();
        assertThat(noon.afternoon()).isTrue();
        assertThat(noon.dayOfWeek()).hasToString("WEDNESDAY");
    }
}
