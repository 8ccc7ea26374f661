package io.jianfu.events.supervision;

/** What brought a supervision case (监督案件) about: the signal from the other features, or another source. */
public enum CaseBasis {
    /** A unit over its meeting quota (RED) or calling too many or too long meetings. */
    MEETING_OVERLOAD,
    /** A pledge that shifted a department's duty onto a street (责任状 flagged or revoked). */
    SHIFTED_RESPONSIBILITY,
    /** An inspection outside the published list, refused by the grassroots or halted. */
    UNREPORTED_INSPECTION,
    /** A department the grassroots rated BAD in a reverse evaluation. */
    BAD_EVALUATION,
    /** Meeting tasks left overdue. */
    OVERDUE_TASK,
    /** Buck-passing complaints (推诿扯皮) on coordination requests. */
    BUCK_PASSING,
    /** Anything else: a tip-off, a visit, a letter. */
    OTHER
}
