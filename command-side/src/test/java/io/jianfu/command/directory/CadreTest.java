package io.jianfu.command.directory;

import io.jianfu.command.common.AlreadyExists;
import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.Roles;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.directory.CadreRegistered;
import io.jianfu.events.directory.UnitKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.jianfu.command.common.CommandTestSupport.admin;
import static io.jianfu.command.common.CommandTestSupport.anonymous;
import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.invalidFields;
import static io.jianfu.command.common.CommandTestSupport.staffOf;

class CadreTest {
    private static final String STREET = "500109001";

    private final InMemoryDirectory directory = new InMemoryDirectory().withUnit(STREET, UnitKind.STREET);
    private AggregateTestFixture<Cadre> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Cadre.class);
        fixture.registerInjectableResource(directory);
    }

    // ---- success ----

    @Test
    void adminRegistersCadreOfRegisteredUnit() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCadre("c-001", "张伟", STREET, false), admin())
               .expectSuccessfulHandlerExecution()
               .expectEvents(new CadreRegistered("c-001", "张伟", STREET, false));
    }

    @Test
    void topLeaderIsRecorded() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCadre("c-001", "张伟", STREET, true), admin())
               .expectEvents(new CadreRegistered("c-001", "张伟", STREET, true));
    }

    @Test
    void missingTopLeaderMeansNotTopLeader() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCadre("c-001", "张伟", STREET, null), admin())
               .expectEvents(new CadreRegistered("c-001", "张伟", STREET, false));
    }

    @Test
    void registeredNameIsStripped() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCadre("c-001", "  张伟  ", STREET, false), admin())
               .expectEvents(new CadreRegistered("c-001", "张伟", STREET, false));
    }

    @Test
    void nameOfExactlyFiftyCharactersIsAccepted() {
        String name = "n".repeat(50);

        fixture.givenNoPriorActivity()
               .when(new RegisterCadre("c-001", name, STREET, false), admin())
               .expectEvents(new CadreRegistered("c-001", name, STREET, false));
    }

    // ---- who may register ----

    @Test
    void staffMayNotRegisterCadres() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCadre("c-001", "张伟", STREET, false), staffOf(STREET))
               .expectException(Forbidden.class)
               .expectExceptionMessage("Only an ADMIN may register cadres.")
               .expectNoEvents();
    }

    @Test
    void adminRoleWithoutSignedInUserIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCadre("c-001", "张伟", STREET, false), anonymous(STREET, Roles.ADMIN))
               .expectException(Forbidden.class)
               .expectNoEvents();
    }

    // ---- fields ----

    @Test
    void allMissingFieldsAreReportedTogether() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCadre(null, null, null, null), admin())
               .expectException(invalidFields(Map.of("id", "is required",
                                                     "name", "is required",
                                                     "unitCode", "is required")))
               .expectNoEvents();
    }

    @Test
    void blankNameIsRequired() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCadre("c-001", " ", STREET, false), admin())
               .expectException(invalidField("name", "is required"))
               .expectNoEvents();
    }

    @Test
    void blankUnitCodeIsRequired() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCadre("c-001", "张伟", "", false), admin())
               .expectException(invalidField("unitCode", "is required"))
               .expectNoEvents();
    }

    @Test
    void malformedIdIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCadre("c 001?", "张伟", STREET, false), admin())
               .expectException(invalidField("id", "must be 1 to 64 letters, digits, '.', '-' or '_'"))
               .expectNoEvents();
    }

    @Test
    void nameLongerThanFiftyCharactersIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCadre("c-001", "n".repeat(51), STREET, false), admin())
               .expectException(invalidField("name", "must be at most 50 characters"))
               .expectNoEvents();
    }

    // ---- directory rules ----

    @Test
    void idAlreadyRegisteredIsRefused() {
        directory.withCadres("c-001");

        fixture.givenNoPriorActivity()
               .when(new RegisterCadre("c-001", "张伟", STREET, false), admin())
               .expectException(AlreadyExists.class)
               .expectExceptionMessage("Cadre c-001 is already registered.")
               .expectNoEvents();
    }

    @Test
    void cadreOfUnregisteredUnitIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCadre("c-001", "张伟", "500109999", false), admin())
               .expectException(RuleViolation.class)
               .expectExceptionMessage("Unit 500109999 is not registered; register the unit first.")
               .expectNoEvents();
    }
}
