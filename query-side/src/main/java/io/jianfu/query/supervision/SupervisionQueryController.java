package io.jianfu.query.supervision;

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

/** Supervision cases, the signals that may call for one, bulletins, and the discipline office's figures. */
@RestController
public class SupervisionQueryController {
    private final SupervisionQueries queries;
    private final SupervisionCandidates candidates;

    public SupervisionQueryController(SupervisionQueries queries, SupervisionCandidates candidates) {
        this.queries = queries;
        this.candidates = candidates;
    }

    @GetMapping("/api/supervision/cases")
    public List<SupervisionCaseView> cases(@RequestParam(required = false) String unit,
                                           @RequestParam(required = false) String status,
                                           @RequestParam(required = false) String basis,
                                           @RequestParam(required = false) Integer limit) {
        return queries.cases(unit, status, basis, Limits.of(limit));
    }

    @GetMapping("/api/supervision/cases/{id}")
    public SupervisionCaseView oneCase(@PathVariable String id) {
        return queries.oneCase(id).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No supervision case " + id + "."));
    }

    @GetMapping("/api/supervision/candidates")
    public List<SupervisionCandidate> candidates(@RequestParam int year) {
        return candidates.forYear(year);
    }

    @GetMapping("/api/supervision/bulletins")
    public List<BulletinView> bulletins(@RequestParam(required = false)
                                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam(required = false)
                                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return queries.bulletins(from, to);
    }

    @GetMapping("/api/reports/supervision")
    public SupervisionReport report(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return queries.report(Period.of(from, to));
    }
}
