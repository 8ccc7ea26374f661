package io.jianfu.query.overlap.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the subject of a meeting with a {@link TopicDictionary}: which families its title and agenda fall into
 * (and through which keywords), and the character bigrams of its words once generic words (会议, 工作, 部署 …) and
 * everything that is neither a letter nor a digit are taken out.
 *
 * <p>A removed generic word or punctuation mark separates the text: no bigram spans it, so removing 会议 from
 * 甲乙会议丙丁 yields 甲乙 and 丙丁, not the invented bigram 乙丙.
 */
final class TextAnalyzer {

    /** What the analyser read from one meeting: matched families (dictionary order) and sorted unique bigrams. */
    record Features(TextAnalyzer analyzer, Map<String, List<String>> families, long[] bigrams) {
    }

    private static final int SEPARATOR = -1;

    private final TopicDictionary dictionary;
    private final String[] genericLongestFirst;

    TextAnalyzer(TopicDictionary dictionary) {
        this.dictionary = dictionary;
        this.genericLongestFirst = dictionary.genericWords().stream()
                .filter(word -> !word.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toArray(String[]::new);
    }

    TopicDictionary dictionary() {
        return dictionary;
    }

    Features analyze(MeetingFacts facts) {
        String title = facts.title() == null ? "" : facts.title();
        String agenda = facts.agenda() == null ? "" : facts.agenda();
        return new Features(this, families(title, agenda), bigrams(title + "\n" + agenda));
    }

    /** The families whose keywords occur in the title or agenda, each with its matched keywords. */
    Map<String, List<String>> families(String title, String agenda) {
        Map<String, List<String>> matched = new LinkedHashMap<>();
        dictionary.families().forEach((family, keywords) -> {
            List<String> hits = null;
            for (String keyword : keywords) {
                if (!keyword.isEmpty() && (title.contains(keyword) || agenda.contains(keyword))) {
                    if (hits == null) {
                        hits = new ArrayList<>(2);
                    }
                    hits.add(keyword);
                }
            }
            if (hits != null) {
                matched.put(family, List.copyOf(hits));
            }
        });
        return matched;
    }

    /** Sorted unique character bigrams of the text after generic words and non-alphanumerics are removed. */
    long[] bigrams(String text) {
        int[] cleaned = new int[text.length()];
        int length = 0;
        int i = 0;
        while (i < text.length()) {
            String generic = genericAt(text, i);
            if (generic != null) {
                cleaned[length++] = SEPARATOR;
                i += generic.length();
                continue;
            }
            int codePoint = text.codePointAt(i);
            cleaned[length++] = Character.isLetterOrDigit(codePoint) ? Character.toLowerCase(codePoint) : SEPARATOR;
            i += Character.charCount(codePoint);
        }
        long[] bigrams = new long[Math.max(0, length - 1)];
        int count = 0;
        for (int k = 1; k < length; k++) {
            if (cleaned[k - 1] != SEPARATOR && cleaned[k] != SEPARATOR) {
                bigrams[count++] = ((long) cleaned[k - 1] << 21) | cleaned[k];
            }
        }
        Arrays.sort(bigrams, 0, count);
        int unique = 0;
        for (int k = 0; k < count; k++) {
            if (unique == 0 || bigrams[k] != bigrams[unique - 1]) {
                bigrams[unique++] = bigrams[k];
            }
        }
        return Arrays.copyOf(bigrams, unique);
    }

    /** Jaccard similarity of two sorted unique bigram sets; 0 when both are empty. */
    static double jaccard(long[] a, long[] b) {
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 0.0 : (double) common / union;
    }

    private String genericAt(String text, int index) {
        for (String word : genericLongestFirst) {
            if (text.startsWith(word, index)) {
                return word;
            }
        }
        return null;
    }
}
