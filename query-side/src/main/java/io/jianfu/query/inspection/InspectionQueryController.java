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

/** Reads the master list, inspections, monthly registers, verification codes and refusals; any signed-in user. */
@RestController
public class InspectionQueryController {
    private static final Set<String> STATUSES = Set.of("PENDING", "CLEARED", "REJECTED", "HALTED");

    private final InspectionQueries queries;

    public InspectionQueryController(InspectionQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/inspections/master-list")
    public List<InspectionItemView> masterList(@RequestParam(required = false) Integer year,
                                               @RequestParam(required = false) String department) {
        return queries.masterList(year, blankToNull(department));
    }

    @GetMapping("/api/inspections")
    public List<InspectionView> list(@RequestParam(required = false) String month,
                                     @RequestParam(required = false) String department,
                                     @RequestParam(required = false) String target,
                                     @RequestParam(required = false) String status,
                                     @RequestParam(required = false) Integer limit) {
        String wanted = blankToNull(status);
        if (wanted != null && !STATUSES.contains(wanted)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                                              "Parameter 'status' must be one of " + STATUSES.stream().sorted().toList()
                                                      + ".");
        }
        String m = blankToNull(month);
        return queries.inspections(m == null ? null : parseMonth(m), blankToNull(department), blankToNull(target), wanted,
                                   Limits.of(limit));
    }

    @GetMapping("/api/inspections/{id}")
    public InspectionView one(@PathVariable String id) {
        return queries.inspection(id).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No inspection " + id + "."));
    }

    @GetMapping("/api/inspections/months/{month}")
    public InspectionMonthView month(@PathVariable("month") String monthText) {
        String month = parseMonth(monthText);
        return queries.month(month).orElseGet(() -> new InspectionMonthView(month, 0, false, List.of()));
    }

    @GetMapping("/api/inspections/verify")
    public VerificationView verify(@RequestParam String code) {
        return queries.verify(code.strip().toUpperCase()).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published inspection has this code."));
    }

    @GetMapping("/api/inspections/refusals")
    public RefusalReport refusals(@RequestParam(required = false) String unit,
                                  @RequestParam(required = false) String department) {
        return queries.refusals(blankToNull(unit), blankToNull(department));
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
