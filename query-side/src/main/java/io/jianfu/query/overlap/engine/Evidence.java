package io.jianfu.query.overlap.engine;

import java.util.List;

/**
 * The evidence behind an overlap warning, each item shown to the person who reads it (overlap.md).
 *
 * @param shared             number of distinct people called to both meetings
 * @param overlapCoefficient shared / min(|A|, |B|): catches a small meeting nested in a large one
 * @param jaccard            shared / |A ∪ B|
 * @param sharedAttendeeIds  who they are, sorted
 * @param timeRelation       {@link #SAME_HALF_DAY}, {@link #SAME_DAY} or {@link #DAYS_APART} (district time)
 * @param daysApart          whole calendar days between the two start dates (0 on the same day)
 * @param family             the subject family both meetings fall into, or {@code null} when none
 * @param keywords           keywords of that family found in the new (later) meeting
 * @param otherKeywords      keywords of that family found in the other (earlier) meeting
 * @param wordSimilarity     character-bigram Jaccard of title and agenda, generic words removed
 * @param sameOrganiser      whether the same unit calls both meetings
 * @param rules              the rules that hold: {@link #RULE_SAME_DAY}, {@link #RULE_SAME_FAMILY},
 *                           {@link #RULE_SIMILAR_WORDS}, in that order
 */
public record Evidence(int shared, double overlapCoefficient, double jaccard, List<String> sharedAttendeeIds,
                       String timeRelation, int daysApart, String family, List<String> keywords,
                       List<String> otherKeywords, double wordSimilarity, boolean sameOrganiser,
                       List<String> rules) {

    public static final String SAME_HALF_DAY = "SAME_HALF_DAY";
    public static final String SAME_DAY = "SAME_DAY";
    public static final String DAYS_APART = "DAYS_APART";

    /** Rule 1: many of the same people on the same day. */
    public static final String RULE_SAME_DAY = "SAME_DAY";
    /** Rule 2: many of the same people, the same subject family, within a few days. */
    public static final String RULE_SAME_FAMILY = "SAME_FAMILY";
    /** Rule 3: similar titles and agendas, some of the same people, within a week. */
    public static final String RULE_SIMILAR_WORDS = "SIMILAR_WORDS";

    public Evidence {
        sharedAttendeeIds = List.copyOf(sharedAttendeeIds);
        keywords = List.copyOf(keywords);
        otherKeywords = List.copyOf(otherKeywords);
        rules = List.copyOf(rules);
    }
}
