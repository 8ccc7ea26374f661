package io.jianfu.query.overlap.engine;

import java.util.List;

/**
 * Where the detector finds the meetings a new meeting might overlap: previously indexed meetings that share at
 * least one non-hub attendee with it and whose start date (district time) lies within
 * {@link OverlapRules#windowDays()} days before or after its own, excluding the meeting itself, sorted by
 * meeting id.
 *
 * <p>A person is a hub for the new meeting when they are already booked into more than
 * {@link OverlapRules#hubFanOut()} indexed meetings inside that window; hubs do not generate candidates (they
 * still count as shared people once a pair is found through others). Implementations must never return all
 * meetings: the cost of a call should grow with the candidates it returns, not with the size of the history.
 */
public interface CandidateSource {

    List<MeetingFacts> candidatesFor(MeetingFacts meeting, OverlapRules rules);

    /**
     * The same candidates, prepared for comparison; this is what {@link OverlapDetector} asks for. The default
     * prepares the result of {@link #candidatesFor}. A source that keeps prepared meetings (the in-memory index)
     * returns them directly, and may leave out candidates that provably cannot warn: those sharing fewer than
     * {@link OverlapRules#minShared()} people even if they shared every hub of the new meeting.
     */
    default List<MeetingProfile> candidateProfilesFor(MeetingProfile meeting, OverlapRules rules) {
        return candidatesFor(meeting.facts(), rules).stream().map(MeetingProfile::of).toList();
    }
}
