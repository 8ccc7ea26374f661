package io.jianfu.query.overlap;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The per-person signals of overlap.md: double-bookings and days with three or more meetings. */
public final class PersonLoad {
    private PersonLoad() {
    }

    /** A cadre booked into two meetings whose times intersect. */
    public record DoubleBooking(String cadreId, String cadreName, String unitCode, String meetingId,
                                String meetingTitle, OffsetDateTime meetingStart, String otherMeetingId,
                                String otherMeetingTitle, OffsetDateTime otherMeetingStart) {
    }

    /** 一天赶两三场会: a cadre called to three or more meetings on one day. */
    public record Overload(String cadreId, String cadreName, String unitCode, LocalDate day, int meetings,
                           List<String> meetingIds) {
    }
}
