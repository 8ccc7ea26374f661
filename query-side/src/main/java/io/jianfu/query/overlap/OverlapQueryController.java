package io.jianfu.query.overlap;

import io.jianfu.query.common.DistrictTime;
import io.jianfu.query.common.Limits;
import io.jianfu.query.overlap.engine.OverlapRules;
import io.jianfu.query.overlap.engine.TopicDictionary;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Merge suggestions (建议合并), per-person load, and the overlap settings in force. */
@RestController
@RequestMapping("/api")
public class OverlapQueryController {
    private final OverlapQueries overlaps;
    private final PersonLoadQueries load;
    private final OverlapConfig config;

    public OverlapQueryController(OverlapQueries overlaps, PersonLoadQueries load, OverlapConfig config) {
        this.overlaps = overlaps;
        this.load = load;
        this.config = config;
    }

    /** Everything a meeting's page shows about its overlaps. */
    public record MeetingOverlaps(String meetingId, List<OverlapWarningView> warnings,
                                  List<PersonLoad.DoubleBooking> doubleBookings,
                                  List<PersonLoad.Overload> overloads) {
    }

    public enum WarningStatus { OPEN, MERGED, DISMISSED, CANCELLED }

    @GetMapping("/overlaps")
    public List<OverlapWarningView> warnings(@RequestParam(required = false) String from,
                                             @RequestParam(required = false) String to,
                                             @RequestParam(required = false) String unit,
                                             @RequestParam(required = false) WarningStatus status,
                                             @RequestParam(required = false) Integer limit) {
        return overlaps.warnings(day("from", from, false), day("to", to, true), unit,
                                 status == null ? null : status.name(), Limits.of(limit));
    }

    @GetMapping("/meetings/{id}/overlaps")
    public MeetingOverlaps meetingOverlaps(@PathVariable String id) {
        if (!overlaps.knows(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No meeting " + id + ".");
        }
        return new MeetingOverlaps(id, overlaps.warningsOf(id), load.doubleBookings(null, null, null, id, Limits.MOST),
                                   load.overloads(null, null, null, id, Limits.MOST));
    }

    @GetMapping("/overlaps/double-bookings")
    public List<PersonLoad.DoubleBooking> doubleBookings(@RequestParam(required = false) String from,
                                                         @RequestParam(required = false) String to,
                                                         @RequestParam(required = false) String unit,
                                                         @RequestParam(required = false) Integer limit) {
        return load.doubleBookings(day("from", from, false), day("to", to, true), unit, null, Limits.of(limit));
    }

    @GetMapping("/overlaps/overloads")
    public List<PersonLoad.Overload> overloads(@RequestParam(required = false) String from,
                                               @RequestParam(required = false) String to,
                                               @RequestParam(required = false) String unit,
                                               @RequestParam(required = false) Integer limit) {
        return load.overloads(day("from", from, false), day("to", to, true), unit, null, Limits.of(limit));
    }

    @GetMapping("/settings/overlap-rules")
    public OverlapRules rules() {
        return config.rules();
    }

    @GetMapping("/settings/topic-dictionary")
    public TopicDictionary dictionary() {
        return config.dictionary();
    }

    /** The district day a parameter names; an end given as a date-time counts up to the day it falls in. */
    private static LocalDate day(String parameter, String value, boolean end) {
        OffsetDateTime time = end ? DistrictTime.endOf(parameter, value) : DistrictTime.startOf(parameter, value);
        if (time == null) {
            return null;
        }
        LocalDate day = DistrictTime.inDistrict(time).toLocalDate();
        return end && value.length() == 10 ? day.minusDays(1) : day;
    }
}
