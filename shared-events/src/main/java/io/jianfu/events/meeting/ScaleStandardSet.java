package io.jianfu.events.meeting;

/** ADMIN set the scale standard (会议规模标准) of a kind of meeting: most attendees and longest duration. */
public record ScaleStandardSet(MeetingKind kind, int maxAttendees, int maxMinutes) {
}
