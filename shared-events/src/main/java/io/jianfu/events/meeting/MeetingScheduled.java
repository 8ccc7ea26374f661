package io.jianfu.events.meeting;

import java.time.OffsetDateTime;
import java.util.List;

/** An organiser unit called a meeting and named the cadres it calls. */
public record MeetingScheduled(String meetingId, String organizerUnitCode, String title, String agenda,
                               MeetingKind kind, OffsetDateTime start, OffsetDateTime end, String venue,
                               List<String> attendeeIds) {
}
