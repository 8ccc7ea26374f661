package io.jianfu.query.overlap.engine;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What the overlap engine needs to know about one scheduled meeting (会议): who calls it, what it is about,
 * when it is, and who is called to it.
 *
 * <p>The attendee list is copied into an immutable list; its order does not matter to the engine and a
 * repeated id counts once. {@code agenda} may be {@code null}; {@code end} may be {@code null} (the engine
 * only uses {@code start}).
 */
public record MeetingFacts(String meetingId, String organizerUnitCode, String title, String agenda,
                           OffsetDateTime start, OffsetDateTime end, List<String> attendeeIds) {

    public MeetingFacts {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(start, "start");
        attendeeIds = attendeeIds == null ? List.of() : List.copyOf(attendeeIds);
    }
}
