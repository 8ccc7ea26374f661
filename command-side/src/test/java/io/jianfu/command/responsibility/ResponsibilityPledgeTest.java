package io.jianfu.command.responsibility;

import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.InMemoryDirectory;
import io.jianfu.events.directory.UnitKind;
import io.jianfu.events.responsibility.MatterTerms;
import io.jianfu.events.responsibility.PledgeClause;
import io.jianfu.events.responsibility.PledgeDuty;
import io.jianfu.events.responsibility.ResponsibilityPledgeAmended;
import io.jianfu.events.responsibility.ResponsibilityPledgeFiled;
import io.jianfu.events.responsibility.ResponsibilityPledgeRevoked;
import io.jianfu.events.responsibility.ResponsibilityPledgeUpheld;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.jianfu.command.common.CommandTestSupport.actor;
import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.invalidFields;
import static io.jianfu.command.common.CommandTestSupport.staffOf;

/** Filing, amending, revoking and upholding a responsibility pledge (责任状). */
class ResponsibilityPledgeTest {
    static final String ID = "pl-1";
    static final String FIRE = "500109100";
    static final String OTHER = "500109101";
    static final String STREET = "500109001";
    static final String COMMUNITY = "500109002";
    static final LocalDate FILED = LocalDate.of(2026, 3, 1);
    static final List<PledgeClause> CLAUSES = List.of(new PledgeClause("rm-fire", PledgeDuty.FULL_LIABILITY, "消防安全属地全兜底"));

    static final MatterTerms FIRE_MATTER = new MatterTerms("消防安全", "消防安全检查", FIRE, List.of(), "日常巡查和信息上报",
                                                           List.of(), 30, "约谈");

