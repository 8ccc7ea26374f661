package io.jianfu.query.overlap.engine;

/**
 * The configurable thresholds of overlap detection (see {@code docs/overlap.md}). A warning is raised when any
 * of three rules holds:
 * <ol>
 *     <li>people overlap ≥ {@code sameDayOverlap}, shared ≥ {@code minShared}, same calendar day;</li>
 *     <li>people overlap ≥ {@code familyOverlap}, shared ≥ {@code minShared}, same subject family, at most
 *     {@code familyMaxDaysApart} days apart;</li>
 *     <li>word similarity ≥ {@code wordSimilarity}, people overlap ≥ {@code wordOverlap}, shared ≥
 *     {@code minShared}, at most {@code wordMaxDaysApart} days apart.</li>
 * </ol>
 * "Overlap" is the overlap coefficient |A∩B| / min(|A|,|B|). {@code hubFanOut}: a person already booked into
 * more than this many meetings inside the time window of a new meeting is a hub (a district leader, say) and is
 * not used to find candidates for it.
 */
public record OverlapRules(int minShared, double sameDayOverlap, double familyOverlap, int familyMaxDaysApart,
                           double wordSimilarity, double wordOverlap, int wordMaxDaysApart, int hubFanOut) {

    public OverlapRules {
        if (minShared < 1) {
            throw new IllegalArgumentException("minShared must be at least 1");
        }
        if (familyMaxDaysApart < 0 || wordMaxDaysApart < 0) {
            throw new IllegalArgumentException("day limits must not be negative");
        }
        if (hubFanOut < 1) {
            throw new IllegalArgumentException("hubFanOut must be at least 1");
        }
    }

    /** The values of overlap.md: (3, 0.6, 0.6, 3, 0.5, 0.3, 7, 40). */
    public static OverlapRules defaults() {
        return new OverlapRules(3, 0.6, 0.6, 3, 0.5, 0.3, 7, 40);
    }

    /** The widest gap in days at which any rule can still hold: the half-width of the candidate window. */
    public int windowDays() {
        return Math.max(familyMaxDaysApart, wordMaxDaysApart);
    }

    /** The smallest people overlap any rule accepts; a pair below it can never warn. */
    public double minOverlap() {
        return Math.min(sameDayOverlap, Math.min(familyOverlap, wordOverlap));
    }
}
