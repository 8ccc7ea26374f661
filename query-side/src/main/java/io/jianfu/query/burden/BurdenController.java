package io.jianfu.query.burden;

import io.jianfu.query.common.Limits;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The grassroots burden picture (基层负担) and the departments that load the grassroots most. */
@RestController
public class BurdenController {
    private static final long LONGEST_PERIOD_DAYS = 3660;

    private final BurdenQuery burden;

    public BurdenController(BurdenQuery burden) {
        this.burden = burden;
    }

    @GetMapping("/api/reports/burden")
    public BurdenReport burden(@RequestParam String unit,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        requirePeriod(from, to);
        if (burden.unitsOf(unit).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No unit " + unit + ".");
        }
        return burden.report(unit, from, to);
    }

    @GetMapping("/api/reports/burden/departments")
    public List<DepartmentLoad> departments(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                            @RequestParam(required = false) Integer limit) {
        requirePeriod(from, to);
        return burden.departments(from, to, Limits.of(limit));
    }

    private static void requirePeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Parameter 'to' must not be before 'from'.");
        }
        if (ChronoUnit.DAYS.between(from, to) >= LONGEST_PERIOD_DAYS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                                              "A period may span at most " + LONGEST_PERIOD_DAYS + " days.");
        }
    }
}