    private final InMemoryDirectory directory = new InMemoryDirectory()
            .withUnit(FIRE, UnitKind.DEPARTMENT).withUnit(OTHER, UnitKind.DEPARTMENT)
            .withUnit(STREET, UnitKind.STREET).withUnit(COMMUNITY, UnitKind.COMMUNITY);
    private AggregateTestFixture<ResponsibilityPledge> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ResponsibilityPledge.class);
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(new InMemoryResponsibilityList()
                .with(new MatterInForce("rm-fire", 1, FIRE_MATTER), LocalDate.of(2026, 1, 1), null));
    }

    private static Map<String, Object> discipline() {
        return actor("jw", "500109900", "DISCIPLINE");
    }

    private static FileResponsibilityPledge file(String issuer, String target, List<PledgeClause> clauses) {
        return new FileResponsibilityPledge(ID, issuer, target, 2026, FILED, clauses);
    }

    private static ResponsibilityPledgeFiled filed() {
        return new ResponsibilityPledgeFiled(ID, FIRE, STREET, 2026, FILED, CLAUSES);
    }

    @Test
    void staffOfIssuerFilesWithStrippedClauses() {
        fixture.givenNoPriorActivity()
               .when(file(FIRE, STREET, List.of(new PledgeClause(" rm-fire ", PledgeDuty.FULL_LIABILITY,
                                                                 " 消防安全属地全兜底 "))), staffOf(FIRE))
               .expectEvents(filed());
    }

    @Test
    void staffOfAnotherDepartmentIsForbidden() {
        fixture.givenNoPriorActivity()
               .when(file(FIRE, STREET, CLAUSES), staffOf(OTHER))
               .expectException(Forbidden.class)
               .expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(file(FIRE, STREET, CLAUSES), discipline())
               .expectException(Forbidden.class)
               .expectNoEvents();
    }

    @Test
    void targetMustBeStreetOrTown() {
        fixture.givenNoPriorActivity()
               .when(file(FIRE, COMMUNITY, CLAUSES), staffOf(FIRE))
               .expectException(RuleViolation.class)
               .expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(file(FIRE, "500109777", CLAUSES), staffOf(FIRE))
               .expectException(RuleViolation.class)
               .expectNoEvents();
    }

    @Test
    void malformedFieldsAreReportedTogether() {
        fixture.givenNoPriorActivity()
               .when(new FileResponsibilityPledge(ID, FIRE, " ", 1999, null, List.of()), staffOf(FIRE))
               .expectException(invalidFields(Map.of("targetUnitCode", "is required",
                                                     "year", "must be between 2000 and 2100",
                                                     "filedOn", "is required", "clauses", "must name at least one")))
               .expectNoEvents();
    }

    @Test
    void clauseWithoutMatterNeedsTextAndEveryClauseADuty() {
        fixture.givenNoPriorActivity()
               .when(file(FIRE, STREET, List.of(new PledgeClause(null, PledgeDuty.FREE_TEXT, " "))), staffOf(FIRE))
               .expectException(invalidField("clauses[0].text", "is required when the clause names no matter"))
               .expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(file(FIRE, STREET, Arrays.asList(new PledgeClause("rm-1", null, null))), staffOf(FIRE))
               .expectException(invalidField("clauses[0].duty", "is required"))
               .expectNoEvents();
    }

    @Test
    void issuerAmendsOthersMayNot() {
        List<PledgeClause> fixed = List.of(new PledgeClause("rm-fire", PledgeDuty.PATROL_AND_REPORT, null));
        fixture.given(filed())
               .when(new AmendResponsibilityPledge(ID, fixed, " 按清单改正 "), staffOf(FIRE))
               .expectEvents(new ResponsibilityPledgeAmended(ID, fixed, "按清单改正"));
        fixture.given(filed())
               .when(new AmendResponsibilityPledge(ID, fixed, "改"), staffOf(OTHER))
               .expectException(Forbidden.class)
               .expectNoEvents();
        fixture.given(filed())
               .when(new AmendResponsibilityPledge(ID, fixed, null), staffOf(FIRE))
               .expectException(invalidField("reason", "is required"))
               .expectNoEvents();
    }

    @Test
    void disciplineRevokesAndUpholdsStaffMayNot() {
        fixture.given(filed())
               .when(new RevokeResponsibilityPledge(ID, "属地全兜底，转嫁责任"), discipline())
               .expectEvents(new ResponsibilityPledgeRevoked(ID, "属地全兜底，转嫁责任"));
        fixture.given(filed())
               .when(new UpholdResponsibilityPledge(ID, "符合清单"), discipline())
               .expectEvents(new ResponsibilityPledgeUpheld(ID, "符合清单"));
        fixture.given(filed())
               .when(new RevokeResponsibilityPledge(ID, "r"), staffOf(FIRE))
               .expectException(Forbidden.class)
               .expectNoEvents();
        fixture.given(filed())
               .when(new UpholdResponsibilityPledge(ID, " "), discipline())
               .expectException(invalidField("reason", "is required"))
               .expectNoEvents();
    }

    @Test
    void revokedPledgeTakesNoMoreChanges() {
        ResponsibilityPledgeRevoked revoked = new ResponsibilityPledgeRevoked(ID, "r");
        fixture.given(filed(), revoked)
               .when(new RevokeResponsibilityPledge(ID, "again"), discipline())
               .expectException(RuleViolation.class)
               .expectNoEvents();
        fixture.given(filed(), revoked)
               .when(new UpholdResponsibilityPledge(ID, "stand"), discipline())
               .expectException(RuleViolation.class)
               .expectNoEvents();
        fixture.given(filed(), revoked)
               .when(new AmendResponsibilityPledge(ID, CLAUSES, "改"), staffOf(FIRE))
               .expectException(RuleViolation.class)
               .expectNoEvents();
    }

    @Test
    void aClauseMustNameAMatterInForceOnTheFilingDate() {
        fixture.givenNoPriorActivity()
               .when(file(FIRE, STREET, List.of(new PledgeClause("rm-bogus", PledgeDuty.FULL_LIABILITY, null))),
                     staffOf(FIRE))
               .expectException(RuleViolation.class)
               .expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(new FileResponsibilityPledge(ID, FIRE, STREET, 2025, LocalDate.of(2025, 12, 31), CLAUSES),
                     staffOf(FIRE))
               .expectException(RuleViolation.class)
               .expectNoEvents();
        fixture.given(filed())
               .when(new AmendResponsibilityPledge(ID, List.of(new PledgeClause("rm-bogus", PledgeDuty.LEAD, null)),
                                                   "改"), staffOf(FIRE))
               .expectException(RuleViolation.class)
               .expectNoEvents();
    }
}
