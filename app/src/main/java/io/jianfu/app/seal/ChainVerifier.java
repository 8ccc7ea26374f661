package io.jianfu.app.seal;

import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * Recomputes the chain from the stored events, a window of positions at a time, and compares it with the seal and
 * the stored checkpoints. A verification from position 1 starts at the genesis; one from a later position trusts
 * the stored link just before it (the signed checkpoints guard that link).
 */
@Component
public class ChainVerifier {
    private final SealStore store;
    private final SealKey key;
    private final SealSettings settings;

    public ChainVerifier(SealStore store, SealKey key, SealSettings settings) {
        this.store = store;
        this.key = key;
        this.settings = settings;
    }

    /** Verifies positions {@code from..to}; {@code to} is cut back to the last sealed position. */
    public Verification verify(long from, long to) {
        long end = Math.min(to, store.head().position());
        Walk walk = new Walk(from, end, store.sealedBefore(from), store.checkpointsBetween(from, end));
        for (long start = from; start <= end && walk.problem == null; start += settings.batchSize()) {
            long stop = Math.min(end, start + settings.batchSize() - 1);
            for (SealStore.Pair pair : store.window(start, stop)) {
                if (!walk.step(pair)) {
                    break;
                }
            }
        }
        walk.remainingCheckpoints();
        return walk.result();
    }

    /**
     * Checks a checkpoint an auditor kept: is its signature the server's, and does the chain recomputed from the
     * genesis still reach its link and event count at its position?
     */
    public KeptCheckpointVerdict verifyKept(Checkpoint kept) {
        boolean keyKnown = kept.keyId().equals(key.id());
        boolean signatureValid = keyKnown && kept.signedBy(key);
        Verification chain = verify(1, kept.position());
        if (!chain.intact()) {
            return new KeptCheckpointVerdict(signatureValid, keyKnown, false, chain.firstBrokenPosition(),
                                             chain.problem(), chain.detail());
        }
        boolean reached = chain.lastPosition() == kept.position() && Arrays.equals(chain.link(), kept.link())
                && chain.events() == kept.events();
        return reached
                ? new KeptCheckpointVerdict(signatureValid, keyKnown, true, null, null, null)
                : new KeptCheckpointVerdict(signatureValid, keyKnown, false, kept.position(),
                                            SealProblem.CHECKPOINT_MISMATCH, chain.lastPosition() < kept.position()
                                                    ? "the seal does not reach position " + kept.position()
                                                    : "the chain reaches another link or event count there");
    }

    /** Walks positions in order, carrying the recomputed link; stops at the first problem. */
    private final class Walk {
        private final long from;
        private final long to;
        private final List<Checkpoint> checkpoints;
        private int nextCheckpoint;
        private int unknownKey;
        private byte[] link;
        private long ordinal;
        private long lastPosition;
        private long checked;
        private Long brokenAt;
        private SealProblem problem;
        private String detail;

        Walk(long from, long to, SealStore.Sealed start, List<Checkpoint> checkpoints) {
            this.from = from;
            this.to = to;
            this.link = start.link();
            this.ordinal = start.ordinal();
            this.lastPosition = start.position();
            this.checkpoints = checkpoints;
        }

        boolean step(SealStore.Pair pair) {
            if (!checkpointsBefore(pair.position())) {
                return false;
            }
            SealStore.SealRow seal = pair.seal();
            StoredEvent event = pair.event();
            if (seal == null) {
                return fail(pair.position(), SealProblem.EVENT_INSERTED, "event " + event.eventIdentifier()
                        + " is at a position the seal passed as empty");
            }
            if (event == null) {
                return fail(pair.position(), SealProblem.EVENT_MISSING, "sealed event " + seal.eventIdentifier()
                        + " is gone");
            }
            if (!seal.eventIdentifier().equals(event.eventIdentifier())) {
                OptionalLong sealedAt = store.sealedPositionOf(event.eventIdentifier());
                return sealedAt.isPresent()
                        ? fail(pair.position(), SealProblem.ORDER_CHANGED, "event " + event.eventIdentifier()
                        + " was sealed at position " + sealedAt.getAsLong())
                        : fail(pair.position(), SealProblem.EVENT_REPLACED, "event " + event.eventIdentifier()
                        + " was never sealed; " + seal.eventIdentifier() + " was");
            }
            byte[] next = EventChain.next(link, event);
            if (!Arrays.equals(next, seal.link()) || seal.ordinal() != ordinal + 1) {
                return fail(pair.position(), SealProblem.PAYLOAD_CHANGED, "event " + event.eventIdentifier()
                        + " differs from what was sealed");
            }
            link = next;
            ordinal++;
            lastPosition = pair.position();
            checked++;
            return checkpointAt(pair.position());
        }

        /** Checkpoints at positions before this one that matched no sealed position. */
        private boolean checkpointsBefore(long position) {
            if (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).position() < position) {
                Checkpoint orphan = checkpoints.get(nextCheckpoint++);
                return fail(orphan.position(), SealProblem.CHECKPOINT_MISMATCH, "a checkpoint names position "
                        + orphan.position() + ", which is not sealed");
            }
            return true;
        }

        private boolean checkpointAt(long position) {
            if (nextCheckpoint >= checkpoints.size() || checkpoints.get(nextCheckpoint).position() != position) {
                return true;
            }
            Checkpoint checkpoint = checkpoints.get(nextCheckpoint++);
            if (!checkpoint.keyId().equals(key.id())) {
                unknownKey++;
            } else if (!checkpoint.signedBy(key)) {
                return fail(position, SealProblem.CHECKPOINT_SIGNATURE_INVALID, "the checkpoint's signature "
                        + "does not verify");
            }
            if (!Arrays.equals(checkpoint.link(), link) || checkpoint.events() != ordinal) {
                return fail(position, SealProblem.CHECKPOINT_MISMATCH, "the chain no longer reaches the "
                        + "checkpoint's link");
            }
            return true;
        }

        void remainingCheckpoints() {
            if (problem == null) {
                checkpointsBefore(Long.MAX_VALUE);
            }
        }

        private boolean fail(long position, SealProblem found, String why) {
            brokenAt = position;
            problem = found;
            detail = why;
            return false;
        }

        Verification result() {
            return new Verification(from, to, checked, brokenAt, problem, detail, nextCheckpoint, unknownKey,
                                    lastPosition, link, ordinal);
        }
    }
}
