package io.jianfu.command.meeting;

import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.Roles;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.InMemoryDirectory;
import io.jianfu.events.directory.UnitKind;
import io.jianfu.events.meeting.MeetingKind;
import io.jianfu.events.meeting.MeetingScheduled;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static io.jianfu.command.common.CommandTestSupport.actor;
import static io.jianfu.command.common.CommandTestSupport.anonymous;
import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.invalidFields;
import static io.jianfu.command.common.CommandTestSupport.staffOf;

/** ScheduleMeeting: the creation rules of {@link Meeting}. */
class MeetingSchedulingTest {
    private static final String UNIT = "500109001";
    private static final String OTHER_UNIT = "500109002";
    private static final OffsetDateTime START = OffsetDateTime.parse("2025-03-12T09:00:00+08:00");

    private final InMemoryDirectory directory = new InMemoryDirectory().withUnit(UNIT, UnitKind.STREET)
                                                                       .withUnit(OTHER_UNIT, UnitKind.STREET)
                                                                       .withCadres("c-1", "c-2", "c-3");
    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(directory);
    }

    /** The fields of a valid ScheduleMeeting; each test changes what it is about. */
    private static final class Draft {
        String id = "m-1";
        String unit = UNIT;
        String title = "Spring flood-prevention work meeting";
        String agenda = "Duties, drills";
        MeetingKind kind = MeetingKind.WORK;
        OffsetDateTime start = START;
        OffsetDateTime end = START.plusHours(2);
        String venue = "Room 301";
        List<String> attendees = List.of("c-1", "c-2");
    }

    private static ScheduleMeeting scheduling(Consumer<Draft> change) {
        Draft d = new Draft();
        change.accept(d);
        return new ScheduleMeeting(d.id, d.unit, d.title, d.agenda, d.kind, d.start, d.end, d.venue, d.attendees);
    }

    private ResultValidator<Meeting> whenStaffSchedule(Consumer<Draft> change) {
        return fixture.givenNoPriorActivity().when(scheduling(change), staffOf(UNIT));
    }

    // ---- success ----

    @Test
    void staffScheduleAMeetingOfTheirUnit() {
        whenStaffSchedule(d -> { })
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MeetingScheduled("m-1", UNIT, "Spring flood-prevention work meeting",
                                                   "Duties, drills", MeetingKind.WORK, START, START.plusHours(2),
                                                   "Room 301", List.of("c-1", "c-2")));
    }

    @Test
    void textFieldsAreStrippedAndMissingAgendaBecomesEmpty() {
        whenStaffSchedule(d -> {
            d.title = "  Briefing ";
            d.agenda = null;
            d.venue = " Hall ";
        }).expectEvents(new MeetingScheduled("m-1", UNIT, "Briefing", "", MeetingKind.WORK, START,
                                             START.plusHours(2), "Hall", List.of("c-1", "c-2")));
    }

    @Test
    void meetingOfExactlyTwelveHoursIsAccepted() {
        whenStaffSchedule(d -> d.end = START.plusHours(12))
                .expectEvents(new MeetingScheduled("m-1", UNIT, "Spring flood-prevention work meeting",
                                                   "Duties, drills", MeetingKind.WORK, START, START.plusHours(12),
                                                   "Room 301", List.of("c-1", "c-2")));
    }

    @Test
    void endIsComparedAsAnInstantAcrossOffsets() {
        OffsetDateTime endInUtc = OffsetDateTime.parse("2025-03-12T02:00:00Z"); // 10:00 at +08:00

        whenStaffSchedule(d -> d.end = endInUtc)
                .expectEvents(new MeetingScheduled("m-1", UNIT, "Spring flood-prevention work meeting",
                                                   "Duties, drills", MeetingKind.WORK, START, endInUtc,
                                                   "Room 301", List.of("c-1", "c-2")));
    }

    // ---- fields ----

    @Test
    void emptyCommandReportsEveryMissingField() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleMeeting(null, null, null, null, null, null, null, null, null), staffOf(UNIT))
               .expectException(invalidFields(Map.of(
                       "id", "must be 1 to 64 letters, digits, '.', '-' or '_'",
                       "organizerUnitCode", "is required",
                       "title", "is required",
                       "kind", "is required",
                       "venue", "is required",
                       "attendeeIds", "must name at least one",
                       "start", "is required",
                       "end", "is required")))
               .expectNoEvents();
    }

    @Test
    void malformedIdIsRefused() {
        whenStaffSchedule(d -> d.id = "m 1/../x")
                .expectException(invalidField("id", "must be 1 to 64 letters, digits, '.', '-' or '_'"))
                .expectNoEvents();
    }

    @Test
    void blankTitleIsRequired() {
        whenStaffSchedule(d -> d.title = "  ")
                .expectException(invalidField("title", "is required"))
                .expectNoEvents();
    }

    @Test
    void titleLongerThanHundredCharactersIsRefused() {
        whenStaffSchedule(d -> d.title = "t".repeat(101))
                .expectException(invalidField("title", "must be at most 100 characters"))
                .expectNoEvents();
    }

    @Test
    void agendaLongerThanFourThousandCharactersIsRefused() {
        whenStaffSchedule(d -> d.agenda = "a".repeat(4_001))
                .expectException(invalidField("agenda", "must be at most 4000 characters"))
                .expectNoEvents();
    }

    @Test
    void venueLongerThanTwoHundredCharactersIsRefused() {
        whenStaffSchedule(d -> d.venue = "v".repeat(201))
                .expectException(invalidField("venue", "must be at most 200 characters"))
                .expectNoEvents();
    }

    @Test
    void endBeforeStartIsRefused() {
        whenStaffSchedule(d -> d.end = START.minusMinutes(30))
                .expectException(invalidField("end", "must be after start"))
                .expectNoEvents();
    }

    @Test
    void endAtStartIsRefused() {
        whenStaffSchedule(d -> d.end = START)
                .expectException(invalidField("end", "must be after start"))
                .expectNoEvents();
    }

    @Test
    void meetingLongerThanTwelveHoursIsRefused() {
        whenStaffSchedule(d -> d.end = START.plusHours(12).plusMinutes(1))
                .expectException(invalidField("end", "must be at most 12 hours after start"))
                .expectNoEvents();
    }

    @Test
    void emptyAttendeeListIsRefused() {
        whenStaffSchedule(d -> d.attendees = List.of())
                .expectException(invalidField("attendeeIds", "must name at least one"))
                .expectNoEvents();
    }

    @Test
    void duplicateAttendeesAreRefused() {
        whenStaffSchedule(d -> d.attendees = List.of("c-1", "c-2", "c-1"))
                .expectException(invalidField("attendeeIds", "must name each cadre once"))
                .expectNoEvents();
    }

    @Test
    void malformedAttendeeIdIsRefused() {
        whenStaffSchedule(d -> d.attendees = List.of("c-1", "c 2"))
                .expectException(invalidField("attendeeIds", "must hold only well-formed cadre ids"))
                .expectNoEvents();
    }

    @Test
    void nullAttendeeIdIsRefusedAsMalformed() {
        whenStaffSchedule(d -> d.attendees = Arrays.asList("c-1", null))
                .expectException(invalidField("attendeeIds", "must hold only well-formed cadre ids"))
                .expectNoEvents();
    }

    @Test
    void moreThanTwoThousandAttendeesAreRefused() {
        List<String> crowd = IntStream.rangeClosed(1, Meeting.MOST_ATTENDEES + 1).mapToObj(i -> "c-" + i).toList();

        whenStaffSchedule(d -> d.attendees = crowd)
                .expectException(invalidField("attendeeIds", "must name at most 2000 cadres"))
                .expectNoEvents();
    }

    // ---- who may schedule ----

    @Test
    void staffMayNotScheduleForAnotherUnit() {
        fixture.givenNoPriorActivity()
               .when(scheduling(d -> { }), staffOf(OTHER_UNIT))
               .expectException(Forbidden.class)
               .expectExceptionMessage("You act for unit " + OTHER_UNIT + " and may not call meetings for unit "
                                               + UNIT + ".")
               .expectNoEvents();
    }

    @Test
    void onlyStaffMaySchedule() {
        fixture.givenNoPriorActivity()
               .when(scheduling(d -> { }), actor("boss", UNIT, Roles.ADMIN, Roles.DISCIPLINE))
               .expectException(Forbidden.class)
               .expectExceptionMessage("Only STAFF of unit " + UNIT + " may call meetings.")
               .expectNoEvents();
    }

    @Test
    void staffRoleWithoutSignedInUserIsRefused() {
        fixture.givenNoPriorActivity()
               .when(scheduling(d -> { }), anonymous(UNIT, Roles.STAFF))
               .expectException(Forbidden.class)
               .expectNoEvents();
    }

    // ---- directory rules ----

    @Test
    void unregisteredOrganiserUnitIsRefused() {
        String unknown = "500109999";

        fixture.givenNoPriorActivity()
               .when(scheduling(d -> d.unit = unknown), staffOf(unknown))
               .expectException(RuleViolation.class)
               .expectExceptionMessage("Organiser unit " + unknown + " is not registered.")
               .expectNoEvents();
    }

    @Test
    void unregisteredAttendeesAreNamedInTheRefusal() {
        whenStaffSchedule(d -> d.attendees = List.of("c-9", "c-1", "c-8"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("These cadres are not registered: c-9, c-8.")
                .expectNoEvents();
    }
}
