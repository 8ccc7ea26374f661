package io.jianfu.command.inspection;

import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.InMemoryDirectory;
import io.jianfu.events.directory.UnitKind;
import io.jianfu.events.inspection.UnreportedInspectionHalted;
import io.jianfu.events.inspection.UnreportedInspectionRecorded;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.jianfu.command.common.CommandTestSupport.actor;
import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.staffOf;

/** A unit records the refusal of an inspection that never entered the system; the discipline office halts it. */
class UnreportedInspectionTest {
    static final LocalDate DAY = LocalDate.of(2031, 3, 4);
    static final UnreportedInspectionRecorded RECORDED =
            new UnreportedInspectionRecorded("r-1", "town-1", "dept-env", DAY, "未报备的环保检查");

    private final AggregateTestFixture<UnreportedInspection> fixture =
            new AggregateTestFixture<>(UnreportedInspection.class);

    @BeforeEach
    void setUp() {
        fixture.registerInjectableResource(new InMemoryDirectory().withUnit("dept-env", UnitKind.DEPARTMENT)
                                                                  .withUnit("town-1", UnitKind.TOWN));
    }

    @Test
    void theUnitRecordsItsRefusal() {
        fixture.givenNoPriorActivity()
               .when(new RecordUnreportedInspection("r-1", "town-1", "dept-env", DAY, " 未报备的环保检查 "),
                     staffOf("town-1"))
               .expectEvents(RECORDED);
    }

    @Test
    void onlyForItselfAndAgainstARegisteredDepartment() {
        fixture.givenNoPriorActivity()
               .when(new RecordUnreportedInspection("r-1", "town-1", "dept-env", DAY, "x"), staffOf("town-2"))
               .expectException(Forbidden.class).expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(new RecordUnreportedInspection("r-1", "town-1", "nobody", DAY, "x"), staffOf("town-1"))
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(new RecordUnreportedInspection("r-1", "town-1", "dept-env", null, "x"), staffOf("town-1"))
               .expectException(invalidField("date", "is required")).expectNoEvents();
    }

    @Test
    void disciplineHaltsItOnce() {
        fixture.given(RECORDED)
               .when(new HaltUnreportedInspection("r-1", "未报备", "整改"), actor("jw", "o", "DISCIPLINE"))
               .expectEvents(new UnreportedInspectionHalted("r-1", "dept-env", "未报备", "整改"));
        fixture.given(RECORDED, new UnreportedInspectionHalted("r-1", "dept-env", "未报备", "整改"))
               .when(new HaltUnreportedInspection("r-1", "again", "x"), actor("jw", "o", "DISCIPLINE"))
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(RECORDED)
               .when(new HaltUnreportedInspection("r-1", "r", "x"), staffOf("town-1"))
               .expectException(Forbidden.class).expectNoEvents();
    }
}
