package io.jianfu.command.common;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Read-your-writes for HTTP clients: after a command commits, waits (briefly, bounded) until every running
 * streaming processor has processed the store up to that point, so a query sent right after the answer already
 * sees the change. It knows processors only through Axon, never the query side's classes.
 */
@Component
public class ViewCatchUp {
    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final Duration patience;

    public ViewCatchUp(EventStore eventStore, EventProcessingConfiguration processing,
                       @Value("${jianfu.http.view-wait:3s}") Duration patience) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.patience = patience;
    }

    public void await() {
        if (patience.isZero()) {
            return;
        }
        TrackingToken head = eventStore.createHeadToken();
        OptionalLong target = head == null ? OptionalLong.empty() : head.position();
        if (target.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + patience.toNanos();
        while (!caughtUp(target.getAsLong()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean caughtUp(long position) {
        return processing.eventProcessors().values().stream()
                         .filter(StreamingEventProcessor.class::isInstance)
                         .map(StreamingEventProcessor.class::cast)
                         .filter(processor -> processor.isRunning() && !processor.isError())
                         .allMatch(processor -> processor.processingStatus().values().stream()
                                                         .allMatch(status -> reached(status, position)));
    }

    private static boolean reached(EventTrackerStatus status, long position) {
        return status.isErrorState() || status.getCurrentPosition().orElse(-1) >= position;
    }
}
