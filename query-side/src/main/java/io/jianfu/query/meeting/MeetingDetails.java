package io.jianfu.query.meeting;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A meeting as its page shows it, times in the district's zone; {@code paperwork} (who has not answered the notice,
 * who checked in, who read the materials) is null until a notice is issued.
 */
public record MeetingDetails(String id, String organizerUnitCode, String title, String agenda, String kind,
                             OffsetDateTime start, OffsetDateTime end, int year, String venue, String status,
                             String cancelReason, OffsetDateTime actualStart, OffsetDateTime actualEnd,
                             ScaleFlag scaleFlag, List<Attendee> attendees, Paperwork paperwork) {

    /** A cadre on the meeting: invited, and whether they came. Name and unit are null for an unknown cadre. */
    public record Attendee(String cadreId, String name, String unitCode, boolean topLeader, boolean invited,
                           boolean attended) {
    }
}
