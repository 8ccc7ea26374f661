package io.jianfu.command.meeting;

import io.jianfu.events.meeting.MeetingKind;

import java.time.OffsetDateTime;
import java.util.List;

/** Call a meeting: the organiser unit, what it is about, when and where, and the cadres it calls. */
public record ScheduleMeeting(String meetingId, String organizerUnitCode, String title, String agenda,
                              MeetingKind kind, OffsetDateTime start, OffsetDateTime end, String venue,
                              List<String> attendeeIds) {
}
