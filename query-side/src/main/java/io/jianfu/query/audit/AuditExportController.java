package io.jianfu.query.audit;

import io.jianfu.query.common.DistrictTime;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Auditors' bulk tools: a streaming NDJSON export of any slice of the history in global order, resumable from a
 * position, and the rebuild of a view from scratch compared with the live one.
 */
@RestController
@RequestMapping("/api/audit")
public class AuditExportController {
    static final String NDJSON = "application/x-ndjson";
    private static final int BATCH = 500;

    private final EventStoreReader reader;
    private final ViewRebuilder rebuilder;
    private final JsonMapper json;
    private final Duration gapSettle;

    public AuditExportController(EventStoreReader reader, ViewRebuilder rebuilder, JsonMapper json,
                                 @Value("${jianfu.audit.gap-settle:60s}") Duration gapSettle) {
        this.reader = reader;
        this.rebuilder = rebuilder;
        this.json = json;
        this.gapSettle = gapSettle;
    }

    /**
     * One event per line, oldest first, after {@code after} (exclusive). It stops before a gap in the global order
     * that is younger than the settle time, so resuming from the last position exported misses nothing; the
     * {@code X-Export-Until} header says how far this export could safely reach.
     */
    @GetMapping(path = "/export", produces = NDJSON)
    public void export(@RequestParam(required = false) String aggregateId,
                       @RequestParam(required = false) String aggregateType,
                       @RequestParam(required = false) String eventType,
                       @RequestParam(required = false) String actor,
                       @RequestParam(required = false) String unit,
                       @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to,
                       @RequestParam(required = false) Long after,
                       HttpServletResponse response) throws IOException {
        long start = after == null ? 0 : after;
        long until = reader.settledHead(start, gapSettle);
        AuditFilter slice = new AuditFilter(aggregateId, aggregateType, eventType, actor, unit,
                                            DistrictTime.startOf("from", from), DistrictTime.endOf("to", to), start,
                                            until, BATCH);
        response.setContentType(NDJSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("X-Export-Until", String.valueOf(until));
        OutputStream out = response.getOutputStream();
        long last = start;
        while (last < until) {
            List<AuditEvent> batch = reader.events(slice.between(last, until)).events();
            for (AuditEvent event : batch) {
                out.write(json.writeValueAsBytes(event));
                out.write('\n');
            }
            if (batch.size() < BATCH) {
                break;
            }
            last = batch.get(batch.size() - 1).position();
        }
        out.flush();
    }

    @GetMapping("/views")
    public List<String> views() {
        return rebuilder.groups();
    }

    @PostMapping("/views/{group}/rebuild")
    public ViewRebuild rebuild(@PathVariable String group) {
        return rebuilder.rebuild(group);
    }
}
