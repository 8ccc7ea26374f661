package io.jianfu.query.pledge;

import io.jianfu.events.responsibility.PledgeClause;
import io.jianfu.events.responsibility.PledgeDuty;
import io.jianfu.query.pledge.PledgeFinding.Kind;
import io.jianfu.query.responsibility.MatterWords;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a pledge's clauses with the list versions in force on its date (pure; no I/O). A clause that names a
 * matter is judged against it; one that names none is matched to the matter whose title, domain and street duty are
 * most alike in words (the overlap engine's bigram similarity) at or above {@link #MATCH_THRESHOLD}.
 *
 * <p>Duties are ranked: patrol and report (1) &lt; cooperate (2) &lt; lead (3) &lt; full liability (4). The listed
 * street duty is ranked by its words (none is 0). A free-text clause is ranked by its words as well; one whose words
 * show no rank is flagged as more than listed, since it cannot be shown to stay within the list.
 */
public final class PledgeAudit {
    public static final double MATCH_THRESHOLD = MatterWords.MATCH_THRESHOLD;

    private static final int UNKNOWN = -1;

    private PledgeAudit() {
    }

    /**
     * The findings of {@code clauses} of a pledge from {@code issuingDepartmentCode} against {@code inForce} (matter
     * id to the version in force).
     */
    public static List<PledgeFinding> audit(List<PledgeClause> clauses, Map<String, ListedMatter> inForce,
                                            String issuingDepartmentCode) {
        List<PledgeFinding> findings = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            PledgeClause clause = clauses.get(i);
            ListedMatter matter = null;
            Double similarity = null;
            if (clause.matterId() != null) {
                matter = inForce.get(clause.matterId());
            } else {
                Optional<Match> match = bestMatch(clause.text(), inForce.values(), issuingDepartmentCode);
                if (match.isPresent()) {
                    matter = match.get().matter();
                    similarity = Math.round(match.get().similarity() * 1000) / 1000.0;
                }
            }
            if (matter == null) {
                continue;
            }
            Kind kind = judge(clause, matter);
            if (kind != null) {
                findings.add(new PledgeFinding(i, clause, matter.matterId(), matter.title(), similarity,
                                               matter.leadDepartmentCode(), matter.streetDuty(), pledged(clause),
                                               kind));
            }
        }
        return findings;
    }

    /**
     * The matter a clause's words fit best among those at or above the threshold. A department shifts its own duty,
     * so matters the issuing department leads come first; then the higher similarity, then the lower id.
     */
    static Optional<Match> bestMatch(String text, Collection<ListedMatter> matters, String issuingDepartmentCode) {
        Comparator<Match> better = Comparator.comparing((Match m) -> m.matter().leadDepartmentCode()
                                                                      .equals(issuingDepartmentCode))
                                             .thenComparingDouble(Match::similarity)
                                             .thenComparing(m -> m.matter().matterId(), Comparator.reverseOrder());
        return matters.stream()
                      .map(matter -> new Match(matter, MatterWords.similarity(text, matter.title(), matter.domain(),
                                                                              matter.streetDuty())))
                      .filter(match -> match.similarity() >= MATCH_THRESHOLD)
                      .max(better);
    }

    static Kind judge(PledgeClause clause, ListedMatter matter) {
        int pledged = rank(clause);
        int listed = listedRank(matter.streetDuty());
        if (pledged == 4) {
            return Kind.FULL_LIABILITY;
        }
        if (pledged == 3) {
            return Kind.SHIFTED_LEAD;
        }
        if (pledged == UNKNOWN || pledged > listed) {
            return Kind.MORE_THAN_LISTED_DUTY;
        }
        return null;
    }

    static int rank(PledgeClause clause) {
        return switch (clause.duty()) {
            case PATROL_AND_REPORT -> 1;
            case COOPERATE -> 2;
            case LEAD -> 3;
            case FULL_LIABILITY -> 4;
            case FREE_TEXT -> rankOfWords(clause.text());
        };
    }

    static int listedRank(String streetDuty) {
        if (streetDuty == null || streetDuty.isBlank()) {
            return 0;
        }
        int rank = rankOfWords(streetDuty);
        return rank == UNKNOWN ? 1 : rank;
    }

    /** The rank the words of a duty show, or {@link #UNKNOWN}. */
    static int rankOfWords(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        if (containsAny(text, "兜底", "全责", "全部责任", "全面负责")) {
            return 4;
        }
        if (containsAny(text, "牵头", "主办", "主责", "主体责任")) {
            return 3;
        }
        boolean cooperate = containsAny(text, "配合", "协助", "协同");
        boolean patrol = containsAny(text, "巡查", "上报", "报告", "发现");
        if (text.contains("负责") && !cooperate && !patrol) {
            return 3;
        }
        if (cooperate) {
            return 2;
        }
        return patrol ? 1 : UNKNOWN;
    }

    private static String pledged(PledgeClause clause) {
        if (clause.duty() == PledgeDuty.FREE_TEXT) {
            return clause.text();
        }
        return clause.text() == null ? clause.duty().name() : clause.duty().name() + ": " + clause.text();
    }

    private static boolean containsAny(String text, String... words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A matter matched to a clause's words, with the similarity. */
    record Match(ListedMatter matter, double similarity) {
    }
}
