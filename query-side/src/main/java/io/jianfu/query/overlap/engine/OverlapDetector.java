package io.jianfu.query.overlap.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds, for a newly scheduled meeting, the earlier meetings it should be merged with: asks the
 * {@link CandidateSource} for candidates (time window, shared non-hub people) and judges each pair with a
 * {@link PairEvaluator}. Deterministic: the same history and the same new meeting give the same warnings in
 * the same order (by other meeting id), which replaying the event store relies on.
 *
 * <p>It does not index the new meeting; the caller adds it to its source after {@link #detect}. Not thread-safe
 * (it counts); one detector per processing thread, as a projection has.
 */
public final class OverlapDetector {

    private static final Comparator<OverlapWarning> BY_OTHER = Comparator.comparing(OverlapWarning::otherMeetingId);

    private final OverlapRules rules;
    private final PairEvaluator evaluator;
    private final CandidateSource candidates;
    private long examined;

    public OverlapDetector(OverlapRules rules, TopicDictionary dictionary, CandidateSource candidates) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.evaluator = new PairEvaluator(rules, dictionary);
        this.candidates = Objects.requireNonNull(candidates, "candidates");
    }

    /** Warnings of the new meeting against earlier ones, ordered by other meeting id. */
    public List<OverlapWarning> detect(MeetingFacts newMeeting) {
        return detect(MeetingProfile.of(newMeeting));
    }

    /** The same, for a meeting already prepared (the caller may then index the same profile). */
    public List<OverlapWarning> detect(MeetingProfile newMeeting) {
        List<MeetingProfile> found = candidates.candidateProfilesFor(newMeeting, rules);
        examined += found.size();
        List<OverlapWarning> warnings = new ArrayList<>(evaluator.evaluateAll(found, newMeeting));
        warnings.sort(BY_OTHER);
        return warnings;
    }

    /** Candidate pairs judged so far. */
    public long candidatesExamined() {
        return examined;
    }

    public PairEvaluator evaluator() {
        return evaluator;
    }

    public OverlapRules rules() {
        return rules;
    }
}
