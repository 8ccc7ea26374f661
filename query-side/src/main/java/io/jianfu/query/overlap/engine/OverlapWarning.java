package io.jianfu.query.overlap.engine;

import java.util.Objects;

/**
 * 建议合并: a suggestion that two meetings be merged, with a score in [0, 1], a reason a person can read (in
 * Chinese) and the evidence behind it.
 *
 * @param meetingId      the new (later detected) meeting
 * @param otherMeetingId the earlier meeting it overlaps
 * @param score          see {@link PairEvaluator} for the formula
 * @param reason         e.g. {@code 参会人重合 18/20 (90%); 同为周三上午/下午; 同属党建类 (党员, 党建)}
 * @param evidence       the figures the reason is written from
 */
public record OverlapWarning(String meetingId, String otherMeetingId, double score, String reason,
                             Evidence evidence) {

    public OverlapWarning {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(otherMeetingId, "otherMeetingId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(evidence, "evidence");
    }
}
