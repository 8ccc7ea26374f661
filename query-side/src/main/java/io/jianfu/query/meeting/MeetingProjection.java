package io.jianfu.query.meeting;

import io.jianfu.events.meeting.AnnualMeetingPlanAmended;
import io.jianfu.events.meeting.AnnualMeetingPlanFiled;
import io.jianfu.events.meeting.MeetingCancelled;
import io.jianfu.events.meeting.MeetingHeld;
import io.jianfu.events.meeting.MeetingScheduled;
import io.jianfu.events.meeting.ScaleStandardSet;
import io.jianfu.query.common.DistrictTime;
import io.jianfu.query.common.TableProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Meetings and annual plans as tables, a pure function of the meeting events. A meeting belongs to the year its
 * start falls in, in the district's time zone.
 */
@Component
@ProcessingGroup(MeetingProjection.GROUP)
public class MeetingProjection extends TableProjection {
    public static final String GROUP = "meeting-views";
    static final List<String> TABLES = List.of("scale_standard_view",
                                               "meeting_attendee",
                                               "meeting_view",
                                               "meeting_plan_view");

    public MeetingProjection(JdbcClient jdbc) {
        super(jdbc, TABLES);
    }

    @EventHandler
    void on(AnnualMeetingPlanFiled event) {
        savePlan(event.unitCode(), event.year(), event.plannedCount());
    }

    @EventHandler
    void on(AnnualMeetingPlanAmended event) {
        savePlan(event.unitCode(), event.year(), event.plannedCount());
    }

    @EventHandler
    void on(MeetingScheduled event) {
        jdbc.sql("""
                 INSERT INTO meeting_view (meeting_id, organizer_unit_code, title, agenda, kind, start_at, end_at, year,
                                           venue, status, attendee_count)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?) ON CONFLICT (meeting_id) DO NOTHING""")
            .params(event.meetingId(), event.organizerUnitCode(), event.title(), event.agenda(), event.kind().name(),
                    event.start(), event.end(), DistrictTime.inDistrict(event.start()).getYear(), event.venue(),
                    event.attendeeIds().size())
            .update();
        List<String> attendees = event.attendeeIds();
        for (int position = 0; position < attendees.size(); position++) {
            jdbc.sql("""
                     INSERT INTO meeting_attendee (meeting_id, cadre_id, position, invited, attended)
                     VALUES (?, ?, ?, TRUE, FALSE) ON CONFLICT DO NOTHING""")
                .params(event.meetingId(), attendees.get(position), position)
                .update();
        }
    }

    @EventHandler
    void on(MeetingCancelled event) {
        jdbc.sql("UPDATE meeting_view SET status = 'CANCELLED', cancel_reason = ? WHERE meeting_id = ?")
            .params(event.reason(), event.meetingId())
            .update();
    }

    @EventHandler
    void on(MeetingHeld event) {
        jdbc.sql("UPDATE meeting_view SET status = 'HELD', actual_start = ?, actual_end = ? WHERE meeting_id = ?")
            .params(event.actualStart(), event.actualEnd(), event.meetingId())
            .update();
        List<String> attended = event.attendedIds();
        for (int index = 0; index < attended.size(); index++) {
            jdbc.sql("""
                     INSERT INTO meeting_attendee (meeting_id, cadre_id, position, invited, attended)
                     VALUES (?, ?, (SELECT count(*) FROM meeting_attendee WHERE meeting_id = ?), FALSE, TRUE)
                     ON CONFLICT (meeting_id, cadre_id) DO UPDATE SET attended = TRUE""")
                .params(event.meetingId(), attended.get(index), event.meetingId())
                .update();
        }
    }

    @EventHandler
    void on(ScaleStandardSet event) {
        jdbc.sql("""
                 INSERT INTO scale_standard_view (kind, max_attendees, max_minutes) VALUES (?, ?, ?)
                 ON CONFLICT (kind) DO UPDATE SET max_attendees = EXCLUDED.max_attendees,
                                                  max_minutes = EXCLUDED.max_minutes""")
            .params(event.kind().name(), event.maxAttendees(), event.maxMinutes())
            .update();
    }

    private void savePlan(String unitCode, int year, int plannedCount) {
        jdbc.sql("""
                 INSERT INTO meeting_plan_view (unit_code, year, planned_count) VALUES (?, ?, ?)
                 ON CONFLICT (unit_code, year) DO UPDATE SET planned_count = EXCLUDED.planned_count""")
            .params(unitCode, year, plannedCount)
            .update();
    }
}
