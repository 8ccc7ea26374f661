package io.jianfu.query.meeting;

import io.jianfu.query.common.DistrictTime;
import io.jianfu.query.common.Limits;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/** Queries of 会议智管: meetings and the three-colour quota. */
@RestController
@RequestMapping("/api")
public class MeetingQueryController {
    private final MeetingQueries meetings;
    private final MeetingQuotaQuery quotas;
    private final JdbcClient jdbc;

    public MeetingQueryController(MeetingQueries meetings, MeetingQuotaQuery quotas, JdbcClient jdbc) {
        this.meetings = meetings;
        this.quotas = quotas;
        this.jdbc = jdbc;
    }

    @GetMapping("/settings/scale-standards")
    public List<ScaleStandard> scaleStandards() {
        return jdbc.sql("SELECT kind, max_attendees, max_minutes FROM scale_standard_view ORDER BY kind")
                   .query(ScaleStandard.class).list();
    }

    @GetMapping("/meetings/{id}")
    public MeetingDetails meeting(@PathVariable String id) {
        return meetings.meeting(id).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No meeting " + id + "."));
    }

    /** Meetings of a unit (by {@code unit} or {@code unitCode}) that overlap the range from..to. */
    @GetMapping("/meetings")
    public List<MeetingSummary> meetings(@RequestParam(required = false) String unit,
                                         @RequestParam(required = false) String unitCode,
                                         @RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to,
                                         @RequestParam(required = false) Integer limit) {
        return meetings.meetings(unit != null ? unit : unitCode, DistrictTime.startOf("from", from),
                                 DistrictTime.endOf("to", to), Limits.of(limit));
    }

    @GetMapping("/quotas/meetings")
    public List<MeetingQuota> quotas(@RequestParam(required = false) Integer year,
                                     @RequestParam(required = false) String unit,
                                     @RequestParam(required = false) String unitCode,
                                     @RequestParam(required = false) QuotaColour colour) {
        return quotas.quotas(year, unit != null ? unit : unitCode, colour);
    }
}
