package io.jianfu.app.support;

import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Duration;

/** Rebuilds a view from the event store: stop its processor, reset its tokens, start it, wait until it is back. */
public final class Replays {
    private Replays() {
    }

    public static void rebuild(EventProcessingConfiguration processing, EventStore store, TokenStore tokens,
                               String group) {
        StreamingEventProcessor processor = processing.eventProcessor(group, StreamingEventProcessor.class)
                                                      .orElseThrow();
        long head = store.createHeadToken().position().orElse(0);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        // A replayed processor keeps reporting isReplaying() until a newer event arrives; wait for the head instead.
        // Only claimed segments report a status, so wait until every segment of the token store is claimed too.
        int segments = tokens.fetchSegments(group).length;
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                  .until(() -> processor.processingStatus().size() == segments
                          && processor.processingStatus().values().stream()
                                      .allMatch(status -> status.getCurrentPosition().orElse(-1) >= head));
        if (processor.isError()) {
            throw new IllegalStateException("Processor " + group + " failed during the replay");
        }
    }
}
