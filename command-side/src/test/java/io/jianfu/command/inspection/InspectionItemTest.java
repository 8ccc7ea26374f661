package io.jianfu.command.inspection;

import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.InvalidCommand;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.InMemoryDirectory;
import io.jianfu.events.directory.UnitKind;
import io.jianfu.events.inspection.InspectionItemApproved;
import io.jianfu.events.inspection.InspectionItemProposed;
import io.jianfu.events.inspection.InspectionItemRejected;
import io.jianfu.events.inspection.InspectionItemWithdrawn;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.jianfu.command.common.CommandTestSupport.actor;
import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.invalidFields;
import static io.jianfu.command.common.CommandTestSupport.staffOf;

/** Items of the annual inspection master list: proposed by the department, decided by the supervision office. */
class InspectionItemTest {
    static final String DEPT = "dept-env";
    static final String OTHER = "dept-fire";
    static final String TOWN = "town-1";

    private final InMemoryDirectory directory = new InMemoryDirectory().withUnit(DEPT, UnitKind.DEPARTMENT)
                                                                       .withUnit(OTHER, UnitKind.DEPARTMENT)
                                                                       .withUnit(TOWN, UnitKind.TOWN);
    private AggregateTestFixture<InspectionItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InspectionItem.class);
        fixture.registerInjectableResource(directory);
    }

    static Map<String, Object> office() {
        return actor("dcb", "office-1", "SUPERVISION_OFFICE");
    }

    static ProposeInspectionItem propose(List<String> targets, List<UnitKind> kinds, List<Integer> months) {
        return new ProposeInspectionItem("item-1", DEPT, 2031, " 大气污染防治检查 ", " 环保 ", targets, kinds, months, null);
    }

    static InspectionItemProposed proposed() {
        return new InspectionItemProposed("item-1", DEPT, 2031, "大气污染防治检查", "环保", List.of(TOWN),
                                          List.of(UnitKind.STREET), List.of(3, 4), 1);
    }

    @Test
    void staffOfTheDepartmentProposesWithSortedMonthsAndDefaultAllowance() {
        fixture.givenNoPriorActivity()
               .when(propose(List.of(" town-1 "), List.of(UnitKind.STREET), List.of(4, 3, 4)), staffOf(DEPT))
               .expectEvents(proposed());
    }

    @Test
    void anotherDepartmentOrTheOfficeMayNotPropose() {
        fixture.givenNoPriorActivity()
               .when(propose(List.of(TOWN), List.of(), List.of(3)), staffOf(OTHER))
               .expectException(Forbidden.class).expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(propose(List.of(TOWN), List.of(), List.of(3)), office())
               .expectException(Forbidden.class).expectNoEvents();
    }

    @Test
    void malformedProposalsAreRefusedWithEveryField() {
        fixture.givenNoPriorActivity()
               .when(new ProposeInspectionItem("item-1", DEPT, 1999, "", "环保", List.of(), List.of(), List.of(13), 0),
                     staffOf(DEPT))
               .expectException(invalidFields(Map.of("year", "must be between 2000 and 2100", "title", "is required",
                                                     "targetUnitCodes", "name target units or kinds of unit",
                                                     "months", "must be months 1 to 12",
                                                     "inspectionsPerMonth", "must be between 1 and 31")))
               .expectNoEvents();
    }

    @Test
    void unknownTargetsAndNonDepartmentsBreakTheRules() {
        fixture.givenNoPriorActivity()
               .when(propose(List.of("nowhere"), List.of(), List.of(3)), staffOf(DEPT))
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(new ProposeInspectionItem("item-1", TOWN, 2031, "t", "f", List.of(), List.of(UnitKind.TOWN),
                                               List.of(3), 1), staffOf(TOWN))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void theOfficeApprovesOrRejectsWithAReason() {
        fixture.given(proposed()).when(new ApproveInspectionItem("item-1"), office())
               .expectEvents(new InspectionItemApproved("item-1"));
        fixture.given(proposed()).when(new RejectInspectionItem("item-1", " 与区级计划重复 "), office())
               .expectEvents(new InspectionItemRejected("item-1", "与区级计划重复"));
        fixture.given(proposed()).when(new RejectInspectionItem("item-1", " "), office())
               .expectException(invalidField("reason", "is required")).expectNoEvents();
    }

    @Test
    void onlyTheOfficeDecidesAndOnlyOnce() {
        fixture.given(proposed()).when(new ApproveInspectionItem("item-1"), staffOf(DEPT))
               .expectException(Forbidden.class).expectNoEvents();
        fixture.given(proposed(), new InspectionItemApproved("item-1"))
               .when(new RejectInspectionItem("item-1", "late"), office())
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void theDepartmentWithdrawsItsOwnItem() {
        fixture.given(proposed(), new InspectionItemApproved("item-1"))
               .when(new WithdrawInspectionItem("item-1"), staffOf(DEPT))
               .expectEvents(new InspectionItemWithdrawn("item-1"));
        fixture.given(proposed()).when(new WithdrawInspectionItem("item-1"), staffOf(OTHER))
               .expectException(Forbidden.class).expectNoEvents();
        fixture.given(proposed(), new InspectionItemRejected("item-1", "no"))
               .when(new WithdrawInspectionItem("item-1"), staffOf(DEPT))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void missingFieldsAreA400() {
        fixture.givenNoPriorActivity()
               .when(new ProposeInspectionItem("bad id", null, null, null, null, null, null, null, null), staffOf(DEPT))
               .expectException(InvalidCommand.class).expectNoEvents();
    }
}
