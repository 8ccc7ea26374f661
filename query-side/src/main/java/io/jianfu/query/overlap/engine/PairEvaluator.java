package io.jianfu.query.overlap.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether two meetings should be suggested for merging, and why (overlap.md). Pure and deterministic:
 * the same two meetings always give the same warning, byte for byte.
 *
 * <p>Evidence: shared people (count, overlap coefficient, Jaccard, who), time relation in the district zone,
 * subject family, bigram word similarity, same organiser. A warning is raised when any rule of
 * {@link OverlapRules} holds. Every rule needs at least {@code minShared} shared people, an overlap of at least
 * {@link OverlapRules#minOverlap()} and at most {@link OverlapRules#windowDays()} days apart, so pairs failing
 * those cheap checks are rejected before any text is read.
 *
 * <p><b>Score</b> (rounded to three decimals, in [0, 1]):
 * {@code 0.45·overlap + 0.20·closeness + 0.20·family + 0.10·words + 0.05·organiser}, where overlap is the
 * overlap coefficient, closeness is 1 for the same half-day, 0.85 for the same day and
 * {@code 0.7·(1 − days/(windowDays+1))} otherwise, family is 1 when both meetings share a subject family, words
 * is the bigram similarity and organiser is 1 when the same unit calls both.
 */
public final class PairEvaluator {

    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    private final OverlapRules rules;
    private final TextAnalyzer text;

    public PairEvaluator(OverlapRules rules, TopicDictionary dictionary) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.text = new TextAnalyzer(Objects.requireNonNull(dictionary, "dictionary"));
    }

    public OverlapRules rules() {
        return rules;
    }

    public TopicDictionary dictionary() {
        return text.dictionary();
    }

    /** Compares the earlier meeting with the later (new) one; the warning, if any, belongs to the later. */
    public Optional<OverlapWarning> evaluate(MeetingFacts earlier, MeetingFacts later) {
        return evaluate(MeetingProfile.of(earlier), MeetingProfile.of(later));
    }

    /** The same, for meetings already prepared (avoids preparing a meeting once per pair). */
    public Optional<OverlapWarning> evaluate(MeetingProfile earlier, MeetingProfile later) {
        int daysApart = Math.abs(later.epochDay() - earlier.epochDay());
        if (daysApart > rules.windowDays() || MeetingProfile.sameId(earlier, later)) {
            return Optional.empty();
        }
        int shared = MeetingProfile.sharedCount(earlier, later);
        if (shared < rules.minShared()) {
            return Optional.empty();
        }
        double overlap = (double) shared / Math.min(earlier.attendeeCount(), later.attendeeCount());
        if (overlap < rules.minOverlap()) {
            return Optional.empty();
        }
        return judge(earlier, later, shared, overlap, daysApart);
    }

    /**
     * Judges the later (new) meeting against each earlier one, in the given order. The same as calling
     * {@link #evaluate(MeetingProfile, MeetingProfile)} for each, but first reads every candidate's size in one
     * pass (independent reads the processor overlaps, and a candidate smaller than {@code minShared} is
     * dismissed at once).
     */
    public List<OverlapWarning> evaluateAll(List<MeetingProfile> earlier, MeetingProfile later) {
        int[] sizes = new int[earlier.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = earlier.get(i).attendeeCount();
        }
        List<OverlapWarning> warnings = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] >= rules.minShared()) {
                evaluate(earlier.get(i), later).ifPresent(warnings::add);
            }
        }
        return warnings;
    }

    /** Bigram similarity of two texts after generic words are removed, as used for titles and agendas. */
    public double wordSimilarity(String one, String other) {
        return TextAnalyzer.jaccard(text.bigrams(one == null ? "" : one), text.bigrams(other == null ? "" : other));
    }

    /** The subject families a meeting falls into, each with the keywords that matched, in dictionary order. */
    public Map<String, List<String>> familiesOf(MeetingFacts meeting) {
        return text.analyze(meeting).families();
    }

    private Optional<OverlapWarning> judge(MeetingProfile earlier, MeetingProfile later, int shared, double overlap,
                                           int daysApart) {
        TextAnalyzer.Features earlierText = earlier.text(text);
        TextAnalyzer.Features laterText = later.text(text);
        String family = null;
        for (String candidate : laterText.families().keySet()) {
            if (earlierText.families().containsKey(candidate)) {
                family = candidate;
                break;
            }
        }
        double words = TextAnalyzer.jaccard(earlierText.bigrams(), laterText.bigrams());
        boolean sameDay = daysApart == 0;

        List<String> fired = new ArrayList<>(3);
        if (sameDay && overlap >= rules.sameDayOverlap()) {
            fired.add(Evidence.RULE_SAME_DAY);
        }
        if (family != null && overlap >= rules.familyOverlap() && daysApart <= rules.familyMaxDaysApart()) {
            fired.add(Evidence.RULE_SAME_FAMILY);
        }
        if (words >= rules.wordSimilarity() && overlap >= rules.wordOverlap()
                && daysApart <= rules.wordMaxDaysApart()) {
            fired.add(Evidence.RULE_SIMILAR_WORDS);
        }
        if (fired.isEmpty()) {
            return Optional.empty();
        }

        int sizeA = earlier.attendeeCount();
        int sizeB = later.attendeeCount();
        List<String> sharedIds = MeetingProfile.sharedIds(earlier, later);
        double jaccard = (double) shared / (sizeA + sizeB - shared);
        boolean sameHalf = sameDay && earlier.afternoon() == later.afternoon();
        String relation = sameHalf ? Evidence.SAME_HALF_DAY : sameDay ? Evidence.SAME_DAY : Evidence.DAYS_APART;
        String organiser = later.facts().organizerUnitCode();
        boolean sameOrganiser = organiser != null && organiser.equals(earlier.facts().organizerUnitCode());
        List<String> keywords = family == null ? List.of() : laterText.families().get(family);
        List<String> otherKeywords = family == null ? List.of() : earlierText.families().get(family);

        Evidence evidence = new Evidence(shared, overlap, jaccard, sharedIds, relation, daysApart, family,
                keywords, otherKeywords, words, sameOrganiser, fired);
        double score = score(overlap, sameHalf, sameDay, daysApart, family != null, words, sameOrganiser);
        String reason = reason(evidence, Math.min(sizeA, sizeB), earlier, later);
        return Optional.of(new OverlapWarning(later.meetingId(), earlier.meetingId(), score, reason, evidence));
    }

    private double score(double overlap, boolean sameHalf, boolean sameDay, int daysApart, boolean family,
                         double words, boolean sameOrganiser) {
        double closeness = sameHalf ? 1.0
                : sameDay ? 0.85
                : 0.7 * (1.0 - (double) daysApart / (rules.windowDays() + 1));
        double raw = 0.45 * overlap + 0.20 * closeness + 0.20 * (family ? 1 : 0) + 0.10 * words
                + 0.05 * (sameOrganiser ? 1 : 0);
        return Math.min(1.0, Math.max(0.0, Math.round(raw * 1000.0) / 1000.0));
    }

    private String reason(Evidence evidence, int smaller, MeetingProfile earlier, MeetingProfile later) {
        List<String> parts = new ArrayList<>(5);
        parts.add("参会人重合 " + evidence.shared() + "/" + smaller + " ("
                + Math.round(evidence.overlapCoefficient() * 100) + "%)");
        String weekday = WEEKDAYS[later.dayOfWeek().getValue() - 1];
        switch (evidence.timeRelation()) {
            case Evidence.SAME_HALF_DAY -> parts.add("同为" + weekday + (later.afternoon() ? "下午" : "上午"));
            case Evidence.SAME_DAY -> parts.add("同为" + weekday + "上午/下午");
            default -> parts.add("相隔" + evidence.daysApart() + "天");
        }
        if (evidence.family() != null) {
            List<String> matched = new ArrayList<>();
            for (String keyword : dictionary().families().get(evidence.family())) {
                if (evidence.otherKeywords().contains(keyword) || evidence.keywords().contains(keyword)) {
                    matched.add(keyword);
                }
            }
            parts.add("同属" + evidence.family() + "类 (" + String.join(", ", matched) + ")");
        }
        if (evidence.wordSimilarity() >= rules.wordSimilarity()
                || evidence.rules().contains(Evidence.RULE_SIMILAR_WORDS)) {
            parts.add("标题议程相似度 " + String.format(java.util.Locale.ROOT, "%.2f", evidence.wordSimilarity()));
        }
        if (evidence.sameOrganiser()) {
            parts.add("同一办会单位");
        }
        return String.join("; ", parts);
    }
}
