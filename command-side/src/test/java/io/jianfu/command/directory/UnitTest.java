package io.jianfu.command.directory;

import io.jianfu.command.common.AlreadyExists;
import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.Roles;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.directory.UnitKind;
import io.jianfu.events.directory.UnitRegistered;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.jianfu.command.common.CommandTestSupport.actor;
import static io.jianfu.command.common.CommandTestSupport.admin;
import static io.jianfu.command.common.CommandTestSupport.anonymous;
import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.invalidFields;
import static io.jianfu.command.common.CommandTestSupport.staffOf;

class UnitTest {
    private static final String STREET = "500109001";
    private static final String COMMUNITY = "500109001001";

    private final InMemoryDirectory directory = new InMemoryDirectory();
    private AggregateTestFixture<Unit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Unit.class);
        fixture.registerInjectableResource(directory);
    }

    // ---- success ----

    @Test
    void adminRegistersTopLevelUnit() {
        fixture.givenNoPriorActivity()
               .when(new RegisterUnit(STREET, "龙凤桥街道", UnitKind.STREET, null), admin())
               .expectSuccessfulHandlerExecution()
               .expectEvents(new UnitRegistered(STREET, "龙凤桥街道", UnitKind.STREET, null));
    }

    @Test
    void adminRegistersUnitUnderRegisteredParent() {
        directory.withUnit(STREET, UnitKind.STREET);

        fixture.givenNoPriorActivity()
               .when(new RegisterUnit(COMMUNITY, "石院社区", UnitKind.COMMUNITY, STREET), admin())
               .expectEvents(new UnitRegistered(COMMUNITY, "石院社区", UnitKind.COMMUNITY, STREET));
    }

    @Test
    void registeredNameIsStripped() {
        fixture.givenNoPriorActivity()
               .when(new RegisterUnit(STREET, "  龙凤桥街道 ", UnitKind.STREET, null), admin())
               .expectEvents(new UnitRegistered(STREET, "龙凤桥街道", UnitKind.STREET, null));
    }

    @Test
    void nameOfExactlyHundredCharactersIsAccepted() {
        String name = "n".repeat(100);

        fixture.givenNoPriorActivity()
               .when(new RegisterUnit(STREET, name, UnitKind.STREET, null), admin())
               .expectEvents(new UnitRegistered(STREET, name, UnitKind.STREET, null));
    }

    // ---- who may register ----

    @Test
    void staffMayNotRegisterUnits() {
        fixture.givenNoPriorActivity()
               .when(new RegisterUnit(STREET, "龙凤桥街道", UnitKind.STREET, null), staffOf(STREET))
               .expectException(Forbidden.class)
               .expectExceptionMessage("Only an ADMIN may register units.")
               .expectNoEvents();
    }

    @Test
    void supervisionOfficeMayNotRegisterUnits() {
        fixture.givenNoPriorActivity()
               .when(new RegisterUnit(STREET, "龙凤桥街道", UnitKind.STREET, null),
                     actor("duchaban", STREET, Roles.SUPERVISION_OFFICE, Roles.STAFF))
               .expectException(Forbidden.class)
               .expectNoEvents();
    }

    @Test
    void adminRoleWithoutSignedInUserIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new RegisterUnit(STREET, "龙凤桥街道", UnitKind.STREET, null), anonymous(STREET, Roles.ADMIN))
               .expectException(Forbidden.class)
               .expectNoEvents();
    }

    // ---- fields ----

    @Test
    void allMissingFieldsAreReportedTogether() {
        fixture.givenNoPriorActivity()
               .when(new RegisterUnit(null, null, null, null), admin())
               .expectException(invalidFields(Map.of("code", "is required",
                                                     "name", "is required",
                                                     "kind", "is required")))
               .expectNoEvents();
    }

    @Test
    void blankNameIsRequired() {
        fixture.givenNoPriorActivity()
               .when(new RegisterUnit(STREET, "   ", UnitKind.STREET, null), admin())
               .expectException(invalidField("name", "is required"))
               .expectNoEvents();
    }

    @Test
    void blankCodeIsRequired() {
        fixture.givenNoPriorActivity()
               .when(new RegisterUnit(" ", "龙凤桥街道", UnitKind.STREET, null), admin())
               .expectException(invalidField("code", "is required"))
               .expectNoEvents();
    }

    @Test
    void codeWithSpacesOrSlashesIsMalformed() {
        fixture.givenNoPriorActivity()
               .when(new RegisterUnit("500/109 001", "龙凤桥街道", UnitKind.STREET, null), admin())
               .expectException(invalidField("code", "must be 1 to 64 letters, digits, '.', '-' or '_'"))
               .expectNoEvents();
    }

    @Test
    void codeLongerThanSixtyFourCharactersIsMalformed() {
        fixture.givenNoPriorActivity()
               .when(new RegisterUnit("1".repeat(65), "龙凤桥街道", UnitKind.STREET, null), admin())
               .expectException(invalidField("code", "must be 1 to 64 letters, digits, '.', '-' or '_'"))
               .expectNoEvents();
    }

    @Test
    void nameLongerThanHundredCharactersIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new RegisterUnit(STREET, "n".repeat(101), UnitKind.STREET, null), admin())
               .expectException(invalidField("name", "must be at most 100 characters"))
               .expectNoEvents();
    }

    @Test
    void unitCannotBeItsOwnParent() {
        directory.withUnit(STREET, UnitKind.STREET);

        fixture.givenNoPriorActivity()
               .when(new RegisterUnit(COMMUNITY, "石院社区", UnitKind.COMMUNITY, COMMUNITY), admin())
               .expectException(invalidField("parentCode", "must name another unit"))
               .expectNoEvents();
    }

    // ---- directory rules ----

    @Test
    void codeAlreadyRegisteredIsRefused() {
        directory.withUnit(STREET, UnitKind.STREET);

        fixture.givenNoPriorActivity()
               .when(new RegisterUnit(STREET, "龙凤桥街道", UnitKind.STREET, null), admin())
               .expectException(AlreadyExists.class)
               .expectExceptionMessage("Unit " + STREET + " is already registered.")
               .expectNoEvents();
    }

    @Test
    void unregisteredParentIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new RegisterUnit(COMMUNITY, "石院社区", UnitKind.COMMUNITY, STREET), admin())
               .expectException(RuleViolation.class)
               .expectExceptionMessage("Parent unit " + STREET + " is not registered; register it first.")
               .expectNoEvents();
    }
}
