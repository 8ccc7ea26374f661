package io.jianfu.app.seal;

/**
 * Whether a kept checkpoint is genuine ({@code signatureValid}: signed by the server's key, {@code keyKnown}: its key
 * id is the server's) and still true ({@code chainMatches}: the recomputed chain reaches its link there).
 */
public record KeptCheckpointVerdict(boolean signatureValid, boolean keyKnown, boolean chainMatches,
                                    Long firstBrokenPosition, SealProblem problem, String detail) {
}
