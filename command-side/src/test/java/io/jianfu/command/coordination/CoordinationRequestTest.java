package io.jianfu.command.coordination;

import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.coordination.BuckPassingComplaintRecorded;
import io.jianfu.events.coordination.CoordinationRequestRaised;
import io.jianfu.events.coordination.CoordinationRequestRated;
import io.jianfu.events.coordination.CoordinationRequestResolved;
import io.jianfu.events.coordination.CoordinationRequestRouted;
import io.jianfu.events.coordination.DepartmentReportedForDuty;
import io.jianfu.events.coordination.RemedyPlanPublished;
import io.jianfu.events.coordination.RoutingBasis;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.invalidFields;
import static io.jianfu.command.common.CommandTestSupport.staffOf;
import static io.jianfu.command.coordination.CoordinationFixture.CITY;
import static io.jianfu.command.coordination.CoordinationFixture.COMMUNITY;
import static io.jianfu.command.coordination.CoordinationFixture.ECOLOGY;
import static io.jianfu.command.coordination.CoordinationFixture.HOUSING;
import static io.jianfu.command.coordination.CoordinationFixture.ID;
import static io.jianfu.command.coordination.CoordinationFixture.MATTER;
import static io.jianfu.command.coordination.CoordinationFixture.NOW;
import static io.jianfu.command.coordination.CoordinationFixture.OTHER_COMMUNITY;
import static io.jianfu.command.coordination.CoordinationFixture.RAISED;
import static io.jianfu.command.coordination.CoordinationFixture.STREET;
import static io.jianfu.command.coordination.CoordinationFixture.arrived;
import static io.jianfu.command.coordination.CoordinationFixture.plan;
import static io.jianfu.command.coordination.CoordinationFixture.raise;
import static io.jianfu.command.coordination.CoordinationFixture.raised;
import static io.jianfu.command.coordination.CoordinationFixture.routedByList;

/** Raising and routing a coordination request (吹哨), and its way to the departments. */
class CoordinationRequestTest {
    private final CoordinationFixture setup = new CoordinationFixture();

    @Test
    void aRequestNamingAMatterIsRoutedByTheVersionInForceOnTheDayItWasRaised() {
        setup.given()
             .when(raise(COMMUNITY, " " + MATTER + " "), staffOf(COMMUNITY))
             .expectEvents(raised(MATTER), routedByList());
        RaiseCoordinationRequest inJuly = new RaiseCoordinationRequest(ID, COMMUNITY, STREET, "老旧小区3栋",
                                                                       "污水倒灌，涉及120余户", MATTER,
                                                                       OffsetDateTime.parse("2026-07-01T00:30+08:00"));
        setup.given()
             .when(inJuly, staffOf(COMMUNITY))
             .expectEvents(new CoordinationRequestRaised(ID, COMMUNITY, STREET, "老旧小区3栋", "污水倒灌，涉及120余户", MATTER,
                                                         inJuly.raisedAt()),
                           new CoordinationRequestRouted(ID, STREET, RoutingBasis.LIST, MATTER, 2, HOUSING,
                                                         List.of(CITY), CoordinationFixture.DUTY, null));
    }

    @Test
    void aRequestWithoutMatterWaitsForTheStreetAndIsTimedNowWhenNoTimeIsGiven() {
        setup.given()
             .when(new RaiseCoordinationRequest(ID, STREET, STREET, " 路口 ", " 井盖缺失 ", null, null), staffOf(STREET))
             .expectEvents(new CoordinationRequestRaised(ID, STREET, STREET, "路口", "井盖缺失", null, NOW));
    }

    @Test
    void onlyTheStreetOrItsOwnCommunitiesRaiseRequestsWithIt() {
        setup.given()
             .when(new RaiseCoordinationRequest(ID, OTHER_COMMUNITY, STREET, "路口", "井盖缺失", null, RAISED),
                   staffOf(OTHER_COMMUNITY))
             .expectException(RuleViolation.class)
             .expectNoEvents();
        setup.given()
             .when(new RaiseCoordinationRequest(ID, CITY, STREET, "路口", "井盖缺失", null, RAISED), staffOf(CITY))
             .expectException(RuleViolation.class)
             .expectNoEvents();
        setup.given()
             .when(new RaiseCoordinationRequest(ID, COMMUNITY, CITY, "路口", "井盖缺失", null, RAISED),
                   staffOf(COMMUNITY))
             .expectException(RuleViolation.class)
             .expectNoEvents();
    }

