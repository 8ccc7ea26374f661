package io.jianfu.events.meeting;

/**
 * 参会回执: the unit of an invited cadre answered the notice for that cadre. {@code reason} is given for ABSENT (and
 * may be for DEPUTY), {@code deputyCadreId} only for DEPUTY; a later receipt replaces an earlier one.
 */
public record AttendanceReceiptSubmitted(String meetingId, String cadreId, String unitCode, AttendanceAnswer answer,
                                         String reason, String deputyCadreId) {
}
