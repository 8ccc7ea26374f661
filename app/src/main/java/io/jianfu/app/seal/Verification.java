package io.jianfu.app.seal;

/**
 * The outcome of recomputing the chain over {@code [from, to]}: how many sealed positions were checked, and the
 * first broken one with its problem, or none. {@code link} and {@code events} are where the chain stands at the last
 * position checked ({@code lastPosition}).
 */
public record Verification(long from, long to, long checked, Long firstBrokenPosition, SealProblem problem,
                           String detail, int checkpointsChecked, int checkpointsWithUnknownKey, long lastPosition,
                           byte[] link, long events) {

    public boolean intact() {
        return problem == null;
    }
}
