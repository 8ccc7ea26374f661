package io.jianfu.events.evaluation;

/** A grassroots cadre's overall verdict on one district department in a reverse evaluation (基层反向评价). */
public enum EvaluationVerdict {
    GOOD,
    BAD,
    NEUTRAL
}
