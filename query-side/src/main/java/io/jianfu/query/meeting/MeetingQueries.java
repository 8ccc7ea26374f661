package io.jianfu.query.meeting;

import io.jianfu.query.common.DistrictTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Reads one meeting with its attendees, or the meetings of a unit in a time range. */
@Component
@Transactional(readOnly = true)
public class MeetingQueries {
    /** A meeting with its length in minutes and the scale standard of its kind, if one is set. */
    private static final String SCALED = """
            SELECT m.*, CAST(round(extract(epoch FROM m.end_at - m.start_at) / 60) AS bigint) AS minutes,
                   s.max_attendees, s.max_minutes
            FROM meeting_view m LEFT JOIN scale_standard_view s ON s.kind = m.kind
            """;

    private final JdbcClient jdbc;
    private final MeetingPaperworkQueries paperwork;

    public MeetingQueries(JdbcClient jdbc, MeetingPaperworkQueries paperwork) {
        this.jdbc = jdbc;
        this.paperwork = paperwork;
    }

    public Optional<MeetingDetails> meeting(String meetingId) {
        List<MeetingDetails.Attendee> attendees = jdbc.sql("""
                SELECT a.cadre_id, c.name, c.unit_code, coalesce(c.top_leader, FALSE) AS top_leader, a.invited,
                       a.attended
                FROM meeting_attendee a LEFT JOIN cadre_view c ON c.id = a.cadre_id
                WHERE a.meeting_id = ? ORDER BY a.position""")
                .param(meetingId)
                .query((rs, row) -> new MeetingDetails.Attendee(rs.getString(1), rs.getString(2), rs.getString(3),
                                                                rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6)))
                .list();
        return jdbc.sql(SCALED + "WHERE m.meeting_id = ?")
                   .param(meetingId)
                   .query((rs, row) -> new MeetingDetails(
                           rs.getString("meeting_id"), rs.getString("organizer_unit_code"), rs.getString("title"),
                           rs.getString("agenda"), rs.getString("kind"), time(rs, "start_at"), time(rs, "end_at"),
                           rs.getInt("year"), rs.getString("venue"), rs.getString("status"),
                           rs.getString("cancel_reason"), time(rs, "actual_start"), time(rs, "actual_end"),
                           scaleFlag(rs), attendees, paperwork.paperwork(meetingId).filter(Paperwork::noticeIssued)
                                                            .orElse(null)))
                   .optional();
    }

    /** Meetings that overlap [from, to), earliest first. */
    public List<MeetingSummary> meetings(String unitCode, OffsetDateTime from, OffsetDateTime to, int limit) {
        return jdbc.sql(SCALED + """
                        WHERE (CAST(:unit AS varchar) IS NULL OR m.organizer_unit_code = :unit)
                          AND (CAST(:from AS timestamptz) IS NULL OR m.end_at > :from)
                          AND (CAST(:to AS timestamptz) IS NULL OR m.start_at < :to)
                        ORDER BY m.start_at, m.meeting_id
                        LIMIT :limit""")
                   .param("unit", unitCode).param("from", from).param("to", to).param("limit", limit)
                   .query((rs, row) -> new MeetingSummary(
                           rs.getString("meeting_id"), rs.getString("organizer_unit_code"), rs.getString("title"),
                           rs.getString("kind"), time(rs, "start_at"), time(rs, "end_at"), rs.getString("venue"),
                           rs.getString("status"), rs.getInt("attendee_count"), scaleFlag(rs)))
                   .list();
    }

    private static ScaleFlag scaleFlag(ResultSet rs) throws SQLException {
        return ScaleFlag.of(rs.getInt("attendee_count"), rs.getLong("minutes"),
                            (Integer) rs.getObject("max_attendees"), (Integer) rs.getObject("max_minutes"));
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return DistrictTime.inDistrict(rs.getObject(column, OffsetDateTime.class));
    }
}
