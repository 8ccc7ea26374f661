package io.jianfu.command.meeting;

/** Send the notice of a scheduled meeting to the cadres it calls; this opens the meeting's paperwork. */
public record IssueMeetingNotice(String meetingId, String message) {
}
