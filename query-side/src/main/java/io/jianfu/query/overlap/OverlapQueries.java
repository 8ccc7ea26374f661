package io.jianfu.query.overlap;

import io.jianfu.query.common.DistrictTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Reads merge suggestions, newest detection last, by the day of the later meeting, unit and status. */
@Component
public class OverlapQueries {
    /** The title a merged meeting takes by convention: A暨B, earlier meeting first. */
    static final String TITLE_JOINER = "暨";

    private static final String WARNINGS = """
            SELECT w.*, m.title, m.start_at, m.end_at, o.title AS other_title, o.start_at AS other_start,
                   o.end_at AS other_end
            FROM overlap_warning w
            JOIN overlap_meeting m ON m.meeting_id = w.meeting_id
            JOIN overlap_meeting o ON o.meeting_id = w.other_meeting_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public OverlapQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<OverlapWarningView> warnings(LocalDate from, LocalDate to, String unit, String status, int limit) {
        return jdbc.sql(WARNINGS + """
                        WHERE (CAST(:from AS date) IS NULL OR w.day >= :from)
                          AND (CAST(:to AS date) IS NULL OR w.day <= :to)
                          AND (CAST(:unit AS varchar) IS NULL OR w.organizer_unit_code = :unit
                               OR w.other_organizer_unit_code = :unit)
                          AND (CAST(:status AS varchar) IS NULL OR w.status = :status)
                        ORDER BY w.detected_order
                        LIMIT :limit""")
                   .param("from", from).param("to", to).param("unit", unit).param("status", status)
                   .param("limit", limit)
                   .query((rs, row) -> warning(rs))
                   .list();
    }

    public List<OverlapWarningView> warningsOf(String meetingId) {
        return jdbc.sql(WARNINGS + "WHERE w.meeting_id = ? OR w.other_meeting_id = ? ORDER BY w.detected_order")
                   .params(meetingId, meetingId)
                   .query((rs, row) -> warning(rs))
                   .list();
    }

    public boolean knows(String meetingId) {
        return jdbc.sql("SELECT count(*) FROM overlap_meeting WHERE meeting_id = ?").param(meetingId)
                   .query(Long.class).single() > 0;
    }

    private OverlapWarningView warning(ResultSet rs) throws SQLException {
        var meeting = new OverlapWarningView.MeetingRef(rs.getString("meeting_id"), rs.getString("organizer_unit_code"),
                                                        rs.getString("title"), time(rs, "start_at"),
                                                        time(rs, "end_at"));
        var other = new OverlapWarningView.MeetingRef(rs.getString("other_meeting_id"),
                                                      rs.getString("other_organizer_unit_code"),
                                                      rs.getString("other_title"), time(rs, "other_start"),
                                                      time(rs, "other_end"));
        boolean otherFirst = !other.start().isAfter(meeting.start());
        String suggestedTitle = otherFirst ? other.title() + TITLE_JOINER + meeting.title()
                : meeting.title() + TITLE_JOINER + other.title();
        return new OverlapWarningView(meeting, other, rs.getBigDecimal("score"), rs.getString("reason"),
                                      json.readTree(rs.getString("evidence")), rs.getString("status"),
                                      rs.getString("status_reason"), suggestedTitle);
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return DistrictTime.inDistrict(rs.getObject(column, OffsetDateTime.class));
    }
}
