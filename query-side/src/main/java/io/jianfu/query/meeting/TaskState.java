package io.jianfu.query.meeting;

/**
 * Where a meeting task stands, from the most urgent: DONE (completed), OVERDUE (past its deadline and not done),
 * DUE_SOON (within the configured window before its deadline), UNSIGNED (not yet signed for), IN_PROGRESS (signed,
 * not done). As a filter each names a condition, so an unsigned task past its deadline is both UNSIGNED and OVERDUE.
 */
public enum TaskState {
    DONE, OVERDUE, DUE_SOON, UNSIGNED, IN_PROGRESS
}
