package io.jianfu.query.meeting;

import java.time.OffsetDateTime;

/** A meeting in a list. */
public record MeetingSummary(String id, String organizerUnitCode, String title, String kind, OffsetDateTime start,
                             OffsetDateTime end, String venue, String status, int attendeeCount, ScaleFlag scaleFlag) {
}
