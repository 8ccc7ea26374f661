package io.jianfu.events.meeting;

import java.util.List;

/**
 * 合并召开: a merged meeting replaces its source meetings, which were cancelled with the reason
 * {@code MERGED_INTO:<mergedMeetingId>} just before.
 */
public record MeetingsMerged(String mergedMeetingId, String organizerUnitCode, List<String> sourceMeetingIds) {
    public static final String CANCELLATION_PREFIX = "MERGED_INTO:";

    public static String cancellationReason(String mergedMeetingId) {
        return CANCELLATION_PREFIX + mergedMeetingId;
    }
}
