package io.jianfu.query.overlap;

import io.jianfu.query.common.DistrictTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Double-bookings and overloaded days of the active (not cancelled) meetings, computed at query time from the
 * overlap projection's tables. {@code unit} narrows to cadres of that unit; {@code meetingId} to one meeting.
 */
@Component
public class PersonLoadQueries {
    static final int OVERLOAD = 3;

    private final JdbcClient jdbc;

    public PersonLoadQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PersonLoad.DoubleBooking> doubleBookings(LocalDate from, LocalDate to, String unit, String meetingId,
                                                         int limit) {
        return jdbc.sql("""
                        SELECT a.cadre_id, c.name, c.unit_code, m.meeting_id, m.title, m.start_at,
                               o.meeting_id AS other_id, o.title AS other_title, o.start_at AS other_start
                        FROM overlap_attendee a
                        JOIN overlap_attendee b ON b.cadre_id = a.cadre_id AND b.active AND b.meeting_id <> a.meeting_id
                                               AND b.day BETWEEN a.day - 1 AND a.day + 1
                        JOIN overlap_meeting m ON m.meeting_id = a.meeting_id
                        JOIN overlap_meeting o ON o.meeting_id = b.meeting_id
                        LEFT JOIN cadre_view c ON c.id = a.cadre_id
                        WHERE a.active AND o.start_at < m.end_at AND o.end_at > m.start_at
                          AND (CAST(:meeting AS varchar) IS NOT NULL OR a.meeting_id < b.meeting_id)
                          AND (CAST(:meeting AS varchar) IS NULL OR a.meeting_id = :meeting)
                          AND (CAST(:from AS date) IS NULL OR a.day >= :from)
                          AND (CAST(:to AS date) IS NULL OR a.day <= :to)
                          AND (CAST(:unit AS varchar) IS NULL OR c.unit_code = :unit)
                        ORDER BY m.start_at, m.meeting_id, a.cadre_id, o.meeting_id
                        LIMIT :limit""")
                   .param("meeting", meetingId).param("from", from).param("to", to).param("unit", unit)
                   .param("limit", limit)
                   .query((rs, row) -> new PersonLoad.DoubleBooking(
                           rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                           time(rs, 6), rs.getString(7), rs.getString(8), time(rs, 9)))
                   .list();
    }

    public List<PersonLoad.Overload> overloads(LocalDate from, LocalDate to, String unit, String meetingId,
                                               int limit) {
        return jdbc.sql("""
                        SELECT a.cadre_id, c.name, c.unit_code, a.day, count(*) AS meetings,
                               array_agg(a.meeting_id ORDER BY m.start_at, a.meeting_id) AS meeting_ids
                        FROM overlap_attendee a
                        JOIN overlap_meeting m ON m.meeting_id = a.meeting_id
                        LEFT JOIN cadre_view c ON c.id = a.cadre_id
                        WHERE a.active
                          AND (CAST(:from AS date) IS NULL OR a.day >= :from)
                          AND (CAST(:to AS date) IS NULL OR a.day <= :to)
                          AND (CAST(:unit AS varchar) IS NULL OR c.unit_code = :unit)
                          AND (CAST(:meeting AS varchar) IS NULL OR (a.cadre_id, a.day) IN (
                                SELECT cadre_id, day FROM overlap_attendee WHERE meeting_id = :meeting))
                        GROUP BY a.cadre_id, c.name, c.unit_code, a.day
                        HAVING count(*) >= :overload
                        ORDER BY a.day, a.cadre_id
                        LIMIT :limit""")
                   .param("meeting", meetingId).param("from", from).param("to", to).param("unit", unit)
                   .param("overload", OVERLOAD).param("limit", limit)
                   .query((rs, row) -> new PersonLoad.Overload(
                           rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                           rs.getInt(5), strings(rs.getArray(6))))
                   .list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static OffsetDateTime time(ResultSet rs, int column) throws SQLException {
        return DistrictTime.inDistrict(rs.getObject(column, OffsetDateTime.class));
    }
}
