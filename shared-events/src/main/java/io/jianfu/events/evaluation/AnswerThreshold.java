package io.jianfu.events.evaluation;

/**
 * Results of a reverse evaluation are shown per department only from this many answers (security.md), so a campaign
 * must ask for at least as many: one number for the launch rule and for the results.
 */
public final class AnswerThreshold {
    public static final int MINIMUM_ANSWERS = 5;

    private AnswerThreshold() {
    }
}
