package io.jianfu.query.overlap.engine;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Test fixtures: meetings and attendee lists written briefly. */
final class Meetings {

    private Meetings() {
    }

    static MeetingFacts meeting(String id, String organiser, String title, String start, int minutes,
                                List<String> attendees) {
        OffsetDateTime begin = OffsetDateTime.parse(start);
        return new MeetingFacts(id, organiser, title, null, begin, begin.plusMinutes(minutes), attendees);
    }

    static MeetingFacts meeting(String id, String title, String start, List<String> attendees) {
        return meeting(id, "ORG-" + id, title, start, 90, attendees);
    }

    /** Ids prefix01 … prefixNN, zero-padded so their natural order is their numeric order. */
    static List<String> people(String prefix, int from, int toInclusive) {
        return IntStream.rangeClosed(from, toInclusive).mapToObj(i -> String.format("%s%02d", prefix, i)).toList();
    }

    @SafeVarargs
    static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
