package io.jianfu.query.audit;

import io.jianfu.query.common.DistrictTime;
import io.jianfu.query.common.Limits;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.OffsetDateTime;
import java.util.List;

/** The audit history (AUDITOR and DISCIPLINE): every stored event in global order, with who caused it. */
@RestController
@RequestMapping("/api/audit")
public class AuditController {
    private final EventStoreReader reader;

    public AuditController(EventStoreReader reader) {
        this.reader = reader;
    }

    @GetMapping("/events")
    public AuditPage events(@RequestParam(required = false) String aggregateId,
                            @RequestParam(required = false) String aggregateType,
                            @RequestParam(required = false) String eventType,
                            @RequestParam(required = false) String actor,
                            @RequestParam(required = false) String unit,
                            @RequestParam(required = false) String from,
                            @RequestParam(required = false) String to,
                            @RequestParam(required = false) Long after,
                            @RequestParam(required = false) Integer limit) {
        return reader.events(new AuditFilter(aggregateId, aggregateType, eventType, actor, unit,
                                             DistrictTime.startOf("from", from), DistrictTime.endOf("to", to),
                                             after, null, Limits.of(limit)));
    }

    /** Everything a unit touched: events naming its code anywhere in their payload, or caused by its own users. */
    @GetMapping("/units/{code}/history")
    public AuditPage unitHistory(@PathVariable String code,
                                 @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to,
                                 @RequestParam(required = false) Long after,
                                 @RequestParam(required = false) Integer limit) {
        return reader.events(new AuditFilter(null, null, null, null, code, DistrictTime.startOf("from", from),
                                             DistrictTime.endOf("to", to), after, null, Limits.of(limit)));
    }

    /** An aggregate as it stood at {@code asOf} (default now), folded from its own events up to then. */
    @GetMapping("/aggregates/{id}/state")
    public AggregateState state(@PathVariable String id, @RequestParam(required = false) String asOf) {
        OffsetDateTime instant = asOf == null ? OffsetDateTime.now(DistrictTime.ZONE)
                : DistrictTime.endOf("asOf", asOf);
        List<AuditEvent> events = reader.aggregateEvents(id);
        if (events.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No events for aggregate " + id + ".");
        }
        return AggregateStateFold.fold(events, instant).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "Aggregate " + id + " did not exist yet at " + instant + "."));
    }

    @GetMapping("/aggregates/{id}/events")
    public List<AuditEvent> aggregateEvents(@PathVariable String id) {
        List<AuditEvent> events = reader.aggregateEvents(id);
        if (events.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No events for aggregate " + id + ".");
        }
        return events;
    }
}
