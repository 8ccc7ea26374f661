package io.jianfu.events.meeting;

/** The organiser of a meeting decided not to merge it with another one, and said why. */
public record OverlapWarningDismissed(String meetingId, String otherMeetingId, String organizerUnitCode,
                                      String reason) {
}
