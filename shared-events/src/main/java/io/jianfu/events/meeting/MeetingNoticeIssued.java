package io.jianfu.events.meeting;

import java.util.List;

/**
 * 会议通知: the organiser sent the notice of a scheduled meeting to the cadres it calls. The invitees and their units
 * are copied from the meeting at that moment, so the paperwork can tell whose unit answers for whom.
 */
public record MeetingNoticeIssued(String meetingId, String organizerUnitCode, String message,
                                  List<Invitee> invitees) {

    /** A cadre the notice calls, with the unit the cadre belonged to when the notice went out. */
    public record Invitee(String cadreId, String unitCode) {
    }
}
