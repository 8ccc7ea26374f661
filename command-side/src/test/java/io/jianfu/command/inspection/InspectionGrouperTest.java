package io.jianfu.command.inspection;

import io.jianfu.command.inspection.InspectionGrouper.Candidate;
import io.jianfu.events.inspection.JointInspection;
import io.jianfu.events.inspection.JointLink;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure grouping of a month's 一事一报 inspections into joint inspections. */
class InspectionGrouperTest {
    private final InspectionGrouper grouper = new InspectionGrouper(4, 5);

    private static Candidate c(String id, String department, String function, String target, int start, int end) {
        return new Candidate(id, department, "检查" + id, function, List.of(target), day(start), day(end));
    }

    private static LocalDate day(int day) {
        return LocalDate.of(2031, 3, day);
    }

    private static List<List<String>> members(List<JointInspection> groups) {
        return groups.stream().map(JointInspection::inspectionIds).toList();
    }

    @Test
    void threeDepartmentsInspectingOneTownBecomeOneJointInspection() {
        List<JointInspection> groups = grouper.group("j", List.of(
                c("a", "d1", "环保", "town", 3, 12), c("b", "d2", "消防", "town", 5, 10),
                c("c", "d3", "教育", "town", 8, 20)));

        assertThat(members(groups)).containsExactly(List.of("a", "b", "c"));
        JointInspection joint = groups.get(0);
        assertThat(joint.jointId()).isEqualTo("j-J1");
        assertThat(joint.title()).isEqualTo("检查a暨检查b暨检查c");
        assertThat(joint.departmentCodes()).containsExactly("d1", "d2", "d3");
        assertThat(joint.targetUnitCodes()).containsExactly("town");
        assertThat(joint.jointStart()).isEqualTo(day(8));
        assertThat(joint.jointEnd()).isEqualTo(day(10));
        assertThat(joint.leadDepartmentCode()).isEqualTo("d1");
        assertThat(joint.links()).hasSize(3);
        JointLink ab = joint.links().get(0);
        assertThat(ab.reasons()).containsExactly("SAME_TARGET:town", "DATE_GAP=2");
        assertThat(ab.text()).isEqualTo("同一检查对象 town; 开始日期相隔 2 天");
    }

    @Test
    void sameFunctionWithinTheDaysIsJoinedWithItsReasons() {
        List<JointInspection> groups = grouper.group("j", List.of(
                c("a", "d1", "食品安全", "t1", 10, 14), c("b", "d2", "食品安全", "t2", 13, 17)));

        assertThat(members(groups)).containsExactly(List.of("a", "b"));
        assertThat(groups.get(0).links().get(0).reasons()).containsExactly("SAME_FUNCTION", "DATE_GAP=3");
        assertThat(groups.get(0).links().get(0).text()).isEqualTo("同类职能 食品安全; 开始日期相隔 3 天");
    }

    @Test
    void sameFunctionTooFarApartIsNotJoined() {
        assertThat(grouper.group("j", List.of(c("a", "d1", "食品安全", "t1", 1, 20),
                                              c("b", "d2", "食品安全", "t2", 7, 20)))).isEmpty();
    }

    @Test
    void windowsWithoutACommonDayAreNeverJoined() {
        assertThat(grouper.group("j", List.of(c("a", "d1", "环保", "town", 1, 5),
                                              c("b", "d2", "消防", "town", 6, 9)))).isEmpty();
    }

    @Test
    void linksDoNotChain() {
        // x–y share a target, y–z share a function; x and z share nothing, so they never sit in one group.
        Candidate x = new Candidate("x", "d1", "x", "环保", List.of("town"), day(1), day(10));
        Candidate y = new Candidate("y", "d2", "y", "消防", List.of("town"), day(2), day(10));
        Candidate z = new Candidate("z", "d3", "z", "消防", List.of("village"), day(3), day(10));

        List<JointInspection> groups = grouper.group("j", List.of(x, y, z));

        assertThat(members(groups)).containsExactly(List.of("x", "y"));
        assertThat(groups.stream().flatMap(g -> g.inspectionIds().stream())).doesNotContain("z");
    }

    @Test
    void theStrongerLinkWinsAMemberBothCouldTake() {
        // y shares a target with x (strong) and a function with z (weaker): it goes with x.
        Candidate x = new Candidate("x", "d1", "x", "环保", List.of("town"), day(1), day(10));
        Candidate y = new Candidate("y", "d2", "y", "消防", List.of("town"), day(1), day(10));
        Candidate z = new Candidate("z", "d3", "z", "消防", List.of("village"), day(1), day(10));
        assertThat(members(grouper.group("j", List.of(z, y, x)))).containsExactly(List.of("x", "y"));
    }

    @Test
    void groupsAreCappedAndTheRestFormTheirOwn() {
        List<Candidate> five = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            five.add(c("i" + i, "d" + i, "f" + i, "town", i, 20));
        }
        List<JointInspection> groups = grouper.group("j", five);
        assertThat(members(groups)).containsExactly(List.of("i1", "i2", "i3", "i4"), List.of("i5", "i6"));
    }

    @Test
    void theLeadIsTheDepartmentWithMostMembers() {
        List<JointInspection> groups = grouper.group("j", List.of(
                c("a", "d1", "环保", "town", 1, 9), c("b", "d2", "消防", "town", 2, 9), c("c", "d2", "教育", "town", 3, 9)));
        assertThat(groups.get(0).leadDepartmentCode()).isEqualTo("d2");
        assertThat(groups.get(0).departmentCodes()).containsExactly("d1", "d2");
    }

    @Test
    void theSameInspectionsInAnyOrderGiveTheSameGroups() {
        List<Candidate> month = new ArrayList<>(List.of(
                c("a", "d1", "环保", "town", 3, 12), c("b", "d2", "消防", "town", 5, 10),
                c("c", "d3", "教育", "town", 8, 20), c("d", "d4", "食品安全", "t1", 10, 14),
                c("e", "d5", "食品安全", "t2", 13, 17), c("f", "d6", "消防", "t3", 6, 9),
                c("g", "d7", "交通", "t4", 1, 2)));
        List<JointInspection> expected = grouper.group("j", month);
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(month, random);
            assertThat(grouper.group("j", month)).isEqualTo(expected);
        }
        assertThat(members(expected)).containsExactly(List.of("a", "b", "c"), List.of("d", "e"));
    }
}
