package io.jianfu.command.supervision;

import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.InMemoryDirectory;
import io.jianfu.events.directory.UnitKind;
import io.jianfu.events.supervision.CaseBasis;
import io.jianfu.events.supervision.DisciplinaryActionRecorded;
import io.jianfu.events.supervision.EvidenceLink;
import io.jianfu.events.supervision.InterviewRecorded;
import io.jianfu.events.supervision.SupervisionCaseClosed;
import io.jianfu.events.supervision.SupervisionCaseOpened;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.jianfu.command.common.CommandTestSupport.actor;
import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.invalidFields;
import static io.jianfu.command.common.CommandTestSupport.staffOf;

/** Opening a supervision case (监督案件), interviews, discipline and closing: DISCIPLINE only, in order. */
class SupervisionCaseTest {
    static final String ID = "case-1";
    static final String UNIT = "500113D05";
    static final LocalDate OPENED = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-06-01T04:00:00Z");
    static final List<EvidenceLink> EVIDENCE = List.of(new EvidenceLink("insp-7", 1234L, "未报备的督查"));
    static final SupervisionCaseOpened OPENED_EVENT = new SupervisionCaseOpened(
            ID, UNIT, CaseBasis.UNREPORTED_INSPECTION, "擅自开展督查检查", EVIDENCE, List.of("c-1"), OPENED);

    private final AggregateTestFixture<SupervisionCase> fixture = new AggregateTestFixture<>(SupervisionCase.class);

    SupervisionCaseTest() {
        fixture.registerInjectableResource(new InMemoryDirectory().withUnit(UNIT, UnitKind.DEPARTMENT)
                                                                  .withCadresOf(UNIT, "c-1", "c-2", "c-3"));
    }

    static Map<String, Object> discipline() {
        return actor("jw", "500113900", "DISCIPLINE");
    }

    private TestExecutor<SupervisionCase> given(Object... events) {
        return fixture.givenCurrentTime(NOW).andGiven(List.of(events));
    }

    @Test
    void disciplineOpensACaseOnEvidence() {
        given().when(new OpenSupervisionCase(ID, " " + UNIT + " ", CaseBasis.UNREPORTED_INSPECTION, " 擅自开展督查检查 ",
                                             EVIDENCE, List.of("c-1"), OPENED), discipline())
               .expectEvents(OPENED_EVENT);
    }

    @Test
    void onlyDisciplineOpensCases() {
        OpenSupervisionCase open = new OpenSupervisionCase(ID, UNIT, CaseBasis.OTHER, "问题", null, null, OPENED);
        given().when(open, staffOf(UNIT)).expectException(Forbidden.class).expectNoEvents();
        given().when(open, actor("aud", "500113900", "AUDITOR")).expectException(Forbidden.class).expectNoEvents();
    }

    @Test
    void malformedCasesAreReportedTogether() {
        given().when(new OpenSupervisionCase(ID, " ", null, "", List.of(new EvidenceLink(" ", null, null)),
                                             List.of("c-1", "c-1"), OPENED.plusYears(1)), discipline())
               .expectException(invalidFields(Map.of("subjectUnitCode", "is required", "basis", "is required",
                                                     "problem", "is required",
                                                     "evidence", "each link names an aggregate id or an event position",
                                                     "involvedCadreIds", "must name each cadre once",
                                                     "openedOn", "must not be in the future")))
               .expectNoEvents();
    }

    @Test
    void unknownUnitsAndCadresAreRefused() {
        given().when(new OpenSupervisionCase(ID, "500113D99", CaseBasis.OTHER, "问题", null, null, OPENED),
                     discipline())
               .expectException(RuleViolation.class).expectNoEvents();
        given().when(new OpenSupervisionCase(ID, UNIT, CaseBasis.OTHER, "问题", null, List.of("c-9"), OPENED),
                     discipline())
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void interviewsAndDisciplineAreRecordedOnAnOpenCase() {
        LocalDate later = OPENED.plusDays(10);
        given(OPENED_EVENT)
                .when(new RecordInterview(ID, List.of("c-1", "c-2"), later, " 责令整改 "), discipline())
                .expectEvents(new InterviewRecorded(ID, List.of("c-1", "c-2"), later, "责令整改"));
        given(OPENED_EVENT)
                .when(new RecordDisciplinaryAction(ID, List.of("c-1"), " 党内警告 ", later), discipline())
                .expectEvents(new DisciplinaryActionRecorded(ID, List.of("c-1"), "党内警告", later));
        given(OPENED_EVENT)
                .when(new RecordDisciplinaryAction(ID, List.of(), "党内警告", later), discipline())
                .expectException(invalidField("cadreIds", "must name at least one")).expectNoEvents();
        given(OPENED_EVENT)
                .when(new RecordInterview(ID, List.of("c-1"), OPENED.minusDays(1), "约谈"), discipline())
                .expectException(RuleViolation.class).expectNoEvents();
        given(OPENED_EVENT)
                .when(new RecordInterview(ID, List.of("c-1"), later, "约谈"), staffOf(UNIT))
                .expectException(Forbidden.class).expectNoEvents();
    }

    @Test
    void aClosedCaseTakesNothingMore() {
        SupervisionCaseClosed closed = new SupervisionCaseClosed(ID, "已整改", OPENED.plusDays(30));
        given(OPENED_EVENT)
                .when(new CloseSupervisionCase(ID, " 已整改 ", OPENED.plusDays(30)), discipline())
                .expectEvents(closed);
        given(OPENED_EVENT, closed)
                .when(new RecordDisciplinaryAction(ID, List.of("c-3"), "政务警告", OPENED.plusDays(31)), discipline())
                .expectException(RuleViolation.class).expectNoEvents();
        given(OPENED_EVENT, closed)
                .when(new CloseSupervisionCase(ID, "再次", OPENED.plusDays(31)), discipline())
                .expectException(RuleViolation.class).expectNoEvents();
    }
}
