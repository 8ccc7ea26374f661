package io.jianfu.command.inspection;

import io.jianfu.events.inspection.JointInspection;
import io.jianfu.events.inspection.JointLink;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Groups a month's unplanned (一事一报) inspections into joint inspections; pure and deterministic.
 *
 * <p>Two inspections are <em>linked</em> when their date windows intersect and they share a target unit
 * (SAME_TARGET), or have the same function and start at most {@code maxDaysApart} days apart (SAME_FUNCTION). Groups
 * form by complete linkage: every member is linked to every other member, so nothing chains (A–B and B–C never pull
 * A and C together unless A–C is linked too). Since the windows of a group intersect pairwise, they have a common
 * day (intervals on a line), so the joint window, their intersection, is never empty.
 *
 * <p>Agglomerative: start from singletons; repeatedly merge the two groups whose weakest cross link is strongest
 * (shared targets weigh most, then a shared function, minus the gap in days), ties to the earlier groups, as long
 * as every cross pair is linked and the merged group holds at most {@code maxGroupSize}. Candidates are ordered by
 * window start, then id, so the same input in any order gives the same groups.
 */
public final class InspectionGrouper {
    private static final int TARGET_WEIGHT = 100;
    private static final int FUNCTION_WEIGHT = 50;

    /** One inspection to consider. */
    public record Candidate(String inspectionId, String departmentCode, String title, String function,
                            List<String> targetUnitCodes, LocalDate start, LocalDate end) {
    }

    private final int maxGroupSize;
    private final int maxDaysApart;

    public InspectionGrouper(int maxGroupSize, int maxDaysApart) {
        this.maxGroupSize = maxGroupSize;
        this.maxDaysApart = maxDaysApart;
    }

    /** The joint inspections (two or more members each) among {@code candidates}, ids {@code <prefix>-J1, -J2 …}. */
    public List<JointInspection> group(String idPrefix, List<Candidate> candidates) {
        List<Candidate> ordered = candidates.stream()
                                            .sorted(Comparator.comparing(Candidate::start)
                                                              .thenComparing(Candidate::inspectionId))
                                            .toList();
        int n = ordered.size();
        Integer[][] strength = new Integer[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                strength[i][j] = strength[j][i] = strength(ordered.get(i), ordered.get(j));
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            groups.add(new ArrayList<>(List.of(i)));
        }
        while (mergeBest(groups, strength)) {
            // merge until no two groups can be joined
        }
        List<JointInspection> joint = new ArrayList<>();
        for (List<Integer> members : groups) {
            if (members.size() > 1) {
                List<Candidate> group = members.stream().map(ordered::get).toList();
                joint.add(joint(idPrefix + "-J" + (joint.size() + 1), group));
            }
        }
        return joint;
    }

    private boolean mergeBest(List<List<Integer>> groups, Integer[][] strength) {
        int bestA = -1;
        int bestB = -1;
        int bestScore = Integer.MIN_VALUE;
        for (int a = 0; a < groups.size(); a++) {
            for (int b = a + 1; b < groups.size(); b++) {
                if (groups.get(a).size() + groups.get(b).size() > maxGroupSize) {
                    continue;
                }
                Integer score = weakestLink(groups.get(a), groups.get(b), strength);
                if (score != null && score > bestScore) {
                    bestScore = score;
                    bestA = a;
                    bestB = b;
                }
            }
        }
        if (bestA < 0) {
            return false;
        }
        groups.get(bestA).addAll(groups.remove(bestB));
        Collections.sort(groups.get(bestA));
        return true;
    }

    /** The weakest link between the two groups, or null if some pair is not linked at all. */
    private static Integer weakestLink(List<Integer> a, List<Integer> b, Integer[][] strength) {
        int weakest = Integer.MAX_VALUE;
        for (int i : a) {
            for (int j : b) {
                if (strength[i][j] == null) {
                    return null;
                }
                weakest = Math.min(weakest, strength[i][j]);
            }
        }
        return weakest;
    }

    /** How strongly two inspections are linked, or null if they are not. */
    Integer strength(Candidate a, Candidate b) {
        if (a.start().isAfter(b.end()) || b.start().isAfter(a.end())) {
            return null;
        }
        int shared = sharedTargets(a, b).size();
        boolean sameFunction = sameFunction(a, b);
        int gap = gap(a, b);
        if (shared == 0 && !(sameFunction && gap <= maxDaysApart)) {
            return null;
        }
        return shared * TARGET_WEIGHT + (sameFunction ? FUNCTION_WEIGHT : 0) - gap;
    }

    private JointInspection joint(String jointId, List<Candidate> members) {
        List<JointLink> links = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                links.add(link(members.get(i), members.get(j)));
            }
        }
        return new JointInspection(jointId,
                                   members.stream().map(Candidate::title).collect(Collectors.joining("暨")),
                                   lead(members),
                                   members.stream().map(Candidate::inspectionId).toList(),
                                   distinct(members.stream().map(Candidate::departmentCode).toList()),
                                   distinct(members.stream().flatMap(m -> m.targetUnitCodes().stream()).toList()),
                                   members.stream().map(Candidate::start).max(Comparator.naturalOrder()).orElseThrow(),
                                   members.stream().map(Candidate::end).min(Comparator.naturalOrder()).orElseThrow(),
                                   links);
    }

    private JointLink link(Candidate a, Candidate b) {
        List<String> reasons = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> shared = sharedTargets(a, b);
        shared.forEach(target -> reasons.add("SAME_TARGET:" + target));
        if (!shared.isEmpty()) {
            words.add("同一检查对象 " + String.join("、", shared));
        }
        if (sameFunction(a, b)) {
            reasons.add("SAME_FUNCTION");
            words.add("同类职能 " + a.function().strip());
        }
        int gap = gap(a, b);
        reasons.add("DATE_GAP=" + gap);
        words.add(gap == 0 ? "同日开始" : "开始日期相隔 " + gap + " 天");
        return new JointLink(a.inspectionId(), b.inspectionId(), reasons, String.join("; ", words));
    }

    /** The department with the most members; on a tie, the one whose inspection starts first. */
    private static String lead(List<Candidate> members) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        members.forEach(m -> counts.merge(m.departmentCode(), 1, Integer::sum));
        int most = Collections.max(counts.values());
        return counts.entrySet().stream().filter(e -> e.getValue() == most).findFirst().orElseThrow().getKey();
    }

    private static List<String> sharedTargets(Candidate a, Candidate b) {
        return a.targetUnitCodes().stream().filter(b.targetUnitCodes()::contains).toList();
    }

    private static boolean sameFunction(Candidate a, Candidate b) {
        return a.function().strip().equals(b.function().strip());
    }

    private static int gap(Candidate a, Candidate b) {
        return (int) Math.abs(ChronoUnit.DAYS.between(a.start(), b.start()));
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }
}
