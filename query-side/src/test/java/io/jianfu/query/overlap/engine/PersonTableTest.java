package io.jianfu.query.overlap.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.jianfu.query.overlap.engine.Meetings.meeting;
import static org.assertj.core.api.Assertions.assertThat;

/** The index's own hash table and the hashed attendee keys stay exact when ids collide. */
class PersonTableTest {

    @Test
    void behavesLikeAMapUnderRandomInsertsAndRemovalsWithCollidingKeys() {
        List<String> keys = new ArrayList<>();
        for (String a : List.of("Aa", "BB")) {
            for (String b : List.of("Aa", "BB")) {
                for (String c : List.of("Aa", "BB")) {
                    keys.add(a + b + c); // eight different ids, one hash code
                }
            }
        }
        for (int i = 0; i < 300; i++) {
            keys.add("P" + i);
        }
        assertThat(keys.get(0).hashCode()).isEqualTo(keys.get(7).hashCode());
        PersonTable table = new PersonTable();
        Map<String, Bookings> reference = new HashMap<>();
        Random random = new Random(3);
        for (int step = 0; step < 20_000; step++) {
            String key = new String(keys.get(random.nextInt(keys.size())).toCharArray());
            if (random.nextInt(3) == 0 && reference.containsKey(key)) {
                table.remove(reference.remove(key));
            } else {
                Bookings entry = table.getOrCreate(key);
                assertThat(reference.computeIfAbsent(key, k -> entry)).isSameAs(entry);
            }
            if (step % 500 == 0) {
                for (String k : keys) {
                    assertThat(table.get(k)).isSameAs(reference.get(k));
                }
                assertThat(table.size()).isEqualTo(reference.size());
            }
        }
    }

    @Test
    void attendeesWithTheSameHashCodeAreStillDifferentPeople() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        String day = "2026-03-04T09:00:00+08:00";
        MeetingProfile a = MeetingProfile.of(meeting("A", "会", day, List.of("Aa", "x", "y", "Aa")));
        MeetingProfile b = MeetingProfile.of(meeting("B", "会", day, List.of("BB", "y", "x", "Aa")));

        assertThat(a.attendeeCount()).isEqualTo(3);
        assertThat(b.attendeeCount()).isEqualTo(4);
        assertThat(MeetingProfile.sharedCount(a, b)).isEqualTo(3);
        assertThat(MeetingProfile.sharedIds(a, b)).containsExactly("Aa", "x", "y");
        assertThat(a.attends("BB")).isFalse();
        assertThat(b.attends("BB")).isTrue();
        MeetingProfile c = MeetingProfile.of(meeting("C", "会", day, List.of("BB", "x", "y")));
        assertThat(MeetingProfile.sharedCount(a, c)).isEqualTo(2);
    }
}
