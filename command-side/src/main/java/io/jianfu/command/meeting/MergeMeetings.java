package io.jianfu.command.meeting;

import io.jianfu.events.meeting.MeetingKind;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * 合并召开: replace two or more scheduled meetings of one organiser by one merged meeting. Every field but the ids is
 * optional: the title defaults to the sources' titles joined by 暨, time, kind and venue to the earliest source's,
 * attendees to the union of the sources' attendees.
 */
public record MergeMeetings(String mergedMeetingId, List<String> sourceMeetingIds, String title, String agenda,
                            MeetingKind kind, OffsetDateTime start, OffsetDateTime end, String venue,
                            List<String> attendeeIds) {
}
