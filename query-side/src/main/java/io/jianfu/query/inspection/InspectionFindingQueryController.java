package io.jianfu.query.inspection;

import io.jianfu.query.common.Limits;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/** Findings (the town's list and the inspection's page) and the burden reports; any signed-in user reads them. */
@RestController
public class InspectionFindingQueryController {
    private static final Set<String> STATUSES = Set.of("OPEN", "RECTIFIED");

    private final InspectionFindingQueries findings;
    private final InspectionBurdenQueries burden;

    public InspectionFindingQueryController(InspectionFindingQueries findings, InspectionBurdenQueries burden) {
        this.findings = findings;
        this.burden = burden;
    }

    @GetMapping("/api/inspections/findings")
    public List<FindingView> findings(@RequestParam(required = false) String unit,
                                      @RequestParam(required = false) String status,
                                      @RequestParam(required = false) String inspection,
                                      @RequestParam(required = false) String department,
                                      @RequestParam(required = false) String month,
                                      @RequestParam(required = false) Integer limit) {
        String wanted = blankToNull(status);
        if (wanted != null && !STATUSES.contains(wanted)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Parameter 'status' must be OPEN or RECTIFIED.");
        }
        String m = blankToNull(month);
        return findings.findings(blankToNull(unit), wanted, blankToNull(inspection), blankToNull(department),
                                 m == null ? null : parseMonth(m), Limits.of(limit));
    }

    @GetMapping("/api/inspections/{id}/findings")
    public List<FindingView> ofInspection(@PathVariable String id) {
        return findings.findings(null, null, id, null, null, Limits.MOST);
    }

    @GetMapping("/api/inspections/{id}/findings/{findingId}")
    public FindingView one(@PathVariable String id, @PathVariable String findingId) {
        return findings.finding(id, findingId).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "Inspection " + id + " has no finding " + findingId + "."));
    }

    /** Per unit and month: inspections received, joint, refused, and findings open and rectified. */
    @GetMapping("/api/reports/inspection-burden")
    public InspectionBurdenReport burden(@RequestParam String month, @RequestParam(required = false) String unit) {
        return burden.unitMonth(parseMonth(month), blankToNull(unit));
    }

    /** Per department and year: planned vs carried out, unplanned requests and their approval rate. */
    @GetMapping("/api/reports/inspection-departments")
    public DepartmentInspectionReport departments(@RequestParam int year,
                                                  @RequestParam(required = false) String department) {
        if (year < 2000 || year > 2100) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Parameter 'year' must lie in 2000 to 2100.");
        }
        return burden.departmentYear(year, blankToNull(department));
    }

    private static String parseMonth(String text) {
        try {
            return YearMonth.parse(text.strip()).toString();
        } catch (DateTimeParseException malformed) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Parameter 'month' must be a month as yyyy-MM.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
