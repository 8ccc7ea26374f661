package io.jianfu.query.burden;

import io.jianfu.query.common.Limits;
import io.jianfu.query.common.Period;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.util.List;

/** The grassroots burden picture (基层负担) and the departments that load the grassroots most. */
@RestController
public class BurdenController {
    private final BurdenQuery burden;

    public BurdenController(BurdenQuery burden) {
        this.burden = burden;
    }

    @GetMapping("/api/reports/burden")
    public BurdenReport burden(@RequestParam String unit,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return burden.report(unit, Period.of(from, to)).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No unit " + unit + "."));
    }

    @GetMapping("/api/reports/burden/departments")
    public List<DepartmentLoad> departments(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                            @RequestParam(required = false) Integer limit) {
        return burden.departments(Period.of(from, to), Limits.of(limit));
    }
}
