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
                            @RequestParam(required = false) String from,
                            @RequestParam(required = false) String to,
                            @RequestParam(required = false) Long after,
                            @RequestParam(required = false) Integer limit) {
        return reader.events(new AuditFilter(aggregateId, aggregateType, eventType, actor,
                                             DistrictTime.startOf("from", from), DistrictTime.endOf("to", to),
                                             after, Limits.of(limit)));
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
