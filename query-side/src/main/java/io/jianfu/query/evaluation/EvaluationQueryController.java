package io.jianfu.query.evaluation;

import io.jianfu.query.common.Limits;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/**
 * Reads reverse evaluations (基层反向评价): campaigns and results for DISCIPLINE, SUPERVISION_OFFICE and AUDITOR;
 * rectification orders for any signed-in user (the ordered departments follow theirs here).
 */
@RestController
public class EvaluationQueryController {
    private static final List<String> READERS = List.of("DISCIPLINE", "SUPERVISION_OFFICE", "AUDITOR");

    private final EvaluationQueries queries;

    public EvaluationQueryController(EvaluationQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/evaluations")
    public List<EvaluationCampaignView> campaigns(@RequestParam(required = false) Integer limit,
                                                  HttpServletRequest http) {
        requireReader(http);
        return queries.campaigns(Limits.of(limit));
    }

    @GetMapping("/api/evaluations/{id}")
    public EvaluationCampaignView campaign(@PathVariable String id, HttpServletRequest http) {
        requireReader(http);
        return queries.campaign(id).orElseThrow(() -> missing(id));
    }

    @GetMapping("/api/evaluations/{id}/results")
    public EvaluationResults results(@PathVariable String id, HttpServletRequest http) {
        requireReader(http);
        return queries.results(id).orElseThrow(() -> missing(id));
    }

    @GetMapping("/api/rectifications")
    public List<RectificationView> rectifications(@RequestParam(required = false) String campaignId,
                                                  @RequestParam(required = false) String departmentCode,
                                                  @RequestParam(required = false) String state,
                                                  @RequestParam(required = false) Integer limit) {
        return queries.rectifications(blankToNull(campaignId), blankToNull(departmentCode), blankToNull(state),
                                      Limits.of(limit));
    }

    @GetMapping("/api/rectifications/{id}")
    public RectificationView rectification(@PathVariable String id) {
        return queries.rectification(id).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No rectification order " + id + "."));
    }

    private static void requireReader(HttpServletRequest http) {
        if (READERS.stream().noneMatch(http::isUserInRole)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                                              "Only DISCIPLINE, SUPERVISION_OFFICE and AUDITOR read evaluations.");
        }
    }

    private static ResponseStatusException missing(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No evaluation campaign " + id + ".");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
