package io.jianfu.query.meeting;

/** 会议规模标准: the most attendees and minutes a kind of meeting may have. */
public record ScaleStandard(String kind, int maxAttendees, int maxMinutes) {
}
