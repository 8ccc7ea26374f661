package io.jianfu.command.meeting;

import io.jianfu.events.meeting.AttendanceAnswer;

/** Answer a meeting's notice for one invited cadre: attending, absent (with a reason), or sending a deputy. */
public record SubmitAttendanceReceipt(String meetingId, String cadreId, AttendanceAnswer answer, String reason,
                                      String deputyCadreId) {
}
