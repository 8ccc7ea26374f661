package io.jianfu.command.inspection;

import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.inspection.InspectionBasis;
import io.jianfu.events.inspection.InspectionEnteredMonth;
import io.jianfu.events.inspection.InspectionLeftMonth;
import io.jianfu.events.inspection.JointInspection;
import io.jianfu.events.inspection.JointLink;
import io.jianfu.events.inspection.MonthlyInspectionListPublished;
import io.jianfu.events.inspection.MonthlyInspectionsConsolidated;
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

/** Consolidating a month's 一事一报 inspections and publishing its list with verification codes. */
class InspectionMonthTest {
    static final String MONTH = "inspections-2031-03";
    private final AtomicInteger issued = new AtomicInteger();
    private final AggregateTestFixture<InspectionMonth> fixture = new AggregateTestFixture<>(InspectionMonth.class);

    @BeforeEach
    void setUp() {
        fixture.registerInjectableResource((CurrentInspectionRules) () -> InspectionRules.DEFAULT);
        fixture.registerInjectableResource((VerificationCodes) () -> "CODE" + issued.incrementAndGet());
    }

    static Map<String, Object> office() {
        return actor("dcb", "office-1", "SUPERVISION_OFFICE");
    }

    static InspectionEnteredMonth entered(String id, String department, String function, String target,
                                          InspectionBasis basis, int start, int end) {
        return new InspectionEnteredMonth(MONTH, "2031-03", id, department, "检查" + id, function, List.of(target),
                                          LocalDate.of(2031, 3, start), LocalDate.of(2031, 3, end), basis, null,
                                          List.of(), null);
    }

    static final InspectionEnteredMonth A = entered("a", "d1", "环保", "town", InspectionBasis.SINGLE, 3, 12);
    static final InspectionEnteredMonth B = entered("b", "d2", "消防", "town", InspectionBasis.SINGLE, 5, 10);
    static final InspectionEnteredMonth E = entered("e", "d3", "消防", "town", InspectionBasis.EMERGENCY, 5, 10);
    static final JointInspection AB = new JointInspection(
            "joint-2031-03-r1-J1", "检查a暨检查b", "d1", List.of("a", "b"), List.of("d1", "d2"), List.of("town"),
            LocalDate.of(2031, 3, 5), LocalDate.of(2031, 3, 10),
            List.of(new JointLink("a", "b", List.of("SAME_TARGET:town", "DATE_GAP=2"),
                                  "同一检查对象 town; 开始日期相隔 2 天")));

    @Test
    void consolidationGroupsOnlyOneByOneApprovedInspectionsNeverEmergencies() {
        fixture.given(A, B, E)
               .when(new ConsolidateMonthlyInspections(MONTH, "2031-03"), office())
               .expectEvents(new MonthlyInspectionsConsolidated(MONTH, "2031-03", List.of(AB)));
    }

    @Test
    void onlyTheOfficeConsolidatesAndNothingEmpty() {
        fixture.given(A, B).when(new ConsolidateMonthlyInspections(MONTH, "2031-03"), staffOf("d1"))
               .expectException(Forbidden.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(new ConsolidateMonthlyInspections(MONTH, "2031-03"), office())
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(new ConsolidateMonthlyInspections(MONTH, "2031-13"), office())
               .expectException(invalidField("month", "must be a month between 2000-01 and 2100-12 as yyyy-MM"))
               .expectNoEvents();
    }

    @Test
    void publicationGivesEveryGroupAndEveryOtherInspectionACode() {
        fixture.given(A, B, E, new MonthlyInspectionsConsolidated(MONTH, "2031-03", List.of(AB)))
               .when(new PublishMonthlyInspectionList(MONTH, "2031-03"), office())
               .expectEvents(new MonthlyInspectionListPublished(MONTH, "2031-03", List.of(
                       new PublishedInspection("CODE1", AB.jointId(), List.of("a", "b")),
                       new PublishedInspection("CODE2", null, List.of("e")))));
    }

    @Test
    void publicationWaitsForACurrentConsolidation() {
        fixture.given(A, B).when(new PublishMonthlyInspectionList(MONTH, "2031-03"), office())
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(A, B, new MonthlyInspectionsConsolidated(MONTH, "2031-03", List.of(AB)),
                      new InspectionLeftMonth(MONTH, "b"))
               .when(new PublishMonthlyInspectionList(MONTH, "2031-03"), office())
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(E).when(new PublishMonthlyInspectionList(MONTH, "2031-03"), office())
               .expectEvents(new MonthlyInspectionListPublished(MONTH, "2031-03", List.of(
                       new PublishedInspection("CODE1", null, List.of("e")))));
    }

    @Test
    void anEmptyMonthCanBePublishedAndAPublishedMonthIsFixed() {
        fixture.givenNoPriorActivity().when(new PublishMonthlyInspectionList(MONTH, "2031-03"), office())
               .expectEvents(new MonthlyInspectionListPublished(MONTH, "2031-03", List.of()));
        MonthlyInspectionListPublished published = new MonthlyInspectionListPublished(MONTH, "2031-03", List.of(
                new PublishedInspection("C1", null, List.of("e"))));
        fixture.given(E, published).when(new PublishMonthlyInspectionList(MONTH, "2031-03"), office())
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(E, published).when(new ConsolidateMonthlyInspections(MONTH, "2031-03"), office())
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void onlyTheOfficePublishes() {
        fixture.givenNoPriorActivity()
               .when(new PublishMonthlyInspectionList(MONTH, "2031-03"), actor("jw", "o", "DISCIPLINE"))
               .expectException(Forbidden.class).expectNoEvents();
    }
}
