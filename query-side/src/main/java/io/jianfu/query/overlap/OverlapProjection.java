package io.jianfu.query.overlap;

import io.jianfu.events.meeting.MeetingCancelled;
import io.jianfu.events.meeting.MeetingScheduled;
import io.jianfu.events.meeting.MeetingsMerged;
import io.jianfu.events.meeting.OverlapRulesChanged;
import io.jianfu.events.meeting.OverlapWarningDismissed;
import io.jianfu.events.meeting.TopicDictionaryChanged;
import io.jianfu.query.common.DistrictTime;
import io.jianfu.query.common.TableProjection;
import io.jianfu.query.overlap.engine.MeetingFacts;
import io.jianfu.query.overlap.engine.OverlapDetector;
import io.jianfu.query.overlap.engine.OverlapRules;
import io.jianfu.query.overlap.engine.OverlapWarning;
import io.jianfu.query.overlap.engine.TopicDictionary;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;

/**
 * 多头通知、重复参会: for every scheduled meeting, the earlier meetings it should be merged with. The processor has
 * one segment, so meetings are compared in the order of the event stream and a replay rebuilds the same warnings
 * in the same order. It keeps its own copy of the meetings it compares.
 */
@Component
@ProcessingGroup(OverlapProjection.GROUP)
public class OverlapProjection extends TableProjection {
    public static final String GROUP = "overlap";
    static final List<String> TABLES = List.of("overlap_warning",
                                               "overlap_attendee",
                                               "overlap_meeting",
                                               "overlap_config");

    private final JsonMapper json;
    private final OverlapConfig config;
    private final JdbcCandidateSource candidates;

    public OverlapProjection(JdbcClient jdbc, JsonMapper json, OverlapConfig config, JdbcCandidateSource candidates) {
        super(jdbc, TABLES);
        this.json = json;
        this.config = config;
        this.candidates = candidates;
    }

    @EventHandler
    void on(OverlapRulesChanged event) {
        config.save(OverlapConfig.RULES, new OverlapRules(event.minShared(), event.sameDayOverlap(),
                                                          event.familyOverlap(), event.familyMaxDaysApart(),
                                                          event.wordSimilarity(), event.wordOverlap(),
                                                          event.wordMaxDaysApart(), event.hubFanOut()));
    }

    @EventHandler
    void on(TopicDictionaryChanged event) {
        config.save(OverlapConfig.DICTIONARY, new TopicDictionary(event.families(), event.genericWords()));
    }

    @EventHandler
    void on(MeetingScheduled event) {
        MeetingFacts meeting = new MeetingFacts(event.meetingId(), event.organizerUnitCode(), event.title(),
                                                event.agenda(), event.start(), event.end(), event.attendeeIds());
        List<OverlapWarning> warnings = new OverlapDetector(config.rules(), config.dictionary(), candidates)
                .detect(meeting);
        LocalDate day = DistrictTime.inDistrict(event.start()).toLocalDate();
        jdbc.sql("""
                 INSERT INTO overlap_meeting (meeting_id, organizer_unit_code, title, agenda, start_at, end_at, day,
                                              active)
                 VALUES (?, ?, ?, ?, ?, ?, ?, TRUE) ON CONFLICT (meeting_id) DO NOTHING""")
            .params(event.meetingId(), event.organizerUnitCode(), event.title(), event.agenda(), event.start(),
                    event.end(), day)
            .update();
        List<String> attendees = event.attendeeIds();
        for (int position = 0; position < attendees.size(); position++) {
            jdbc.sql("""
                     INSERT INTO overlap_attendee (meeting_id, cadre_id, position, day, active)
                     VALUES (?, ?, ?, ?, TRUE) ON CONFLICT DO NOTHING""")
                .params(event.meetingId(), attendees.get(position), position, day)
                .update();
        }
        warnings.forEach(warning -> save(warning, event.organizerUnitCode(), day));
    }

    @EventHandler
    void on(MeetingCancelled event) {
        jdbc.sql("UPDATE overlap_meeting SET active = FALSE WHERE meeting_id = ?").param(event.meetingId()).update();
        jdbc.sql("UPDATE overlap_attendee SET active = FALSE WHERE meeting_id = ?").param(event.meetingId()).update();
        jdbc.sql("""
                 UPDATE overlap_warning SET status = 'CANCELLED', status_reason = ?
                 WHERE status = 'OPEN' AND (meeting_id = ? OR other_meeting_id = ?)""")
            .params(event.reason(), event.meetingId(), event.meetingId())
            .update();
    }

    /** Comes right after its sources' cancellations: the warnings between the sources were acted on by merging. */
    @EventHandler
    void on(MeetingsMerged event) {
        String[] sources = event.sourceMeetingIds().toArray(String[]::new);
        jdbc.sql("UPDATE overlap_meeting SET merged_into = ? WHERE meeting_id = ANY(?)")
            .params(event.mergedMeetingId(), sources)
            .update();
        jdbc.sql("""
                 UPDATE overlap_warning SET status = 'MERGED', status_reason = ?
                 WHERE status <> 'DISMISSED' AND meeting_id = ANY(?) AND other_meeting_id = ANY(?)""")
            .params("合并为 " + event.mergedMeetingId(), sources, sources)
            .update();
    }

    @EventHandler
    void on(OverlapWarningDismissed event) {
        jdbc.sql("""
                 UPDATE overlap_warning SET status = 'DISMISSED', status_reason = ?
                 WHERE status = 'OPEN' AND ((meeting_id = ? AND other_meeting_id = ?)
                                            OR (meeting_id = ? AND other_meeting_id = ?))""")
            .params(event.reason(), event.meetingId(), event.otherMeetingId(), event.otherMeetingId(),
                    event.meetingId())
            .update();
    }

    private void save(OverlapWarning warning, String organizerUnitCode, LocalDate day) {
        jdbc.sql("""
                 INSERT INTO overlap_warning (meeting_id, other_meeting_id, detected_order, organizer_unit_code,
                                              other_organizer_unit_code, day, score, reason, evidence, status)
                 SELECT ?, ?, (SELECT coalesce(max(detected_order), 0) + 1 FROM overlap_warning), ?,
                        (SELECT organizer_unit_code FROM overlap_meeting WHERE meeting_id = ?), ?, ?, ?, ?, 'OPEN'
                 ON CONFLICT (meeting_id, other_meeting_id) DO NOTHING""")
            .params(warning.meetingId(), warning.otherMeetingId(), organizerUnitCode, warning.otherMeetingId(), day,
                    warning.score(), warning.reason(), json.writeValueAsString(warning.evidence()))
            .update();
    }
}
