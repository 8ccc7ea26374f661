package io.jianfu.command.inspection;

import io.jianfu.command.common.AlreadyExists;
import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.InMemoryDirectory;
import io.jianfu.events.directory.UnitKind;
import io.jianfu.events.inspection.InspectionBasis;
import io.jianfu.events.inspection.InspectionCleared;
import io.jianfu.events.inspection.InspectionEnteredMonth;
import io.jianfu.events.inspection.InspectionHalted;
import io.jianfu.events.inspection.InspectionItemApproved;
import io.jianfu.events.inspection.InspectionItemProposed;
import io.jianfu.events.inspection.InspectionLeftMonth;
import io.jianfu.events.inspection.InspectionRefused;
import io.jianfu.events.inspection.InspectionRejected;
import io.jianfu.events.inspection.InspectionRequested;
import io.jianfu.events.inspection.MonthlyInspectionListPublished;
import io.jianfu.events.inspection.PublishedInspection;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.jianfu.command.common.CommandTestSupport.actor;
import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.staffOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Requests cleared by plan, emergency or their own approval (一事一报); refusals and halts against the list. */
class InspectionDeskTest {
    static final String DEPT = "dept-env";
    static final String OTHER = "dept-fire";
    static final String TOWN = "town-1";
    static final String STREET = "street-1";
    static final String MONTH = InspectionMonths.idOf(LocalDate.of(2031, 3, 1));
    static final LocalDate START = LocalDate.of(2031, 3, 10);
    static final LocalDate END = LocalDate.of(2031, 3, 12);

    private final InMemoryDirectory directory = new InMemoryDirectory().withUnit(DEPT, UnitKind.DEPARTMENT)
                                                                       .withUnit(OTHER, UnitKind.DEPARTMENT)
                                                                       .withUnit(TOWN, UnitKind.TOWN)
                                                                       .withUnit(STREET, UnitKind.STREET);
    private final AtomicInteger issued = new AtomicInteger();
    private final VerificationCodes codes = () -> "CODE" + issued.incrementAndGet();
    private final AggregateTestFixture<Inspection> fixture = new AggregateTestFixture<>(Inspection.class);
    private InMemoryAggregates<InspectionMonth> months;
    private InMemoryAggregates<InspectionItem> items;

    @BeforeEach
    void setUp() {
        months = new InMemoryAggregates<>(InspectionMonth.class);
        items = new InMemoryAggregates<>(InspectionItem.class).with(
                "item-1", new InspectionItemProposed("item-1", DEPT, 2031, "大气污染防治检查", "环保", List.of(TOWN),
                                                     List.of(UnitKind.STREET), List.of(3, 4), 1),
                new InspectionItemApproved("item-1"));
        items.with("item-draft", new InspectionItemProposed("item-draft", DEPT, 2031, "t", "环保", List.of(TOWN),
                                                            List.of(), List.of(3), 1));
        fixture.registerAnnotatedCommandHandler(new InspectionDesk(fixture.getRepository(), months.repository(),
                                                                   items.repository(), () -> InspectionRules.DEFAULT,
                                                                   codes, directory));
    }

    static Map<String, Object> office() {
        return actor("dcb", "office-1", "SUPERVISION_OFFICE");
    }

    static Map<String, Object> discipline() {
        return actor("jw", "office-2", "DISCIPLINE");
    }

    static RequestInspection request(String id, List<String> targets, String item, String category) {
        return new RequestInspection(id, DEPT, " 大气检查 ", " 环保 ", targets, START, END, item, category);
    }

    static InspectionRequested requested(String id, List<String> targets, InspectionBasis basis, String item,
                                         String category) {
        return new InspectionRequested(id, DEPT, "大气检查", "环保", targets, START, END, basis, item, category);
    }

    static InspectionEnteredMonth entered(String id, List<String> targets, InspectionBasis basis, String item,
                                          List<String> flags, String code) {
        return new InspectionEnteredMonth(MONTH, "2031-03", id, DEPT, "大气检查", "环保", targets, START, END, basis,
                                          item, flags, code);
    }

    @Test
    void aPlannedRequestIsClearedAtOnceAndEntersItsMonth() {
        fixture.givenNoPriorActivity()
               .when(request("i-1", List.of(TOWN, STREET), "item-1", null), staffOf(DEPT))
               .expectEvents(requested("i-1", List.of(TOWN, STREET), InspectionBasis.PLAN, "item-1", null),
                             new InspectionCleared("i-1", InspectionBasis.PLAN, "2031-03"));
        assertThat(months.events(MONTH)).containsExactly(
                entered("i-1", List.of(TOWN, STREET), InspectionBasis.PLAN, "item-1", List.of(), null));
    }

