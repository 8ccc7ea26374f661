package io.jianfu.app.support;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for meeting commands. */
public final class Meetings {
    private Meetings() {
    }

    public static Map<String, Object> meeting(String unitCode, String title, OffsetDateTime start,
                                              List<String> attendeeIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizerUnitCode", unitCode);
        body.put("title", title);
        body.put("agenda", "议程：" + title);
        body.put("kind", "WORK");
        body.put("start", start.toString());
        body.put("end", start.plusHours(2).toString());
        body.put("venue", "三楼会议室");
        body.put("attendeeIds", attendeeIds);
        return body;
    }

    public static Map<String, Object> plan(String unitCode, int year, int plannedCount) {
        return Map.of("unitCode", unitCode, "year", year, "plannedCount", plannedCount);
    }
}
