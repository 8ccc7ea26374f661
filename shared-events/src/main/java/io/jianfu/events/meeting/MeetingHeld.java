package io.jianfu.events.meeting;

import java.time.OffsetDateTime;
import java.util.List;

/** The organiser recorded that a meeting took place, when, and who came. */
public record MeetingHeld(String meetingId, String organizerUnitCode, OffsetDateTime actualStart,
                          OffsetDateTime actualEnd, List<String> attendedIds) {
}
