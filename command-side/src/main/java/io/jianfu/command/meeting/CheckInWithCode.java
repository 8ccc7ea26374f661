package io.jianfu.command.meeting;

/** Check a cadre in to a meeting with a one-time sign-in code the organiser showed at the venue. */
public record CheckInWithCode(String meetingId, String code, String cadreId) {

    @Override
    public String toString() {
        return "CheckInWithCode[meetingId=" + meetingId + ", cadreId=" + cadreId + "]";
    }
}
