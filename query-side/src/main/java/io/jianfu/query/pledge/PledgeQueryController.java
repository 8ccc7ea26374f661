package io.jianfu.query.pledge;

import io.jianfu.query.common.Limits;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/** Reads pledges (责任状) with their audit findings, and the yearly pledge figures; any signed-in user. */
@RestController
public class PledgeQueryController {
    private final PledgeQueries queries;

    public PledgeQueryController(PledgeQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/pledges")
    public List<PledgeView> list(@RequestParam(required = false) String target,
                                 @RequestParam(required = false) Integer year,
                                 @RequestParam(required = false) Boolean flagged,
                                 @RequestParam(required = false) Integer limit) {
        return queries.list(target == null || target.isBlank() ? null : target.strip(), year, flagged,
                            Limits.of(limit));
    }

    @GetMapping("/api/pledges/{id}")
    public PledgeView one(@PathVariable String id) {
        return queries.one(id).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No pledge " + id + "."));
    }

    @GetMapping("/api/reports/pledges")
    public PledgeReport report(@RequestParam(required = false) Integer year) {
        return queries.report(year);
    }
}