    @Test
    void aRequestTheItemDoesNotCoverIsRefused() {
        // STREET is covered by kind, but a village is not; the draft item is not approved; April is not in item-draft.
        directory.withUnit("village-1", UnitKind.VILLAGE);
        fixture.givenNoPriorActivity()
               .when(request("i-1", List.of("village-1"), "item-1", null), staffOf(DEPT))
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(request("i-1", List.of(TOWN), "item-draft", null), staffOf(DEPT))
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(new RequestInspection("i-1", DEPT, "t", "f", List.of(TOWN), LocalDate.of(2031, 5, 1),
                                           LocalDate.of(2031, 5, 2), "item-1", null), staffOf(DEPT))
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(new RequestInspection("i-1", OTHER, "t", "f", List.of(TOWN), START, END, "item-1", null),
                     staffOf(OTHER))
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(request("i-1", List.of(TOWN), "no-such-item", null), staffOf(DEPT))
               .expectException(RuleViolation.class).expectNoEvents();
        assertThat(months.events(MONTH)).isEmpty();
    }

    @Test
    void anEmergencyIsClearedAtOnceAndAnUnknownCategoryIsNot() {
        fixture.givenNoPriorActivity()
               .when(request("i-1", List.of(TOWN), null, "安全生产"), staffOf(DEPT))
               .expectEvents(requested("i-1", List.of(TOWN), InspectionBasis.EMERGENCY, null, "安全生产"),
                             new InspectionCleared("i-1", InspectionBasis.EMERGENCY, "2031-03"));
        fixture.givenNoPriorActivity()
               .when(request("i-1", List.of(TOWN), null, "文明创建"), staffOf(DEPT))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void anythingElseWaitsForItsOwnApproval() {
        fixture.givenNoPriorActivity()
               .when(request("i-1", List.of(TOWN), null, null), staffOf(DEPT))
               .expectEvents(requested("i-1", List.of(TOWN), InspectionBasis.SINGLE, null, null));
        assertThat(months.events(MONTH)).isEmpty();
    }

    @Test
    void malformedRequestsAreA400() {
        fixture.givenNoPriorActivity()
               .when(request("i-1", List.of(TOWN), "item-1", "安全生产"), staffOf(DEPT))
               .expectException(invalidField("emergencyCategory",
                                             "name either a master-list item or an emergency category, not both"))
               .expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(new RequestInspection("i-1", DEPT, "t", "f", List.of(TOWN), START, LocalDate.of(2031, 4, 2),
                                           null, null), staffOf(DEPT))
               .expectException(invalidField("windowEnd", "must lie in the month of windowStart")).expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(new RequestInspection("i-1", DEPT, "t", "f", List.of(TOWN, TOWN), START, END, null, null),
                     staffOf(DEPT))
               .expectException(invalidField("targetUnitCodes", "must name each unit once")).expectNoEvents();
    }

    @Test
    void onlyStaffOfTheDepartmentRequests() {
        fixture.givenNoPriorActivity()
               .when(request("i-1", List.of(TOWN), null, null), staffOf(OTHER))
               .expectException(Forbidden.class).expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(request("i-1", List.of(TOWN), null, null), office())
               .expectException(Forbidden.class).expectNoEvents();
    }

    @Test
    void aTakenIdIsNotRequestedTwice() {
        fixture.given(requested("i-1", List.of(TOWN), InspectionBasis.SINGLE, null, null))
               .when(request("i-1", List.of(TOWN), null, null), staffOf(DEPT))
               .expectException(AlreadyExists.class).expectNoEvents();
    }

    @Test
    void theOfficeApprovesAndTheApprovalEntersTheMonth() {
        fixture.given(requested("i-1", List.of(TOWN), InspectionBasis.SINGLE, null, null))
               .when(new ApproveInspection("i-1"), office())
               .expectEvents(new InspectionCleared("i-1", InspectionBasis.SINGLE, "2031-03"));
        assertThat(months.events(MONTH)).containsExactly(
                entered("i-1", List.of(TOWN), InspectionBasis.SINGLE, null, List.of(), null));
    }

    @Test
    void approvalIsTheOfficesAndOnlyOfPendingRequests() {
        fixture.given(requested("i-1", List.of(TOWN), InspectionBasis.SINGLE, null, null))
               .when(new ApproveInspection("i-1"), staffOf(DEPT))
               .expectException(Forbidden.class).expectNoEvents();
        fixture.given(requested("i-1", List.of(TOWN), InspectionBasis.SINGLE, null, null),
                      new InspectionRejected("i-1", "重复"))
               .when(new ApproveInspection("i-1"), office())
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void theOfficeRejectsWithAReason() {
        fixture.given(requested("i-1", List.of(TOWN), InspectionBasis.SINGLE, null, null))
               .when(new RejectInspection("i-1", " 与区级检查重复 "), office())
               .expectEvents(new InspectionRejected("i-1", "与区级检查重复"));
        fixture.given(requested("i-1", List.of(TOWN), InspectionBasis.PLAN, "item-1", null),
                      new InspectionCleared("i-1", InspectionBasis.PLAN, "2031-03"))
               .when(new RejectInspection("i-1", "no"), office())
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void aPublishedMonthTakesOnlyEmergenciesWhichGetTheirCodeAtOnce() {
        months.with(MONTH, new MonthlyInspectionListPublished(MONTH, "2031-03", List.of()));
        fixture.givenNoPriorActivity()
               .when(request("i-1", List.of(TOWN), null, null), staffOf(DEPT))
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(request("i-1", List.of(TOWN), "item-1", null), staffOf(DEPT))
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(requested("i-1", List.of(TOWN), InspectionBasis.SINGLE, null, null))
               .when(new ApproveInspection("i-1"), office())
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(request("i-1", List.of(TOWN), null, "自然灾害防治"), staffOf(DEPT))
               .expectSuccessfulHandlerExecution();
        assertThat(months.events(MONTH)).last().isEqualTo(
                entered("i-1", List.of(TOWN), InspectionBasis.EMERGENCY, null, List.of(), "CODE1"));
    }

    @Test
    void aSecondPlannedRequestOfOneItemInAMonthIsFlaggedAsSplit() {
        months.with(MONTH, entered("i-1", List.of(TOWN), InspectionBasis.PLAN, "item-1", List.of(), null));
        fixture.givenNoPriorActivity()
               .when(request("i-2", List.of(TOWN, STREET), "item-1", null), staffOf(DEPT))
               .expectSuccessfulHandlerExecution();
        assertThat(months.events(MONTH)).last().isEqualTo(entered(
                "i-2", List.of(TOWN, STREET), InspectionBasis.PLAN, "item-1",
                List.of("SPLIT_PLAN: 计划事项 item-1 本月第 2 次检查，计划每月 1 次",
                        "REPEATED_TARGET: 检查对象 town-1 本月已由计划事项 item-1 检查 (i-1)"), null));
    }

    @Test
    void aTargetRefusesAnInspectionNotOnThePublishedList() {
        fixture.given(requested("i-1", List.of(TOWN), InspectionBasis.SINGLE, null, null))
               .when(new RefuseInspection("i-1", TOWN, " 未列入月度清单 "), staffOf(TOWN))
               .expectEvents(new InspectionRefused("i-1", TOWN, DEPT, "未列入月度清单"));
        fixture.given(requested("i-1", List.of(TOWN), InspectionBasis.SINGLE, null, null),
                      new InspectionRefused("i-1", TOWN, DEPT, "x"))
               .when(new RefuseInspection("i-1", TOWN, "again"), staffOf(TOWN))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void onlyTheTargetItselfRefuses() {
        fixture.given(requested("i-1", List.of(TOWN), InspectionBasis.SINGLE, null, null))
               .when(new RefuseInspection("i-1", TOWN, "no"), staffOf(STREET))
               .expectException(Forbidden.class).expectNoEvents();
        fixture.given(requested("i-1", List.of(TOWN), InspectionBasis.SINGLE, null, null))
               .when(new RefuseInspection("i-1", STREET, "no"), staffOf(STREET))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void aPublishedInspectionIsNeitherRefusedNorHalted() {
        months.with(MONTH, entered("i-1", List.of(TOWN), InspectionBasis.PLAN, "item-1", List.of(), null),
                    new MonthlyInspectionListPublished(MONTH, "2031-03",
                                                       List.of(new PublishedInspection("C1", null, List.of("i-1")))));
        Object[] given = {requested("i-1", List.of(TOWN), InspectionBasis.PLAN, "item-1", null),
                new InspectionCleared("i-1", InspectionBasis.PLAN, "2031-03")};
        fixture.given(given).when(new RefuseInspection("i-1", TOWN, "no"), staffOf(TOWN))
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(given).when(new HaltInspection("i-1", "r", "x"), discipline())
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void disciplineHaltsAnUnpublishedInspectionWhichLeavesItsMonth() {
        months.with(MONTH, entered("i-1", List.of(TOWN), InspectionBasis.PLAN, "item-1", List.of(), null));
        fixture.given(requested("i-1", List.of(TOWN), InspectionBasis.PLAN, "item-1", null),
                      new InspectionCleared("i-1", InspectionBasis.PLAN, "2031-03"))
               .when(new HaltInspection("i-1", " 未公布先检查 ", " 书面说明并整改 "), discipline())
               .expectEvents(new InspectionHalted("i-1", DEPT, "未公布先检查", "书面说明并整改"));
        assertThat(months.events(MONTH)).last().isEqualTo(new InspectionLeftMonth(MONTH, "i-1"));
    }

    @Test
    void onlyDisciplineHaltsAndWithAReason() {
        fixture.given(requested("i-1", List.of(TOWN), InspectionBasis.SINGLE, null, null))
               .when(new HaltInspection("i-1", "r", "x"), office())
               .expectException(Forbidden.class).expectNoEvents();
        fixture.given(requested("i-1", List.of(TOWN), InspectionBasis.SINGLE, null, null))
               .when(new HaltInspection("i-1", "r", " "), discipline())
               .expectException(invalidField("rectification", "is required")).expectNoEvents();
    }
}
