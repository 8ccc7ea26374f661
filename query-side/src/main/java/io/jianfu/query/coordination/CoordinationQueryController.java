package io.jianfu.query.coordination;

import io.jianfu.query.common.Limits;
import io.jianfu.query.common.Period;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Coordination requests (吹哨报到), the matters a request may fit, and the 属地权责 figures. */
@RestController
public class CoordinationQueryController {
    private static final Set<String> STATUSES = Set.of("RAISED", "ROUTED", "ON_SITE", "PLANNED", "RESOLVED");

    private final CoordinationQueries queries;
    private final MatterSuggestions suggestions;
    private final CoordinationReportQuery report;

    public CoordinationQueryController(CoordinationQueries queries, MatterSuggestions suggestions,
                                       CoordinationReportQuery report) {
        this.queries = queries;
        this.suggestions = suggestions;
        this.report = report;
    }

    @GetMapping("/api/coordination-requests")
    public List<CoordinationView> list(@RequestParam(required = false) String street,
                                       @RequestParam(required = false) String status,
                                       @RequestParam(required = false) String department,
                                       @RequestParam(required = false) Integer limit) {
        if (status != null && !STATUSES.contains(status)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                                              "Parameter 'status' must be one of " + STATUSES + ".");
        }
        return queries.list(street, status, department, Limits.of(limit));
    }

    @GetMapping("/api/coordination-requests/{id}")
    public CoordinationView one(@PathVariable String id) {
        return queries.one(id).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No coordination request " + id + "."));
    }

    @GetMapping("/api/coordination-requests/{id}/matter-suggestions")
    public List<MatterSuggestion> matterSuggestions(@PathVariable String id) {
        return suggestions.forRequest(one(id));
    }

    /**
     * The figures from {@code from} to {@code to} (whole days) beside an earlier period: {@code previousFrom} to
     * {@code previousTo} when given, else the same number of days just before {@code from}.
     */
    @GetMapping("/api/reports/responsibilities")
    public CoordinationReport report(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                     @RequestParam(required = false)
                                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate previousFrom,
                                     @RequestParam(required = false)
                                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate previousTo,
                                     @RequestParam(required = false) String street) {
        Period current = Period.of(from, to);
        if ((previousFrom == null) != (previousTo == null)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                                              "Parameters 'previousFrom' and 'previousTo' go together.");
        }
        Period previous = previousFrom == null ? current.previous()
                : Period.of(previousFrom, previousTo, "previousFrom", "previousTo");
        return report.report(current, previous, street);
    }
}
