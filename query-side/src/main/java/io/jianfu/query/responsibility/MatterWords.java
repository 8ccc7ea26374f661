package io.jianfu.query.responsibility;

import io.jianfu.query.overlap.engine.OverlapRules;
import io.jianfu.query.overlap.engine.PairEvaluator;
import io.jianfu.query.overlap.engine.TopicDictionary;

/**
 * How well free text fits a listed matter: the overlap engine's bigram similarity of the text with the matter's
 * title, domain and the street's duty. Pledge clauses and coordination requests are matched to matters this way.
 */
public final class MatterWords {
    /** Below this similarity a text is not taken to be about the matter. */
    public static final double MATCH_THRESHOLD = 0.15;

    private static final PairEvaluator WORDS = new PairEvaluator(OverlapRules.defaults(), TopicDictionary.defaults());

    private MatterWords() {
    }

    public static double similarity(String text, String title, String domain, String streetDuty) {
        return WORDS.wordSimilarity(text, title + " " + domain + " " + (streetDuty == null ? "" : streetDuty));
    }
}
