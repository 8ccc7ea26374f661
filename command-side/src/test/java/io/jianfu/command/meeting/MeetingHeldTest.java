package io.jianfu.command.meeting;

import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.Roles;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.InMemoryDirectory;
import io.jianfu.events.directory.UnitKind;
import io.jianfu.events.meeting.MeetingCancelled;
import io.jianfu.events.meeting.MeetingHeld;
import io.jianfu.events.meeting.MeetingKind;
import io.jianfu.events.meeting.MeetingScheduled;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.jianfu.command.common.CommandTestSupport.actor;
import static io.jianfu.command.common.CommandTestSupport.anonymous;
import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.invalidFields;
import static io.jianfu.command.common.CommandTestSupport.staffOf;

/** RecordMeetingHeld: the organiser records, after the fact, when a scheduled meeting took place and who came. */
class MeetingHeldTest {
    private static final String UNIT = "500109001";
    private static final String OTHER_UNIT = "500109002";
    private static final String MEETING = "m-1";
    private static final OffsetDateTime START = OffsetDateTime.parse("2025-03-12T09:00:00+08:00");
    /** The fixture's clock: the evening of the meeting day. */
    private static final Instant NOW = Instant.parse("2025-03-12T12:00:00Z");
    private static final MeetingScheduled SCHEDULED =
            new MeetingScheduled(MEETING, UNIT, "Work meeting", "", MeetingKind.WORK, START, START.plusHours(2),
                                 "Room 301", List.of("c-1", "c-2", "c-3"));

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(new InMemoryDirectory().withUnit(UNIT, UnitKind.STREET)
                                                                  .withUnit(OTHER_UNIT, UnitKind.STREET)
                                                                  .withCadres("c-1", "c-2", "c-3"));
    }

    private TestExecutor<Meeting> givenScheduled(Object... laterEvents) {
        return fixture.givenCurrentTime(NOW).andGiven(SCHEDULED).andGiven(laterEvents);
    }

    private static RecordMeetingHeld held(OffsetDateTime start, OffsetDateTime end, List<String> attended) {
        return new RecordMeetingHeld(MEETING, start, end, attended);
    }

    // ---- success ----

    @Test
    void organiserStaffRecordTimesAndWhoAttended() {
        givenScheduled()
                .when(held(START.plusMinutes(5), START.plusMinutes(110), List.of("c-1", "c-3")), staffOf(UNIT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MeetingHeld(MEETING, UNIT, START.plusMinutes(5), START.plusMinutes(110),
                                              List.of("c-1", "c-3")));
    }

    @Test
    void meetingThatEndedExactlyNowMayBeRecorded() {
        OffsetDateTime endedNow = NOW.atOffset(START.getOffset());

        givenScheduled()
                .when(held(endedNow.minusHours(1), endedNow, List.of("c-1")), staffOf(UNIT))
                .expectEvents(new MeetingHeld(MEETING, UNIT, endedNow.minusHours(1), endedNow, List.of("c-1")));
    }

    // ---- fields ----

    @Test
    void emptyRecordReportsEveryMissingField() {
        givenScheduled()
                .when(held(null, null, null), staffOf(UNIT))
                .expectException(invalidFields(Map.of("attendedIds", "must name at least one",
                                                      "actualStart", "is required",
                                                      "actualEnd", "is required")))
                .expectNoEvents();
    }

    @Test
    void emptyAttendanceIsRefused() {
        givenScheduled()
                .when(held(START, START.plusHours(1), List.of()), staffOf(UNIT))
                .expectException(invalidField("attendedIds", "must name at least one"))
                .expectNoEvents();
    }

    @Test
    void actualEndBeforeActualStartIsRefused() {
        givenScheduled()
                .when(held(START, START.minusMinutes(1), List.of("c-1")), staffOf(UNIT))
                .expectException(invalidField("actualEnd", "must be after actualStart"))
                .expectNoEvents();
    }

    @Test
    void actualDurationOverTwelveHoursIsRefused() {
        OffsetDateTime start = START.minusDays(1);

        givenScheduled()
                .when(held(start, start.plusHours(12).plusSeconds(1), List.of("c-1")), staffOf(UNIT))
                .expectException(invalidField("actualEnd", "must be at most 12 hours after actualStart"))
                .expectNoEvents();
    }

    @Test
    void duplicateAttendedIdsAreRefused() {
        givenScheduled()
                .when(held(START, START.plusHours(1), List.of("c-1", "c-1")), staffOf(UNIT))
                .expectException(invalidField("attendedIds", "must name each cadre once"))
                .expectNoEvents();
    }

    @Test
    void malformedAttendedIdIsRefused() {
        givenScheduled()
                .when(held(START, START.plusHours(1), List.of("c-1", "c;2")), staffOf(UNIT))
                .expectException(invalidField("attendedIds", "must hold only well-formed cadre ids"))
                .expectNoEvents();
    }

    // ---- who may record ----

    @Test
    void staffOfAnotherUnitMayNotRecord() {
        givenScheduled()
                .when(held(START, START.plusHours(1), List.of("c-1")), staffOf(OTHER_UNIT))
                .expectException(Forbidden.class)
                .expectExceptionMessage("You act for unit " + OTHER_UNIT
                                                + " and may not record this meeting as held for unit " + UNIT + ".")
                .expectNoEvents();
    }

    @Test
    void onlyStaffMayRecord() {
        givenScheduled()
                .when(held(START, START.plusHours(1), List.of("c-1")), actor("auditor", UNIT, Roles.AUDITOR))
                .expectException(Forbidden.class)
                .expectExceptionMessage("Only STAFF of unit " + UNIT + " may record this meeting as held.")
                .expectNoEvents();
    }

    @Test
    void staffRoleWithoutSignedInUserMayNotRecord() {
        givenScheduled()
                .when(held(START, START.plusHours(1), List.of("c-1")), anonymous(UNIT, Roles.STAFF))
                .expectException(Forbidden.class)
                .expectNoEvents();
    }

    // ---- lifecycle and time ----

    @Test
    void cancelledMeetingCannotBeRecordedAsHeld() {
        givenScheduled(new MeetingCancelled(MEETING, UNIT, "typhoon warning"))
                .when(held(START, START.plusHours(1), List.of("c-1")), staffOf(UNIT))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Meeting m-1 was already cancelled and cannot be recorded as held.")
                .expectNoEvents();
    }

    @Test
    void meetingCannotBeRecordedAsHeldTwice() {
        givenScheduled(new MeetingHeld(MEETING, UNIT, START, START.plusHours(1), List.of("c-1")))
                .when(held(START, START.plusHours(1), List.of("c-1", "c-2")), staffOf(UNIT))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Meeting m-1 was already held and cannot be recorded as held.")
                .expectNoEvents();
    }

    @Test
    void meetingThatEndsInTheFutureCannotBeRecordedAsHeld() {
        OffsetDateTime aMinuteFromNow = NOW.plusSeconds(60).atOffset(START.getOffset());

        givenScheduled()
                .when(held(aMinuteFromNow.minusHours(1), aMinuteFromNow, List.of("c-1")), staffOf(UNIT))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("A meeting can be recorded as held only after it ended; actualEnd "
                                                + aMinuteFromNow + " is still to come.")
                .expectNoEvents();
    }

    @Test
    void unregisteredAttendedCadresAreRefused() {
        givenScheduled()
                .when(held(START, START.plusHours(1), List.of("c-1", "ghost")), staffOf(UNIT))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("These cadres are not registered: ghost.")
                .expectNoEvents();
    }
}
