package io.jianfu.query.overlap;

import io.jianfu.query.common.DistrictTime;
import io.jianfu.query.overlap.engine.CandidateSource;
import io.jianfu.query.overlap.engine.MeetingFacts;
import io.jianfu.query.overlap.engine.OverlapRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The overlap projection's candidates, found in its own tables the way {@code InMemoryMeetingIndex} finds them in
 * memory: active meetings whose day lies within the rules' window of the new meeting's day and that share a person
 * who is not a hub (booked into more than {@code hubFanOut} meetings in that window).
 */
@Component
public class JdbcCandidateSource implements CandidateSource {
    private final JdbcClient jdbc;

    public JdbcCandidateSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<MeetingFacts> candidatesFor(MeetingFacts meeting, OverlapRules rules) {
        if (meeting.attendeeIds().isEmpty()) {
            return List.of();
        }
        LocalDate day = DistrictTime.inDistrict(meeting.start()).toLocalDate();
        List<String> ids = jdbc.sql("""
                        WITH window_load AS (
                            SELECT cadre_id, count(*) AS booked FROM overlap_attendee
                            WHERE active AND cadre_id = ANY(:people) AND day BETWEEN :first AND :last
                              AND meeting_id <> :id
                            GROUP BY cadre_id)
                        SELECT DISTINCT a.meeting_id FROM overlap_attendee a
                        JOIN window_load w ON w.cadre_id = a.cadre_id AND w.booked <= :fanOut
                        WHERE a.active AND a.day BETWEEN :first AND :last AND a.meeting_id <> :id
                        ORDER BY a.meeting_id""")
                                .param("people", meeting.attendeeIds().toArray(String[]::new))
                                .param("first", day.minusDays(rules.windowDays()))
                                .param("last", day.plusDays(rules.windowDays()))
                                .param("id", meeting.meetingId())
                                .param("fanOut", rules.hubFanOut())
                                .query(String.class).list();
        return facts(ids);
    }

    private List<MeetingFacts> facts(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> attendees = new LinkedHashMap<>();
        jdbc.sql("SELECT meeting_id, cadre_id FROM overlap_attendee WHERE meeting_id = ANY(?) ORDER BY meeting_id, "
                         + "position")
            .param(ids.toArray(String[]::new))
            .query((rs, row) -> attendees.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                                         .add(rs.getString(2)))
            .list();
        return jdbc.sql("""
                        SELECT meeting_id, organizer_unit_code, title, agenda, start_at, end_at FROM overlap_meeting
                        WHERE meeting_id = ANY(?) ORDER BY meeting_id""")
                   .param(ids.toArray(String[]::new))
                   .query((rs, row) -> new MeetingFacts(
                           rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                           DistrictTime.inDistrict(rs.getObject(5, OffsetDateTime.class)),
                           DistrictTime.inDistrict(rs.getObject(6, OffsetDateTime.class)),
                           attendees.getOrDefault(rs.getString(1), List.of())))
                   .list();
    }
}
