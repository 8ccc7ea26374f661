package io.jianfu.app.seal;

/** What a verification found at the first broken position. */
public enum SealProblem {
    /** The event at a sealed position is the one sealed there, but some stored byte of it changed. */
    PAYLOAD_CHANGED,
    /** A sealed position holds no event any more. */
    EVENT_MISSING,
    /** An event sits at a position the sealer passed as empty (written after sealing, or behind its back). */
    EVENT_INSERTED,
    /** A sealed position holds an event that was sealed at another position. */
    ORDER_CHANGED,
    /** A sealed position holds an event that was never sealed anywhere. */
    EVENT_REPLACED,
    /** A stored checkpoint's signature does not verify with the server's key. */
    CHECKPOINT_SIGNATURE_INVALID,
    /** A stored checkpoint names a link or an event count the recomputed chain does not reach. */
    CHECKPOINT_MISMATCH
}
