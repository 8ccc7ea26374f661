package io.jianfu.app.seal;

import org.axonframework.common.DateTimeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks committed events in global order and seals each one into the chain, writing a signed checkpoint every
 * {@code checkpoint-every-events} events and, when anything new was sealed, after {@code checkpoint-every}.
 * <p>
 * Global positions come from a sequence, so a transaction that commits late leaves a gap that fills afterwards, and
 * a rolled-back one leaves a gap forever. The sealer stops before a gap until it has settled: the first event after
 * it was stamped at least {@code settle-age} ago (Axon's own gap timeout reasons the same way, with 60 s). An event
 * committed into a gap the sealer has passed is reported by the verification as inserted.
 */
@Component
public class Sealer {
    private static final Logger log = LoggerFactory.getLogger(Sealer.class);

    private final SealStore store;
    private final SealKey key;
    private final SealSettings settings;
    private final TransactionTemplate transaction;

    public Sealer(SealStore store, SealKey key, SealSettings settings, PlatformTransactionManager transactions) {
        this.store = store;
        this.key = key;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Seals everything that has settled; answers how many events it sealed (0 when another node holds the lock). */
    public synchronized long sealPending() {
        long total = 0;
        boolean more = true;
        while (more) {
            Batch batch = transaction.execute(status -> sealBatch());
            total += batch.sealed();
            more = batch.more();
        }
        return total;
    }

    private record Batch(int sealed, boolean more) {
    }

    private Batch sealBatch() {
        if (!store.tryLock()) {
            return new Batch(0, false);
        }
        SealStore.Sealed head = store.head();
        List<StoredEvent> events = store.eventsAfter(head.position(), settings.batchSize());
        Instant now = Instant.now();
        List<SealStore.SealRow> rows = new ArrayList<>();
        List<Checkpoint> checkpoints = new ArrayList<>();
        byte[] link = head.link();
        long ordinal = head.ordinal();
        long last = head.position();
        for (StoredEvent event : events) {
            if (event.globalIndex() != last + 1) {
                if (!settled(event, now)) {
                    break;
                }
                log.info("Sealing past empty positions {}..{}: the gap has settled", last + 1,
                         event.globalIndex() - 1);
            }
            link = EventChain.next(link, event);
            ordinal++;
            last = event.globalIndex();
            rows.add(new SealStore.SealRow(last, event.eventIdentifier(), link, ordinal));
            if (ordinal % settings.checkpointEveryEvents() == 0) {
                checkpoints.add(Checkpoint.signed(last, link, ordinal, now, key));
            }
        }
        store.insert(rows);
        checkpoints.forEach(store::insert);
        boolean more = rows.size() == settings.batchSize();
        if (!more) {
            timedCheckpoint(new SealStore.Sealed(last, link, ordinal), now, store.lastCheckpoint());
        }
        return new Batch(rows.size(), more);
    }

    private void timedCheckpoint(SealStore.Sealed head, Instant now, Optional<Checkpoint> last) {
        boolean newEvents = head.ordinal() > last.map(Checkpoint::events).orElse(0L);
        boolean due = last.map(c -> !c.sealedAt().plus(settings.checkpointEvery()).isAfter(now)).orElse(true);
        if (newEvents && due) {
            store.insert(Checkpoint.signed(head.position(), head.link(), head.ordinal(), now, key));
        }
    }

    private boolean settled(StoredEvent after, Instant now) {
        try {
            return !DateTimeUtils.parseInstant(after.timeStamp()).plus(settings.settleAge()).isAfter(now);
        } catch (DateTimeParseException unreadable) {
            log.warn("Event at {} has an unreadable time stamp; the seal waits before the gap in front of it",
                     after.globalIndex());
            return false;
        }
    }
}
