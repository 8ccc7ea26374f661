package io.jianfu.query.meeting;

import java.util.ArrayList;
import java.util.List;

/**
 * 会议规模超标亮黄灯: YELLOW when a meeting calls more people or lasts longer than the standard of its kind, with the
 * reasons; null when it keeps to it or its kind has no standard.
 */
public record ScaleFlag(String colour, List<String> reasons) {

    public static ScaleFlag of(int attendees, long minutes, Integer maxAttendees, Integer maxMinutes) {
        List<String> reasons = new ArrayList<>();
        if (maxAttendees != null && attendees > maxAttendees) {
            reasons.add("参会 " + attendees + " 人，超过标准 " + maxAttendees + " 人");
        }
        if (maxMinutes != null && minutes > maxMinutes) {
            reasons.add("时长 " + minutes + " 分钟，超过标准 " + maxMinutes + " 分钟");
        }
        return reasons.isEmpty() ? null : new ScaleFlag("YELLOW", List.copyOf(reasons));
    }
}
