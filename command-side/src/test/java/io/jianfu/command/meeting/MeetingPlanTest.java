package io.jianfu.command.meeting;

import io.jianfu.command.common.InvalidCommand;

import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.Roles;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.InMemoryDirectory;
import io.jianfu.events.directory.UnitKind;
import io.jianfu.events.meeting.AnnualMeetingPlanAmended;
import io.jianfu.events.meeting.AnnualMeetingPlanFiled;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static io.jianfu.command.common.CommandTestSupport.actor;
import static io.jianfu.command.common.CommandTestSupport.anonymous;
import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.invalidFields;
import static io.jianfu.command.common.CommandTestSupport.staffOf;

class MeetingPlanTest {
    private static final String UNIT = "500109001";
    private static final String OTHER_UNIT = "500109002";
    private static final String PLAN = MeetingPlan.idFor(UNIT, 2025);

    private final InMemoryDirectory directory = new InMemoryDirectory().withUnit(UNIT, UnitKind.STREET)
                                                                       .withUnit(OTHER_UNIT, UnitKind.STREET);
    private AggregateTestFixture<MeetingPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MeetingPlan.class);
        fixture.registerInjectableResource(directory);
    }

    private static FileAnnualMeetingPlan filing(Integer year, Integer plannedCount) {
        return new FileAnnualMeetingPlan(year == null ? PLAN : MeetingPlan.idFor(UNIT, year), UNIT, year,
                                         plannedCount);
    }

    @Test
    void aPlanIdOtherThanTheUnitsAndYearsIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new FileAnnualMeetingPlan("another-plan", UNIT, 2025, 12), staffOf(UNIT))
               .expectException(InvalidCommand.class)
               .expectNoEvents();
    }

    // ---- filing ----

    @Test
    void staffFileTheirUnitsPlan() {
        fixture.givenNoPriorActivity()
               .when(filing(2025, 24), staffOf(UNIT))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new AnnualMeetingPlanFiled(PLAN, UNIT, 2025, 24));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, MeetingPlan.MAX_PLANNED})
    void plannedCountAtItsBoundsIsAccepted(int plannedCount) {
        fixture.givenNoPriorActivity()
               .when(filing(2025, plannedCount), staffOf(UNIT))
               .expectEvents(new AnnualMeetingPlanFiled(PLAN, UNIT, 2025, plannedCount));
    }

    @ParameterizedTest
    @ValueSource(ints = {2000, 2100})
    void yearAtItsBoundsIsAccepted(int year) {
        fixture.givenNoPriorActivity()
               .when(filing(year, 12), staffOf(UNIT))
               .expectEvents(new AnnualMeetingPlanFiled(MeetingPlan.idFor(UNIT, year), UNIT, year, 12));
    }

    @Test
    void filingWithoutFieldsReportsEachMissingField() {
        fixture.givenNoPriorActivity()
               .when(new FileAnnualMeetingPlan(null, null, null, null), staffOf(UNIT))
               .expectException(invalidFields(Map.of("unitCode", "is required",
                                                     "year", "is required",
                                                     "plannedCount", "is required")))
               .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(ints = {1999, 2101})
    void yearOutsideTwoThousandToTwentyOneHundredIsRefused(int year) {
        fixture.givenNoPriorActivity()
               .when(filing(year, 12), staffOf(UNIT))
               .expectException(invalidField("year", "must be between 2000 and 2100"))
               .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, MeetingPlan.MAX_PLANNED + 1})
    void plannedCountOutOfRangeIsRefused(int plannedCount) {
        fixture.givenNoPriorActivity()
               .when(filing(2025, plannedCount), staffOf(UNIT))
               .expectException(invalidField("plannedCount", "must be between 0 and 10000"))
               .expectNoEvents();
    }

    @Test
    void staffMayNotFileForAnotherUnit() {
        fixture.givenNoPriorActivity()
               .when(filing(2025, 24), staffOf(OTHER_UNIT))
               .expectException(Forbidden.class)
               .expectExceptionMessage("You act for unit " + OTHER_UNIT + " and may not file a meeting plan for unit "
                                               + UNIT + ".")
               .expectNoEvents();
    }

    @Test
    void onlyStaffMayFile() {
        fixture.givenNoPriorActivity()
               .when(filing(2025, 24), actor("admin", UNIT, Roles.ADMIN, Roles.SUPERVISION_OFFICE))
               .expectException(Forbidden.class)
               .expectExceptionMessage("Only STAFF of unit " + UNIT + " may file a meeting plan.")
               .expectNoEvents();
    }

    @Test
    void staffRoleWithoutSignedInUserIsRefused() {
        fixture.givenNoPriorActivity()
               .when(filing(2025, 24), anonymous(UNIT, Roles.STAFF))
               .expectException(Forbidden.class)
               .expectNoEvents();
    }

    @Test
    void planOfUnregisteredUnitIsRefused() {
        String unknown = "500109999";

        fixture.givenNoPriorActivity()
               .when(new FileAnnualMeetingPlan(MeetingPlan.idFor(unknown, 2025), unknown, 2025, 24),
                     staffOf(unknown))
               .expectException(RuleViolation.class)
               .expectExceptionMessage("Unit " + unknown + " is not registered.")
               .expectNoEvents();
    }

    // ---- amending ----

    @Test
    void amendmentRecordsPreviousAndNewCountWithStrippedReason() {
        fixture.given(new AnnualMeetingPlanFiled(PLAN, UNIT, 2025, 24))
               .when(new AmendAnnualMeetingPlan(PLAN, 20, "  merged two monthly meetings "), staffOf(UNIT))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new AnnualMeetingPlanAmended(PLAN, UNIT, 2025, 24, 20, "merged two monthly meetings"));
    }

    @Test
    void secondAmendmentStartsFromTheAmendedCount() {
        fixture.given(new AnnualMeetingPlanFiled(PLAN, UNIT, 2025, 24),
                      new AnnualMeetingPlanAmended(PLAN, UNIT, 2025, 24, 20, "first cut"))
               .when(new AmendAnnualMeetingPlan(PLAN, 16, "second cut"), staffOf(UNIT))
               .expectEvents(new AnnualMeetingPlanAmended(PLAN, UNIT, 2025, 20, 16, "second cut"));
    }

    @Test
    void amendingToTheFiledCountIsRefused() {
        fixture.given(new AnnualMeetingPlanFiled(PLAN, UNIT, 2025, 24))
               .when(new AmendAnnualMeetingPlan(PLAN, 24, "no change"), staffOf(UNIT))
               .expectException(RuleViolation.class)
               .expectExceptionMessage("The plan for 2025 already counts 24 meetings.")
               .expectNoEvents();
    }

    @Test
    void amendingToTheAlreadyAmendedCountIsRefused() {
        fixture.given(new AnnualMeetingPlanFiled(PLAN, UNIT, 2025, 24),
                      new AnnualMeetingPlanAmended(PLAN, UNIT, 2025, 24, 20, "first cut"))
               .when(new AmendAnnualMeetingPlan(PLAN, 20, "again"), staffOf(UNIT))
               .expectException(RuleViolation.class)
               .expectExceptionMessage("The plan for 2025 already counts 20 meetings.")
               .expectNoEvents();
    }

    @Test
    void amendmentMayGoBackToTheOriginallyFiledCount() {
        fixture.given(new AnnualMeetingPlanFiled(PLAN, UNIT, 2025, 24),
                      new AnnualMeetingPlanAmended(PLAN, UNIT, 2025, 24, 20, "first cut"))
               .when(new AmendAnnualMeetingPlan(PLAN, 24, "restored"), staffOf(UNIT))
               .expectEvents(new AnnualMeetingPlanAmended(PLAN, UNIT, 2025, 20, 24, "restored"));
    }

    @Test
    void amendmentWithoutReasonIsRefused() {
        fixture.given(new AnnualMeetingPlanFiled(PLAN, UNIT, 2025, 24))
               .when(new AmendAnnualMeetingPlan(PLAN, 20, null), staffOf(UNIT))
               .expectException(invalidField("reason", "is required"))
               .expectNoEvents();
    }

    @Test
    void amendmentWithBlankReasonIsRefused() {
        fixture.given(new AnnualMeetingPlanFiled(PLAN, UNIT, 2025, 24))
               .when(new AmendAnnualMeetingPlan(PLAN, 20, "  \t "), staffOf(UNIT))
               .expectException(invalidField("reason", "is required"))
               .expectNoEvents();
    }

    @Test
    void amendmentReasonLongerThanFiveHundredCharactersIsRefused() {
        fixture.given(new AnnualMeetingPlanFiled(PLAN, UNIT, 2025, 24))
               .when(new AmendAnnualMeetingPlan(PLAN, 20, "r".repeat(501)), staffOf(UNIT))
               .expectException(invalidField("reason", "must be at most 500 characters"))
               .expectNoEvents();
    }

    @Test
    void amendmentWithoutCountIsRefused() {
        fixture.given(new AnnualMeetingPlanFiled(PLAN, UNIT, 2025, 24))
               .when(new AmendAnnualMeetingPlan(PLAN, null, "forgot the count"), staffOf(UNIT))
               .expectException(invalidField("plannedCount", "is required"))
               .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, MeetingPlan.MAX_PLANNED + 1})
    void amendedCountOutOfRangeIsRefused(int plannedCount) {
        fixture.given(new AnnualMeetingPlanFiled(PLAN, UNIT, 2025, 24))
               .when(new AmendAnnualMeetingPlan(PLAN, plannedCount, "out of range"), staffOf(UNIT))
               .expectException(invalidField("plannedCount", "must be between 0 and 10000"))
               .expectNoEvents();
    }

    @Test
    void staffOfAnotherUnitMayNotAmend() {
        fixture.given(new AnnualMeetingPlanFiled(PLAN, UNIT, 2025, 24))
               .when(new AmendAnnualMeetingPlan(PLAN, 20, "not ours"), staffOf(OTHER_UNIT))
               .expectException(Forbidden.class)
               .expectNoEvents();
    }

    @Test
    void onlyStaffMayAmend() {
        fixture.given(new AnnualMeetingPlanFiled(PLAN, UNIT, 2025, 24))
               .when(new AmendAnnualMeetingPlan(PLAN, 20, "auditor"), actor("auditor", UNIT, Roles.AUDITOR))
               .expectException(Forbidden.class)
               .expectNoEvents();
    }
}