    @Test
    void staffRaiseOnlyForTheirOwnUnit() {
        setup.given()
             .when(raise(COMMUNITY, null), staffOf(STREET))
             .expectException(Forbidden.class)
             .expectNoEvents();
    }

    @Test
    void aMatterNotInForceThatDayIsRefused() {
        setup.given()
             .when(raise(COMMUNITY, "rm-unknown"), staffOf(COMMUNITY))
             .expectException(RuleViolation.class)
             .expectNoEvents();
        setup.given()
             .when(new RaiseCoordinationRequest(ID, COMMUNITY, STREET, "路口", "井盖缺失", MATTER,
                                                OffsetDateTime.parse("2025-12-31T23:00+08:00")), staffOf(COMMUNITY))
             .expectException(RuleViolation.class)
             .expectNoEvents();
    }

    @Test
    void malformedRequestsAreReportedTogether() {
        setup.given()
             .when(new RaiseCoordinationRequest(ID, COMMUNITY, " ", "", null, "no way", NOW.plusMinutes(10)),
                   staffOf(COMMUNITY))
             .expectException(invalidFields(Map.of("streetCode", "is required", "place", "is required",
                                                   "description", "is required", "matterId", "must be a matter id",
                                                   "raisedAt", "must not be in the future")))
             .expectNoEvents();
    }

    @Test
    void theStreetRoutesByHandWithANoteOrByAMatter() {
        setup.given(raised(null))
             .when(new RouteCoordinationRequest(ID, null, " " + ECOLOGY + " ", List.of(CITY), "巡查上报",
                                                " 清单未列此事项 "), staffOf(STREET))
             .expectEvents(new CoordinationRequestRouted(ID, STREET, RoutingBasis.BY_HAND, null, null, ECOLOGY,
                                                         List.of(CITY), "巡查上报", "清单未列此事项"));
        setup.given(raised(null))
             .when(new RouteCoordinationRequest(ID, MATTER, null, null, null, null), staffOf(STREET))
             .expectEvents(routedByList());
    }

    @Test
    void routingByHandNeedsALeadDepartmentAndANote() {
        setup.given(raised(null))
             .when(new RouteCoordinationRequest(ID, null, null, List.of(CITY), null, null), staffOf(STREET))
             .expectException(invalidFields(Map.of("leadDepartmentCode", "is required when no matter is named",
                                                   "cooperatingDepartmentCodes", "only go with a lead department",
                                                   "note", "is required")))
             .expectNoEvents();
        setup.given(raised(null))
             .when(new RouteCoordinationRequest(ID, MATTER, CITY, null, null, null), staffOf(STREET))
             .expectException(invalidField("matterId", "name either a matter or the departments, not both"))
             .expectNoEvents();
        setup.given(raised(null))
             .when(new RouteCoordinationRequest(ID, null, CITY, List.of(CITY), null, "手工"), staffOf(STREET))
             .expectException(invalidField("cooperatingDepartmentCodes", "must not name the lead department"))
             .expectNoEvents();
    }

    @Test
    void routingByHandNamesOnlyDepartments() {
        setup.given(raised(null))
             .when(new RouteCoordinationRequest(ID, null, COMMUNITY, null, null, "手工"), staffOf(STREET))
             .expectException(RuleViolation.class)
             .expectNoEvents();
    }

    @Test
    void onlyTheStreetRoutesAndOnlyOnce() {
        setup.given(raised(null))
             .when(new RouteCoordinationRequest(ID, MATTER, null, null, null, null), staffOf(COMMUNITY))
             .expectException(Forbidden.class)
             .expectNoEvents();
        setup.given(raised(MATTER), routedByList())
             .when(new RouteCoordinationRequest(ID, null, ECOLOGY, null, null, "改派"), staffOf(STREET))
             .expectException(RuleViolation.class)
             .expectNoEvents();
    }

