package io.jianfu.events.meeting;

/** The organiser called a scheduled meeting off. */
public record MeetingCancelled(String meetingId, String organizerUnitCode, String reason) {
}
