package io.jianfu.events.meeting;

/**
 * ADMIN set the thresholds of the overlap warning (多头通知、重复参会); they apply to meetings scheduled afterwards.
 * See the query side's overlap engine for what each threshold means.
 */
public record OverlapRulesChanged(int minShared, double sameDayOverlap, double familyOverlap, int familyMaxDaysApart,
                                  double wordSimilarity, double wordOverlap, int wordMaxDaysApart, int hubFanOut) {
}
