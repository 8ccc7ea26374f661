package io.jianfu.command.supervision;

import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.InMemoryDirectory;
import io.jianfu.events.directory.UnitKind;
import io.jianfu.events.supervision.BulletinIssued;
import io.jianfu.events.supervision.BulletinProblem;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.jianfu.command.common.CommandTestSupport.invalidFields;
import static io.jianfu.command.common.CommandTestSupport.staffOf;
import static io.jianfu.command.supervision.SupervisionCaseTest.discipline;

/** Issuing a bulletin (通报): DISCIPLINE, a period, problems that name registered units and existing cases. */
class BulletinTest {
    static final String UNIT = "500113D05";
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);

    private final AggregateTestFixture<Bulletin> fixture = new AggregateTestFixture<>(Bulletin.class);

    BulletinTest() {
        fixture.registerInjectableResource(new InMemoryDirectory().withUnit(UNIT, UnitKind.DEPARTMENT));
        fixture.registerInjectableResource((SupervisionCases) BulletinTest::unknownCases);
    }

    private static Set<String> unknownCases(Collection<String> ids) {
        Set<String> unknown = new LinkedHashSet<>(ids);
        unknown.remove("case-1");
        return unknown;
    }

    private TestExecutor<Bulletin> given() {
        return fixture.givenCurrentTime(Instant.parse("2026-06-01T04:00:00Z")).andGiven(List.of());
    }

    @Test
    void disciplineIssuesABulletinNamingProblemsAndCases() {
        given().when(new IssueBulletin("b-1", " 第1期 ", FROM, TO, TO.plusDays(3),
                                       List.of(new BulletinProblem(" 擅自督查 ", UNIT, List.of(" case-1 ", "case-1")))),
                     discipline())
               .expectEvents(new BulletinIssued("b-1", "第1期", FROM, TO, TO.plusDays(3),
                                                List.of(new BulletinProblem("擅自督查", UNIT, List.of("case-1")))));
    }

    @Test
    void unknownCasesAndUnitsAreRefused() {
        given().when(new IssueBulletin("b-1", "第1期", FROM, TO, TO,
                                       List.of(new BulletinProblem("问题", UNIT, List.of("case-9")))), discipline())
               .expectException(RuleViolation.class).expectNoEvents();
        given().when(new IssueBulletin("b-1", "第1期", FROM, TO, TO,
                                       List.of(new BulletinProblem("问题", "500113D99", null))), discipline())
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void malformedBulletinsAreReportedTogetherAndOthersMayNotIssue() {
        given().when(new IssueBulletin("b-1", "", TO, FROM, FROM, List.of(new BulletinProblem(" ", null, null))),
                     discipline())
               .expectException(invalidFields(Map.of("title", "is required", "periodTo", "must not be before periodFrom",
                                                     "issuedOn", "must not be before periodFrom",
                                                     "problems[0].description", "is required")))
               .expectNoEvents();
        given().when(new IssueBulletin("b-1", "第1期", FROM, TO, TO, List.of(new BulletinProblem("问题", null, null))),
                     staffOf(UNIT))
               .expectException(Forbidden.class).expectNoEvents();
    }
}
