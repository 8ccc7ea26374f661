package io.jianfu.query.audit;

import io.jianfu.query.common.TableProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rebuilds a view for an auditor: waits until its processor has caught up, digests its tables, resets the processor
 * to the start of the event store, waits until it has caught up again and digests the tables anew. Refused while
 * another node holds a claim on one of the processor's segments, since only that node could reset it.
 */
@Component
public class ViewRebuilder {
    /** Each processing group's tables; a group may hold several projections. */
    private final Map<String, List<String>> views = new TreeMap<>();
    private final EventProcessingConfiguration processing;
    private final EventStore store;
    private final TokenStore tokens;
    private final JdbcClient jdbc;
    private final Duration patience;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    public ViewRebuilder(List<TableProjection> projections, EventProcessingConfiguration processing,
                         EventStore store, TokenStore tokens, JdbcClient jdbc,
                         @Value("${jianfu.audit.rebuild-timeout:10m}") Duration patience) {
        projections.forEach(projection -> views.computeIfAbsent(projection.processingGroup(),
                                                                group -> new ArrayList<>())
                                               .addAll(projection.tables()));
        this.processing = processing;
        this.store = store;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.patience = patience;
    }

    public List<String> groups() {
        return List.copyOf(views.keySet());
    }

    public synchronized ViewRebuild rebuild(String group) {
        List<String> tables = views.get(group);
        StreamingEventProcessor processor = tables == null ? null
                : processing.eventProcessor(group, StreamingEventProcessor.class).orElse(null);
        if (processor == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No view " + group + "; views: " + groups() + ".");
        }
        requireNoOtherOwner(group);
        long started = System.nanoTime();
        long livePosition = head();
        awaitCaughtUp(group, processor, livePosition);
        Map<String, String> live = digest(tables);
        processor.shutDown();
        try {
            processor.resetTokens();
        } catch (UnableToClaimTokenException claimedElsewhere) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Another node holds a segment of " + group
                    + "; rebuild it there.");
        } finally {
            processor.start();
        }
        long rebuiltPosition = head();
        awaitCaughtUp(group, processor, rebuiltPosition);
        Map<String, String> rebuilt = digest(tables);
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        return new ViewRebuild(group, livePosition, live, rebuiltPosition, rebuilt, live.equals(rebuilt),
                               livePosition == rebuiltPosition, millis);
    }

    private void requireNoOtherOwner(String group) {
        List<String> owners = jdbc.sql("""
                                       SELECT DISTINCT owner FROM token_entry
                                       WHERE processor_name = ? AND owner IS NOT NULL AND owner <> ?""")
                                  .params(group, node)
                                  .query(String.class)
                                  .list();
        if (!owners.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "View " + group + " is processed by " + owners
                    + ", not by this node (" + node + "); rebuild it there.");
        }
    }

    private long head() {
        TrackingToken head = store.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /** Only claimed segments report a status, so every segment of the token store must be claimed and at the head. */
    private void awaitCaughtUp(String group, StreamingEventProcessor processor, long position) {
        long deadline = System.nanoTime() + patience.toNanos();
        int segments = Math.max(1, tokens.fetchSegments(group).length);
        while (!(processor.processingStatus().size() == segments
                && processor.processingStatus().values().stream()
                            .allMatch(status -> status.getCurrentPosition().orElse(-1) >= position))) {
            if (processor.isError() || System.nanoTime() > deadline) {
                throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "View " + group
                        + " did not reach position " + position + (processor.isError() ? ": its processor failed."
                        : " within " + patience + "."));
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Interrupted.");
            }
        }
    }

    /** Table names come from the projections themselves, never from the request. */
    private Map<String, String> digest(List<String> tables) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String table : tables) {
            digests.put(table, jdbc.sql("SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, E'\\n' "
                                        + "ORDER BY t::text), '')) FROM " + table + " t")
                                   .query(String.class).single());
        }
        return digests;
    }
}
