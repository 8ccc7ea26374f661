package io.jianfu.query.overlap.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The reference the indexed engine is checked against: replays a list of meetings in order and judges every
 * new meeting against <em>every</em> earlier one with the same {@link PairEvaluator}, with no index at all.
 * Quadratic; for tests and the benchmark only.
 *
 * <p><b>Hub semantics.</b> The indexed engine does not use hubs to find candidates, so a pair whose shared
 * people are all hubs (two small meetings of three district leaders, say) is never judged by it, although it
 * may pass {@code minShared}. No candidate source that skips hubs can find such pairs without reading the hubs'
 * lists, which is exactly the cost hub exclusion exists to avoid. To make "indexed == brute force" a meaningful
 * equality, this detector applies the same semantics by plain counting: when meeting <i>i</i> is judged, a
 * person is a hub if more than {@code hubFanOut} of the meetings <i>0..i-1</i> that start within the window of
 * <i>i</i> include them, and a warning is kept only when at least one shared person is not a hub. Warnings
 * dropped for that reason alone are reported separately ({@link Result#hubOnlyWarnings()}) so that their number
 * can be watched. Meeting ids are assumed unique within the list.
 */
public final class BruteForceDetector {

    /**
     * The outcome of a replay.
     *
     * @param warnings        every new meeting's warnings, in list order, each meeting's sorted by other id: the
     *                        same sequence an {@link OverlapDetector} over an index produces when fed the list
     * @param pairsEvaluated  pairs judged: n(n-1)/2
     * @param hubOnlyWarnings warnings of pure all-pairs comparison whose shared people are all hubs
     */
    public record Result(List<OverlapWarning> warnings, long pairsEvaluated, List<OverlapWarning> hubOnlyWarnings) {
    }

    private static final Comparator<OverlapWarning> BY_OTHER = Comparator.comparing(OverlapWarning::otherMeetingId);

    private final OverlapRules rules;
    private final PairEvaluator evaluator;

    public BruteForceDetector(OverlapRules rules, TopicDictionary dictionary) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.evaluator = new PairEvaluator(rules, dictionary);
    }

    /** The warnings of a replay; see {@link Result#warnings()}. */
    public List<OverlapWarning> detectAll(List<MeetingFacts> meetings) {
        return run(meetings).warnings();
    }

    /** Replays the meetings in order, comparing each with all earlier ones. */
    public Result run(List<MeetingFacts> meetings) {
        MeetingProfile[] profiles = meetings.stream().map(MeetingProfile::of).toArray(MeetingProfile[]::new);
        String[][] attendees = Arrays.stream(profiles).map(MeetingProfile::attendees).toArray(String[][]::new);
        List<OverlapWarning> warnings = new ArrayList<>();
        List<OverlapWarning> hubOnly = new ArrayList<>();
        long pairs = 0;
        int window = rules.windowDays();
        for (int i = 0; i < profiles.length; i++) {
            MeetingProfile later = profiles[i];
            String[] people = attendees[i];
            int[] booked = new int[people.length];
            for (int j = 0; j < i; j++) {
                if (Math.abs(profiles[j].epochDay() - later.epochDay()) <= window) {
                    countShared(attendees[j], people, booked);
                }
            }
            List<OverlapWarning> mine = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                pairs++;
                evaluator.evaluate(profiles[j], later).ifPresent(warning -> {
                    if (foundThroughNonHub(warning, people, booked)) {
                        mine.add(warning);
                    } else {
                        hubOnly.add(warning);
                    }
                });
            }
            mine.sort(BY_OTHER);
            warnings.addAll(mine);
        }
        return new Result(List.copyOf(warnings), pairs, List.copyOf(hubOnly));
    }

    private boolean foundThroughNonHub(OverlapWarning warning, String[] people, int[] booked) {
        for (String person : warning.evidence().sharedAttendeeIds()) {
            if (booked[Arrays.binarySearch(people, person)] <= rules.hubFanOut()) {
                return true;
            }
        }
        return false;
    }

    private static void countShared(String[] earlier, String[] people, int[] booked) {
        int i = 0;
        int j = 0;
        while (i < earlier.length && j < people.length) {
            int order = earlier[i].compareTo(people[j]);
            if (order == 0) {
                booked[j]++;
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
    }
}
