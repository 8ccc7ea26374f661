package io.jianfu.query.meeting;

import io.jianfu.events.meeting.AttendanceReceiptSubmitted;
import io.jianfu.events.meeting.CheckedIn;
import io.jianfu.events.meeting.MaterialRead;
import io.jianfu.events.meeting.MeetingMaterialUploaded;
import io.jianfu.events.meeting.MeetingNoticeIssued;
import io.jianfu.events.meeting.PrintedMaterialsRecorded;
import io.jianfu.query.common.TableProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * 无纸化会务 as tables: notice, invitees with receipts and check-ins, materials, reads and printing. A pure function
 * of the paperwork events; times are the events' own timestamps, so a replay rebuilds the same rows.
 */
@Component
@ProcessingGroup(MeetingPaperworkProjection.GROUP)
public class MeetingPaperworkProjection extends TableProjection {
    public static final String GROUP = "meeting-paperwork-views";
    static final List<String> TABLES = List.of("paperwork_printing_view",
                                               "paperwork_read_view",
                                               "paperwork_material_view",
                                               "paperwork_invitee_view",
                                               "paperwork_notice_view");

    public MeetingPaperworkProjection(JdbcClient jdbc) {
        super(jdbc, TABLES);
    }

    @EventHandler
    void on(MeetingNoticeIssued event, @Timestamp Instant at) {
        jdbc.sql("""
                 INSERT INTO paperwork_notice_view (meeting_id, organizer_unit_code, message, issued_at)
                 VALUES (?, ?, ?, ?) ON CONFLICT (meeting_id) DO NOTHING""")
            .params(event.meetingId(), event.organizerUnitCode(), event.message(), utc(at))
            .update();
        List<MeetingNoticeIssued.Invitee> invitees = event.invitees();
        for (int position = 0; position < invitees.size(); position++) {
            jdbc.sql("""
                     INSERT INTO paperwork_invitee_view (meeting_id, cadre_id, unit_code, position)
                     VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(event.meetingId(), invitees.get(position).cadreId(), invitees.get(position).unitCode(),
                        position)
                .update();
        }
    }

    @EventHandler
    void on(AttendanceReceiptSubmitted event, @Timestamp Instant at) {
        jdbc.sql("""
                 UPDATE paperwork_invitee_view SET answer = ?, reason = ?, deputy_cadre_id = ?, answered_at = ?
                 WHERE meeting_id = ? AND cadre_id = ?""")
            .params(event.answer().name(), event.reason(), event.deputyCadreId(), utc(at), event.meetingId(),
                    event.cadreId())
            .update();
    }

    @EventHandler
    void on(CheckedIn event, @Timestamp Instant at) {
        String seat = event.standingInFor() != null ? event.standingInFor() : event.cadreId();
        jdbc.sql("""
                 UPDATE paperwork_invitee_view SET checked_in_cadre_id = ?, check_in_method = ?, checked_in_at = ?
                 WHERE meeting_id = ? AND cadre_id = ?""")
            .params(event.cadreId(), event.method().name(), utc(at), event.meetingId(), seat)
            .update();
    }

    @EventHandler
    void on(MeetingMaterialUploaded event, @Timestamp Instant at) {
        jdbc.sql("""
                 INSERT INTO paperwork_material_view (meeting_id, material_id, file_name, content_type, size, sha256,
                                                      uploaded_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
            .params(event.meetingId(), event.materialId(), event.fileName(), event.contentType(), event.size(),
                    event.sha256(), utc(at))
            .update();
    }

    @EventHandler
    void on(MaterialRead event, @Timestamp Instant at) {
        String readerKey = event.cadreId() != null ? "cadre:" + event.cadreId() : "user:" + event.reader();
        jdbc.sql("""
                 INSERT INTO paperwork_read_view (meeting_id, material_id, reader_key, cadre_id, reader,
                                                  reader_unit_code, read_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
            .params(event.meetingId(), event.materialId(), readerKey, event.cadreId(), event.reader(),
                    event.readerUnitCode(), utc(at))
            .update();
    }

    @EventHandler
    void on(PrintedMaterialsRecorded event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        jdbc.sql("""
                 INSERT INTO paperwork_printing_view (event_id, meeting_id, pages, copies, recorded_at)
                 VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""")
            .params(eventId, event.meetingId(), event.pages(), event.copies(), utc(at))
            .update();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
