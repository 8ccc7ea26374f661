package io.jianfu.query.responsibility;

import io.jianfu.query.common.DistrictTime;
import io.jianfu.query.common.Limits;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Queries of the responsibility list (属地事项责任清单), for any signed-in user. */
@RestController
@RequestMapping("/api/responsibilities")
public class ResponsibilityQueryController {
    private final ResponsibilityQueries queries;

    public ResponsibilityQueryController(ResponsibilityQueries queries) {
        this.queries = queries;
    }

    /** The version of each matter in force on {@code asOf} (default: today in the district). */
    @GetMapping
    public List<MatterVersion> inForce(@RequestParam(required = false) String domain,
                                       @RequestParam(required = false) String department,
                                       @RequestParam(required = false) String asOf,
                                       @RequestParam(required = false) Integer limit) {
        return queries.inForce(date(asOf), blankToNull(domain), blankToNull(department), Limits.of(limit));
    }

    @GetMapping("/{id}/versions")
    public MatterHistory versions(@PathVariable String id) {
        return queries.history(id).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No responsibility matter " + id + "."));
    }

    private static LocalDate date(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now(DistrictTime.ZONE);
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException malformed) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                                              "Parameter 'asOf' must be an ISO date such as 2026-03-04.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