    @Test
    void aRoutedDepartmentReportsForDutyOnce() {
        setup.given(raised(MATTER), routedByList())
             .when(new ReportForDuty(ID, CITY, RAISED.plusMinutes(40)), staffOf(CITY))
             .expectEvents(arrived(CITY, 40));
        setup.given(raised(MATTER), routedByList(), arrived(CITY, 40))
             .when(new ReportForDuty(ID, CITY, RAISED.plusMinutes(50)), staffOf(CITY))
             .expectException(RuleViolation.class)
             .expectNoEvents();
    }

    @Test
    void aDepartmentNotRoutedCannotReportForDuty() {
        setup.given(raised(MATTER), routedByList())
             .when(new ReportForDuty(ID, ECOLOGY, RAISED.plusMinutes(40)), staffOf(ECOLOGY))
             .expectException(RuleViolation.class)
             .expectNoEvents();
        setup.given(raised(null))
             .when(new ReportForDuty(ID, CITY, RAISED.plusMinutes(40)), staffOf(CITY))
             .expectException(RuleViolation.class)
             .expectNoEvents();
        setup.given(raised(MATTER), routedByList())
             .when(new ReportForDuty(ID, CITY, RAISED.plusMinutes(40)), staffOf(HOUSING))
             .expectException(Forbidden.class)
             .expectNoEvents();
    }

    @Test
    void nobodyArrivesBeforeTheRequestWasRaised() {
        setup.given(raised(MATTER), routedByList())
             .when(new ReportForDuty(ID, CITY, RAISED.minusMinutes(1)), staffOf(CITY))
             .expectException(RuleViolation.class)
             .expectNoEvents();
    }

    @Test
    void theStreetOrTheLeadDepartmentPublishesThePlanAfterTheVisit() {
        PublishRemedyPlan byStreet = new PublishRemedyPlan(ID, STREET, "城管局重建管网，住建局保障施工，街道做好居民工作",
                                                           RAISED.plusDays(3));
        setup.given(raised(MATTER), routedByList())
             .when(byStreet, staffOf(STREET))
             .expectException(RuleViolation.class)
             .expectNoEvents();
        setup.given(raised(MATTER), routedByList(), arrived(CITY, 40))
             .when(byStreet, staffOf(STREET))
             .expectEvents(plan(3));
        setup.given(raised(MATTER), routedByList(), arrived(CITY, 40))
             .when(new PublishRemedyPlan(ID, CITY, "重建管网", RAISED.plusDays(3)), staffOf(CITY))
             .expectEvents(new RemedyPlanPublished(ID, CITY, "重建管网", RAISED.plusDays(3)));
        setup.given(raised(MATTER), routedByList(), arrived(CITY, 40))
             .when(new PublishRemedyPlan(ID, HOUSING, "重建管网", RAISED.plusDays(3)), staffOf(HOUSING))
             .expectException(Forbidden.class)
             .expectNoEvents();
    }

    @Test
    void theStreetResolvesAfterThePlanAndOnlyOnce() {
        ResolveCoordinationRequest resolve = new ResolveCoordinationRequest(ID, " 管网重建完成 ", RAISED.plusDays(15));
        CoordinationRequestResolved resolved = new CoordinationRequestResolved(ID, "管网重建完成", RAISED.plusDays(15));
        setup.given(raised(MATTER), routedByList(), arrived(CITY, 40))
             .when(resolve, staffOf(STREET))
             .expectException(RuleViolation.class)
             .expectNoEvents();
        setup.given(raised(MATTER), routedByList(), arrived(CITY, 40), plan(3))
             .when(resolve, staffOf(STREET))
             .expectEvents(resolved);
        setup.given(raised(MATTER), routedByList(), arrived(CITY, 40), plan(3))
             .when(new ResolveCoordinationRequest(ID, "完成", RAISED.plusDays(2)), staffOf(STREET))
             .expectException(RuleViolation.class)
             .expectNoEvents();
        setup.given(raised(MATTER), routedByList(), arrived(CITY, 40), plan(3), resolved)
             .when(resolve, staffOf(STREET))
             .expectException(RuleViolation.class)
             .expectNoEvents();
        setup.given(raised(MATTER), routedByList(), arrived(CITY, 40), plan(3), resolved)
             .when(new ReportForDuty(ID, HOUSING, RAISED.plusDays(16)), staffOf(HOUSING))
             .expectException(RuleViolation.class)
             .expectNoEvents();
        setup.given(raised(MATTER), routedByList(), arrived(CITY, 40), plan(3))
             .when(resolve, staffOf(CITY))
             .expectException(Forbidden.class)
             .expectNoEvents();
    }

