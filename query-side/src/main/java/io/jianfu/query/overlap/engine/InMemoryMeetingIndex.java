package io.jianfu.query.overlap.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link CandidateSource} held in memory: person → that person's meetings, kept ordered by start day (district
 * time): blocking on time is a binary search, since the meetings of a person inside the window of a new meeting
 * are one contiguous slice of the person's bookings, and the slice's length tells at once whether the person is
 * a hub, without reading it. Each booking carries the meeting's day and an ordinal the index gave it, so the
 * slices of all non-hub attendees are merged, de-duplicated and counted as plain numbers. On the prepared path the
 * detector uses ({@link #candidateProfilesFor}), a meeting that shares too few people to reach
 * {@link OverlapRules#minShared()} even if it shared every hub is left out without being read. The cost of a query
 * therefore grows with the candidates found, not with the number of meetings indexed.
 *
 * <p>Not thread-safe; the caller serialises {@link #add}, {@link #remove} and queries (a projection does).
 */
public final class InMemoryMeetingIndex implements CandidateSource {

    private final Map<String, Indexed> byId = new HashMap<>();
    private final PersonTable people = new PersonTable();
    private int nextOrdinal; // 2^32 additions before ordinals repeat; far beyond any district's history
    private long candidatePairs;
    private long gathered;
    private long hubExclusions;

    private record Indexed(MeetingProfile meeting, int ordinal) {
    }

    /** Indexes a meeting; a meeting with the same id already indexed is replaced (e.g. when rescheduled). */
    public void add(MeetingFacts meeting) {
        add(MeetingProfile.of(meeting));
    }

    /** Indexes an already prepared meeting. */
    public void add(MeetingProfile meeting) {
        Objects.requireNonNull(meeting, "meeting");
        remove(meeting.meetingId());
        int ordinal = nextOrdinal++;
        byId.put(meeting.meetingId(), new Indexed(meeting, ordinal));
        long stamp = Bookings.stamp(meeting.epochDay(), ordinal);
        for (String person : meeting.people()) {
            people.getOrCreate(person).add(stamp, meeting);
        }
    }

    /** Removes a meeting (cancelled, merged away); returns whether it was indexed. */
    public boolean remove(String meetingId) {
        Indexed indexed = byId.remove(meetingId);
        if (indexed == null) {
            return false;
        }
        long stamp = Bookings.stamp(indexed.meeting().epochDay(), indexed.ordinal());
        for (String person : indexed.meeting().people()) {
            Bookings bookings = people.get(person);
            if (bookings.remove(stamp) == 0) {
                people.remove(bookings);
            }
        }
        return true;
    }

    public int size() {
        return byId.size();
    }

    /** The indexed meeting with this id, if any. */
    public MeetingFacts get(String meetingId) {
        Indexed indexed = byId.get(meetingId);
        return indexed == null ? null : indexed.meeting().facts();
    }

    /** Candidate pairs handed out so far (one per candidate returned by a query). */
    public long candidatePairsExamined() {
        return candidatePairs;
    }

    /**
     * Meetings sharing a non-hub attendee within the window, counted before those that cannot reach
     * {@code minShared} were left out ({@link #candidateProfilesFor}): what a plain person → meetings index hands
     * out.
     */
    public long candidatePairsGathered() {
        return gathered;
    }

    /** How many times an attendee was left out of candidate generation as a hub. */
    public long hubExclusions() {
        return hubExclusions;
    }

    /** Indexed meetings of this person whose start day lies in [fromEpochDay, toEpochDay]: their load. */
    public int bookings(String personId, int fromEpochDay, int toEpochDay) {
        Bookings bookings = people.get(personId);
        return bookings == null ? 0 : bookings.upperBound(toEpochDay) - bookings.lowerBound(fromEpochDay);
    }

    /** Every indexed meeting sharing a non-hub attendee within the window, as the interface defines. */
    @Override
    public List<MeetingFacts> candidatesFor(MeetingFacts meeting, OverlapRules rules) {
        return gather(MeetingProfile.of(meeting), rules, false).stream().map(MeetingProfile::facts).toList();
    }

    /** The same, less the meetings that cannot share {@code minShared} people even counting every hub. */
    @Override
    public List<MeetingProfile> candidateProfilesFor(MeetingProfile meeting, OverlapRules rules) {
        return gather(meeting, rules, true);
    }

    private List<MeetingProfile> gather(MeetingProfile meeting, OverlapRules rules, boolean prune) {
        int from = meeting.epochDay() - rules.windowDays();
        int to = meeting.epochDay() + rules.windowDays();
        Indexed self = byId.get(meeting.meetingId());
        boolean selfInWindow = self != null && self.meeting().epochDay() >= from && self.meeting().epochDay() <= to;
        long selfStamp = self == null ? 0 : Bookings.stamp(self.meeting().epochDay(), self.ordinal());

        String[] attendees = meeting.people();
        Bookings[] slices = new Bookings[attendees.length];
        int[] starts = new int[attendees.length];
        int[] ends = new int[attendees.length];
        // Three passes rather than one: the lookups, then the reads of each person's latest booking, do not
        // depend on one another across attendees, so the processor overlaps their cache misses.
        for (int a = 0; a < attendees.length; a++) {
            slices[a] = people.get(attendees[a]);
        }
        long[] latest = new long[attendees.length];
        for (int a = 0; a < attendees.length; a++) {
            latest[a] = slices[a] == null ? Long.MIN_VALUE : slices[a].latest();
        }
        long windowStart = Bookings.stamp(from, 0);
        int total = 0;
        int hubs = 0;
        for (int a = 0; a < attendees.length; a++) {
            Bookings bookings = slices[a];
            if (bookings == null || latest[a] < windowStart) {
                slices[a] = null;
                continue;
            }
            int lo = bookings.lowerBound(from);
            int hi = bookings.upperBound(to);
            int booked = hi - lo - (selfInWindow && self.meeting().attends(attendees[a]) ? 1 : 0);
            if (booked > rules.hubFanOut()) {
                hubExclusions++;
                hubs++;
                slices[a] = null;
                continue;
            }
            starts[a] = lo;
            ends[a] = hi;
            total += hi - lo;
        }

        // Sorting (ordinal << 32 | occurrence) brings each meeting's occurrences together without reading it.
        long[] keys = new long[total];
        int[] sliceOf = new int[total];
        int[] positionOf = new int[total];
        int count = 0;
        for (int a = 0; a < attendees.length; a++) {
            for (int i = starts[a]; i < ends[a]; i++) {
                long stamp = slices[a].stamps[i];
                if (self == null || stamp != selfStamp) {
                    sliceOf[count] = a;
                    positionOf[count] = i;
                    keys[count] = (Bookings.ordinal(stamp) << 32) | count;
                    count++;
                }
            }
        }
        Arrays.sort(keys, 0, count);
        List<MeetingProfile> candidates = new ArrayList<>();
        for (int k = 0; k < count; ) {
            int run = k + 1;
            while (run < count && keys[run] >>> 32 == keys[k] >>> 32) {
                run++;
            }
            gathered++;
            if (!prune || run - k + hubs >= rules.minShared()) {
                int occurrence = (int) keys[k];
                candidates.add(slices[sliceOf[occurrence]].meetings[positionOf[occurrence]]);
            }
            k = run;
        }
        MeetingProfile.sortById(candidates);
        candidatePairs += candidates.size();
        return candidates;
    }
}
