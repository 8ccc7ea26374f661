package io.jianfu.command.responsibility;

import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.InMemoryDirectory;
import io.jianfu.events.directory.UnitKind;
import io.jianfu.events.responsibility.MatterTerms;
import io.jianfu.events.responsibility.ResponsibilityMatterDefined;
import io.jianfu.events.responsibility.ResponsibilityMatterRetired;
import io.jianfu.events.responsibility.ResponsibilityMatterRevised;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.jianfu.command.common.CommandTestSupport.admin;
import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.invalidFields;
import static io.jianfu.command.common.CommandTestSupport.staffOf;

/** Defining, revising and retiring a matter of the responsibility list (属地事项). */
class ResponsibilityMatterTest {
    static final String ID = "rm-1";
    static final String ECOLOGY = "500109100";
    static final String HOUSING = "500109101";
    static final String DISCIPLINE = "500109900";
    static final String STREET = "500109001";
    static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    static final LocalDate JUL = LocalDate.of(2026, 7, 1);

    private final InMemoryDirectory directory = new InMemoryDirectory()
            .withUnit(ECOLOGY, UnitKind.DEPARTMENT).withUnit(HOUSING, UnitKind.DEPARTMENT)
            .withUnit(DISCIPLINE, UnitKind.OFFICE).withUnit(STREET, UnitKind.STREET);
    private AggregateTestFixture<ResponsibilityMatter> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ResponsibilityMatter.class);
        fixture.registerInjectableResource(directory);
    }

    static DefineResponsibilityMatter define(String lead, List<String> cooperating, Integer days) {
        return new DefineResponsibilityMatter(ID, " 生态环保 ", "企业环境检测", lead, cooperating, "日常巡查和信息上报",
                                              List.of("街道巡查发现", "上报区生态环境局", "区生态环境局检测"), days,
                                              "未按时检测的，追究主办部门责任", JAN);
    }

    static MatterTerms terms(int days) {
        return new MatterTerms("生态环保", "企业环境检测", ECOLOGY, List.of(HOUSING), "日常巡查和信息上报",
                               List.of("街道巡查发现", "上报区生态环境局", "区生态环境局检测"), days,
                               "未按时检测的，追究主办部门责任");
    }

    static ReviseResponsibilityMatter revise(LocalDate from, Integer days) {
        return new ReviseResponsibilityMatter(ID, "生态环保", "企业环境检测", ECOLOGY, List.of(HOUSING), "日常巡查和信息上报",
                                              List.of("街道巡查发现", "上报区生态环境局", "区生态环境局检测"), days,
                                              "未按时检测的，追究主办部门责任", from);
    }

    private static ResponsibilityMatterDefined defined() {
        return new ResponsibilityMatterDefined(ID, terms(20), JAN);
    }

    // ---- define ----

    @Test
    void adminDefinesMatterWithStrippedFields() {
        fixture.givenNoPriorActivity()
               .when(define(ECOLOGY, List.of(HOUSING), 20), admin())
               .expectEvents(defined());
    }

    @Test
    void officeMayLeadAndNoCooperatingIsFine() {
        fixture.givenNoPriorActivity()
               .when(new DefineResponsibilityMatter(ID, "纪检", "问责", DISCIPLINE, null, null, null, 1, null, JAN),
                     admin())
               .expectEvents(new ResponsibilityMatterDefined(ID, new MatterTerms("纪检", "问责", DISCIPLINE, List.of(),
                                                                                 null, List.of(), 1, null), JAN));
    }

    @Test
    void staffMayNotDefine() {
        fixture.givenNoPriorActivity()
               .when(define(ECOLOGY, List.of(HOUSING), 20), staffOf(ECOLOGY))
               .expectException(Forbidden.class)
               .expectExceptionMessage("Only an ADMIN may keep the responsibility list.")
               .expectNoEvents();
    }

    @Test
    void missingFieldsAreReportedTogether() {
        fixture.givenNoPriorActivity()
               .when(new DefineResponsibilityMatter(ID, " ", null, null, null, null, null, null, null, null), admin())
               .expectException(invalidFields(Map.of("domain", "is required", "title", "is required",
                                                     "leadDepartmentCode", "is required",
                                                     "timeLimitDays", "is required", "effectiveFrom", "is required")))
               .expectNoEvents();
    }

    @Test
    void timeLimitMustBeOneToThreeHundredSixtyFiveDays() {
        fixture.givenNoPriorActivity()
               .when(define(ECOLOGY, List.of(HOUSING), 0), admin())
               .expectException(invalidField("timeLimitDays", "must be between 1 and 365"))
               .expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(define(ECOLOGY, List.of(HOUSING), 366), admin())
               .expectException(invalidField("timeLimitDays", "must be between 1 and 365"))
               .expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(define(ECOLOGY, List.of(HOUSING), 365), admin())
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void cooperatingDepartmentNamedTwiceIsMalformed() {
        fixture.givenNoPriorActivity()
               .when(define(ECOLOGY, List.of(HOUSING, HOUSING), 20), admin())
               .expectException(invalidField("cooperatingDepartmentCodes", "must not name a department twice"))
               .expectNoEvents();
    }

    @Test
    void blankProcedureStepIsMalformed() {
        fixture.givenNoPriorActivity()
               .when(new DefineResponsibilityMatter(ID, "生态环保", "检测", ECOLOGY, List.of(), null,
                                                    List.of("巡查", " "), 5, null, JAN), admin())
               .expectException(invalidField("procedureSteps", "must each be 1 to 500 characters"))
               .expectNoEvents();
    }

    @Test
    void streetCannotLead() {
        fixture.givenNoPriorActivity()
               .when(define(STREET, List.of(HOUSING), 20), admin())
               .expectException(RuleViolation.class)
               .expectExceptionMessage("Lead department " + STREET + " is a STREET; only a DEPARTMENT or OFFICE can"
                                               + " carry a listed responsibility.")
               .expectNoEvents();
    }

    @Test
    void unregisteredLeadIsRefused() {
        fixture.givenNoPriorActivity()
               .when(define("no-such-unit", List.of(HOUSING), 20), admin())
               .expectException(RuleViolation.class)
               .expectExceptionMessage("Lead department no-such-unit is not a registered unit; register it first.")
               .expectNoEvents();
    }

    @Test
    void streetCannotCooperate() {
        fixture.givenNoPriorActivity()
               .when(define(ECOLOGY, List.of(HOUSING, STREET), 20), admin())
               .expectException(RuleViolation.class)
               .expectExceptionMessage("Cooperating department " + STREET + " is a STREET; only a DEPARTMENT or"
                                               + " OFFICE can carry a listed responsibility.")
               .expectNoEvents();
    }

    @Test
    void leadCannotAlsoCooperate() {
        fixture.givenNoPriorActivity()
               .when(define(ECOLOGY, List.of(HOUSING, ECOLOGY), 20), admin())
               .expectException(RuleViolation.class)
               .expectExceptionMessage("Department " + ECOLOGY
                                               + " leads this matter and cannot also be listed as cooperating.")
               .expectNoEvents();
    }

    @Test
    void malformedIdIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new DefineResponsibilityMatter("a b/c", "生态环保", "检测", ECOLOGY, List.of(), null, List.of(),
                                                    5, null, JAN), admin())
               .expectException(invalidField("id", "must be 1 to 64 letters, digits, '.', '-' or '_'"))
               .expectNoEvents();
    }

    // ---- revise ----

    @Test
    void revisionIsTheNextVersion() {
        fixture.given(defined(), new ResponsibilityMatterRevised(ID, 2, terms(10), JUL))
               .when(revise(JUL.plusMonths(3), 5), admin())
               .expectEvents(new ResponsibilityMatterRevised(ID, 3, terms(5), JUL.plusMonths(3)));
    }

    @Test
    void revisionMustTakeEffectAfterTheCurrentVersion() {
        fixture.given(defined())
               .when(revise(JAN, 5), admin())
               .expectException(RuleViolation.class)
               .expectExceptionMessage("A revision must take effect after the version in force from 2026-01-01; "
                                               + "2026-01-01 is not later.")
               .expectNoEvents();
    }

    @Test
    void revisionIsCheckedLikeADefinition() {
        fixture.given(defined())
               .when(revise(JUL, 400), admin())
               .expectException(invalidField("timeLimitDays", "must be between 1 and 365"))
               .expectNoEvents();
        fixture.given(defined())
               .when(new ReviseResponsibilityMatter(ID, "生态环保", "检测", STREET, List.of(), null, List.of(), 5, null,
                                                    JUL), admin())
               .expectException(RuleViolation.class)
               .expectNoEvents();
    }

    @Test
    void staffMayNotRevise() {
        fixture.given(defined())
               .when(revise(JUL, 5), staffOf(ECOLOGY))
               .expectException(Forbidden.class)
               .expectNoEvents();
    }

    // ---- retire ----

    @Test
    void adminRetiresMatter() {
        fixture.given(defined())
               .when(new RetireResponsibilityMatter(ID, " 职能划转 ", JUL), admin())
               .expectEvents(new ResponsibilityMatterRetired(ID, "职能划转", JUL));
    }

    @Test
    void retirementNeedsReasonAndDate() {
        fixture.given(defined())
               .when(new RetireResponsibilityMatter(ID, " ", null), admin())
               .expectException(invalidFields(Map.of("reason", "is required", "effectiveOn", "is required")))
               .expectNoEvents();
    }

    @Test
    void retirementMustFollowTheCurrentVersion() {
        fixture.given(defined())
               .when(new RetireResponsibilityMatter(ID, "职能划转", JAN.minusDays(1)), admin())
               .expectException(RuleViolation.class)
               .expectNoEvents();
    }

    @Test
    void retiredMatterTakesNoRevisionOrSecondRetirement() {
        fixture.given(defined(), new ResponsibilityMatterRetired(ID, "职能划转", JUL))
               .when(revise(JUL.plusDays(1), 5), admin())
               .expectException(RuleViolation.class)
               .expectExceptionMessage("Matter " + ID + " is retired and cannot be revised.")
               .expectNoEvents();
        fixture.given(defined(), new ResponsibilityMatterRetired(ID, "职能划转", JUL))
               .when(new RetireResponsibilityMatter(ID, "again", JUL.plusDays(1)), admin())
               .expectException(RuleViolation.class)
               .expectNoEvents();
    }

    @Test
    void staffMayNotRetire() {
        fixture.given(defined())
               .when(new RetireResponsibilityMatter(ID, "职能划转", JUL), staffOf(ECOLOGY))
               .expectException(Forbidden.class)
               .expectNoEvents();
    }
}