    @Test
    void theRaiserRatesASolvedRequestOnce() {
        CoordinationRequestResolved resolved = new CoordinationRequestResolved(ID, "完成", RAISED.plusDays(15));
        RateCoordinationRequest rate = new RateCoordinationRequest(ID, true, " 满意 ");
        setup.given(raised(MATTER), routedByList(), arrived(CITY, 40), plan(3))
             .when(rate, staffOf(COMMUNITY))
             .expectException(RuleViolation.class)
             .expectNoEvents();
        setup.given(raised(MATTER), routedByList(), arrived(CITY, 40), plan(3), resolved)
             .when(rate, staffOf(COMMUNITY))
             .expectEvents(new CoordinationRequestRated(ID, COMMUNITY, true, "满意"));
        setup.given(raised(MATTER), routedByList(), arrived(CITY, 40), plan(3), resolved)
             .when(rate, staffOf(STREET))
             .expectException(Forbidden.class)
             .expectNoEvents();
        setup.given(raised(MATTER), routedByList(), arrived(CITY, 40), plan(3), resolved,
                    new CoordinationRequestRated(ID, COMMUNITY, true, "满意"))
             .when(rate, staffOf(COMMUNITY))
             .expectException(RuleViolation.class)
             .expectNoEvents();
        setup.given(raised(MATTER), routedByList(), arrived(CITY, 40), plan(3), resolved)
             .when(new RateCoordinationRequest(ID, null, null), staffOf(COMMUNITY))
             .expectException(invalidField("satisfied", "is required"))
             .expectNoEvents();
    }

    @Test
    void theRaiserOrTheStreetComplainsAboutBuckPassingByADepartment() {
        OffsetDateTime at = RAISED.plusDays(1);
        setup.given(raised(MATTER), routedByList())
             .when(new RecordBuckPassingComplaint(ID, COMMUNITY, HOUSING, " 互相推诿 ", at), staffOf(COMMUNITY))
             .expectEvents(new BuckPassingComplaintRecorded(ID, ID + "-complaint-1", HOUSING, COMMUNITY, "互相推诿", at));
        setup.given(raised(MATTER), routedByList(),
                     new BuckPassingComplaintRecorded(ID, ID + "-complaint-1", HOUSING, COMMUNITY, "互相推诿", at))
             .when(new RecordBuckPassingComplaint(ID, STREET, ECOLOGY, "拒不报到", at), staffOf(STREET))
             .expectEvents(new BuckPassingComplaintRecorded(ID, ID + "-complaint-2", ECOLOGY, STREET, "拒不报到", at));
    }

    @Test
    void complaintsNameADepartmentAndComeFromTheRaiserOrTheStreet() {
        setup.given(raised(MATTER), routedByList())
             .when(new RecordBuckPassingComplaint(ID, OTHER_COMMUNITY, HOUSING, "推诿", null), staffOf(OTHER_COMMUNITY))
             .expectException(Forbidden.class)
             .expectNoEvents();
        setup.given(raised(MATTER), routedByList())
             .when(new RecordBuckPassingComplaint(ID, COMMUNITY, STREET, "推诿", null), staffOf(COMMUNITY))
             .expectException(RuleViolation.class)
             .expectNoEvents();
        setup.given(raised(MATTER), routedByList())
             .when(new RecordBuckPassingComplaint(ID, COMMUNITY, " ", "", null), staffOf(COMMUNITY))
             .expectException(invalidFields(Map.of("departmentCode", "is required", "description", "is required")))
             .expectNoEvents();
    }

    @Test
    void reportedTimesMayNotLieInTheFuture() {
        setup.given(raised(MATTER), routedByList())
             .when(new ReportForDuty(ID, CITY, NOW.plusHours(1)), staffOf(CITY))
             .expectException(invalidField("arrivedAt", "must not be in the future"))
             .expectNoEvents();
        DepartmentReportedForDuty arrival = arrived(HOUSING, 30);
        setup.given(raised(MATTER), routedByList(), arrival)
             .when(new ResolveCoordinationRequest(ID, "完成", NOW.plusDays(1)), staffOf(STREET))
             .expectException(invalidField("resolvedAt", "must not be in the future"))
             .expectNoEvents();
    }
}
