package io.jianfu.bench;

import io.jianfu.query.overlap.engine.BruteForceDetector;
import io.jianfu.query.overlap.engine.InMemoryMeetingIndex;
import io.jianfu.query.overlap.engine.MeetingFacts;
import io.jianfu.query.overlap.engine.MeetingProfile;
import io.jianfu.query.overlap.engine.OverlapDetector;
import io.jianfu.query.overlap.engine.OverlapRules;
import io.jianfu.query.overlap.engine.OverlapWarning;
import io.jianfu.query.overlap.engine.TopicDictionary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The overlap engine's scale benchmark (issue 3, "Speed"). For each size N given as an argument (default 10000
 * 100000 1000000) it generates a seeded history ({@link MeetingGenerator}), feeds the meetings in start order
 * through {@link OverlapDetector#detect} and {@link InMemoryMeetingIndex#add}, and prints the time per meeting
 * (median, p99), the total, the candidate pairs examined against all N(N-1)/2 pairs, and the warnings found.
 * For sizes up to {@code -Dbench.bruteForceMax} (default 10000) it also replays the history with
 * {@link BruteForceDetector} and checks the warnings are equal; it fails (non-zero exit) when they are not.
 * The goals of the issue are reported, not asserted. Eight unmeasured 10k runs (other seeds) precede the
 * measurements so that no size is timed while the JIT is still compiling (fewer leave the 10k figure up to
 * twice its steady value, which would flatter the 1M/10k ratio).
 */
public final class OverlapBenchmark {

    private record Figures(int size, double medianMicros, double p99Micros, double totalSeconds, long candidates,
                           long allPairs, int warnings, List<OverlapWarning> kept) {
    }

    private static final int WARM_UP_ROUNDS = 8;
    private static final OverlapRules RULES = OverlapRules.defaults();
    private static final TopicDictionary DICTIONARY = TopicDictionary.defaults();

    private OverlapBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[]{10_000, 100_000, 1_000_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        long seed = Long.getLong("bench.seed", 20_260_304L);
        int bruteForceMax = Integer.getInteger("bench.bruteForceMax", 10_000);
        Runtime runtime = Runtime.getRuntime();
        print("Overlap engine benchmark: seed %d, Java %s, %d cores, max heap %.1f GiB, rules %s", seed,
                System.getProperty("java.version"), runtime.availableProcessors(),
                runtime.maxMemory() / (double) (1L << 30), RULES);

        long warmStart = System.nanoTime();
        for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
            measure(new MeetingGenerator(seed + round).generate(10_000), false, false);
        }
        print("JIT warm-up: %d × 10,000 meetings of other seeds, not measured (%.1f s)%n", WARM_UP_ROUNDS,
                seconds(warmStart));

        Map<Integer, Figures> results = new LinkedHashMap<>();
        boolean allEqual = true;
        for (int size : sizes) {
            long generateStart = System.nanoTime();
            MeetingGenerator.Generated history = new MeetingGenerator(seed).generate(size);
            print("== N = %,d meetings: %d districts, %,d people, %,d planted twins (generated in %.1f s)", size,
                    history.districts(), history.people(), history.twinOf().size(), seconds(generateStart));
            Figures figures = measure(history, size <= bruteForceMax, true);
            results.put(size, figures);
            if (size <= bruteForceMax) {
                allEqual &= compareWithBruteForce(history.meetings(), figures.kept());
            }
            System.gc();
            print("");
        }
        reportGoals(results);
        if (!allEqual) {
            throw new IllegalStateException("indexed warnings differ from brute force");
        }
    }

    private static Figures measure(MeetingGenerator.Generated history, boolean keep, boolean report) {
        List<MeetingFacts> meetings = history.meetings();
        InMemoryMeetingIndex index = new InMemoryMeetingIndex();
        OverlapDetector detector = new OverlapDetector(RULES, DICTIONARY, index);
        long[] nanos = new long[meetings.size()];
        List<OverlapWarning> kept = new ArrayList<>();
        int warnings = 0;
        int warnedMeetings = 0;
        int twinsFound = 0;
        Map<String, String> twinOf = history.twinOf();
        long start = System.nanoTime();
        for (int i = 0; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            MeetingProfile meeting = MeetingProfile.of(meetings.get(i));
            List<OverlapWarning> found = detector.detect(meeting);
            index.add(meeting);
            nanos[i] = System.nanoTime() - t0;
            warnings += found.size();
            warnedMeetings += found.isEmpty() ? 0 : 1;
            for (OverlapWarning warning : found) {
                if (warning.otherMeetingId().equals(twinOf.get(warning.meetingId()))
                        || warning.meetingId().equals(twinOf.get(warning.otherMeetingId()))) {
                    twinsFound++;
                }
            }
            if (keep) {
                kept.addAll(found);
            }
        }
        double total = seconds(start);
        Arrays.sort(nanos);
        int n = nanos.length;
        long allPairs = (long) n * (n - 1) / 2;
        long candidates = detector.candidatesExamined();
        double median = nanos[n / 2] / 1e3;
        double p99 = nanos[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)] / 1e3;
        Figures figures = new Figures(n, median, p99, total, candidates, allPairs, warnings, kept);
        if (report) {
            long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            print("  per meeting (detect + index): median %.1f µs, p99 %.1f µs, mean %.1f µs; total %.2f s",
                    figures.medianMicros(), figures.p99Micros(), total * 1e6 / n, total);
            print("  candidate pairs examined %,d of all pairs %,d: %.4f %% (%,.0f× less work); %.2f per meeting",
                    candidates, allPairs, 100.0 * candidates / allPairs, (double) allPairs / Math.max(1, candidates),
                    (double) candidates / n);
            print("  (pairs sharing a non-hub attendee in the window %,d: %.4f %%, %,.0f× less; the rest of those "
                            + "could not reach min-shared and were dropped unread)", index.candidatePairsGathered(),
                    100.0 * index.candidatePairsGathered() / allPairs,
                    (double) allPairs / Math.max(1, index.candidatePairsGathered()));
            print("  warnings %,d on %,d meetings (%.1f %%); planted twins found %,d / %,d; hub exclusions %,d",
                    warnings, warnedMeetings, 100.0 * warnedMeetings / n, twinsFound, twinOf.size(),
                    index.hubExclusions());
            print("  heap in use after the run ≈ %.2f GiB (index of %,d meetings)", used / (double) (1L << 30),
                    index.size());
        }
        return figures;
    }

    private static boolean compareWithBruteForce(List<MeetingFacts> meetings, List<OverlapWarning> indexed) {
        long start = System.nanoTime();
        BruteForceDetector.Result brute = new BruteForceDetector(RULES, DICTIONARY).run(meetings);
        boolean equal = brute.warnings().equals(indexed);
        print("  brute force: %,d pairs judged in %.1f s, %,d warnings; indexed %,d warnings -> %s",
                brute.pairsEvaluated(), seconds(start), brute.warnings().size(), indexed.size(),
                equal ? "EQUAL" : "NOT EQUAL");
        print("  (pure all-pairs without hub semantics would add %,d warnings whose shared people are all hubs)",
                brute.hubOnlyWarnings().size());
        if (!equal) {
            for (int i = 0; i < Math.min(brute.warnings().size(), indexed.size()); i++) {
                if (!brute.warnings().get(i).equals(indexed.get(i))) {
                    print("  first difference at %d:%n    brute   %s%n    indexed %s", i, brute.warnings().get(i),
                            indexed.get(i));
                    break;
                }
            }
        }
        return equal;
    }

    private static void reportGoals(Map<Integer, Figures> results) {
        print("== Goals (reported, not asserted)");
        Figures small = results.get(10_000);
        Figures large = results.get(1_000_000);
        if (small != null && large != null) {
            double ratio = large.medianMicros() / small.medianMicros();
            print("  median per meeting at 1M / at 10k = %.1f / %.1f µs = %.2f× (goal ≤ 1.5×): %s; p99 ratio %.2f×",
                    large.medianMicros(), small.medianMicros(), ratio, ratio <= 1.5 ? "MET" : "NOT MET",
                    large.p99Micros() / small.p99Micros());
        } else {
            print("  per-meeting time at 1M vs 10k: not measured (run with sizes 10000 and 1000000)");
        }
        Figures mid = results.get(100_000);
        if (mid != null) {
            double less = (double) mid.allPairs() / Math.max(1, mid.candidates());
            print("  work at 100k: all pairs / candidate pairs = %,.0f× (goal ≥ 50×): %s", less,
                    less >= 50 ? "MET" : "NOT MET");
        } else {
            print("  work at 100k: not measured (run with size 100000)");
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
