package io.jianfu.query.report;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reports for leaders and supervisors. */
@RestController
@RequestMapping("/api/reports")
public class ReportController {
    private final MeetingReportQuery meetings;

    public ReportController(MeetingReportQuery meetings) {
        this.meetings = meetings;
    }

    /** A year's meeting figures against the year before, for one organiser unit or (without unit) the district. */
    @GetMapping("/meetings")
    public MeetingYearReport meetings(@RequestParam int year, @RequestParam(required = false) String unit) {
        return meetings.report(year, unit);
    }
}
