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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static io.jianfu.command.common.CommandTestSupport.actor;
import static io.jianfu.command.common.CommandTestSupport.anonymous;
import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.staffOf;

/** CancelMeeting: only the organiser unit's staff call off a meeting, and only while it is scheduled. */
class MeetingCancellationTest {
    private static final String UNIT = "500109001";
    private static final String OTHER_UNIT = "500109002";
    private static final String MEETING = "m-1";
    private static final OffsetDateTime START = OffsetDateTime.parse("2025-03-12T09:00:00+08:00");
    private static final MeetingScheduled SCHEDULED =
            new MeetingScheduled(MEETING, UNIT, "Work meeting", "", MeetingKind.WORK, START, START.plusHours(2),
                                 "Room 301", List.of("c-1", "c-2"));

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(new InMemoryDirectory().withUnit(UNIT, UnitKind.STREET)
                                                                  .withUnit(OTHER_UNIT, UnitKind.STREET)
                                                                  .withCadres("c-1", "c-2"));
    }

    @Test
    void organiserStaffCancelAScheduledMeetingWithStrippedReason() {
        fixture.given(SCHEDULED)
               .when(new CancelMeeting(MEETING, "  typhoon warning "), staffOf(UNIT))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new MeetingCancelled(MEETING, UNIT, "typhoon warning"));
    }

    @Test
    void cancellationWithoutReasonIsRefused() {
        fixture.given(SCHEDULED)
               .when(new CancelMeeting(MEETING, null), staffOf(UNIT))
               .expectException(invalidField("reason", "is required"))
               .expectNoEvents();
    }

    @Test
    void cancellationWithBlankReasonIsRefused() {
        fixture.given(SCHEDULED)
               .when(new CancelMeeting(MEETING, "   "), staffOf(UNIT))
               .expectException(invalidField("reason", "is required"))
               .expectNoEvents();
    }

    @Test
    void reasonLongerThanFiveHundredCharactersIsRefused() {
        fixture.given(SCHEDULED)
               .when(new CancelMeeting(MEETING, "r".repeat(501)), staffOf(UNIT))
               .expectException(invalidField("reason", "must be at most 500 characters"))
               .expectNoEvents();
    }

    @Test
    void staffOfAnotherUnitMayNotCancel() {
        fixture.given(SCHEDULED)
               .when(new CancelMeeting(MEETING, "not ours"), staffOf(OTHER_UNIT))
               .expectException(Forbidden.class)
               .expectExceptionMessage("You act for unit " + OTHER_UNIT + " and may not cancel this meeting for unit "
                                               + UNIT + ".")
               .expectNoEvents();
    }

    @Test
    void onlyStaffMayCancel() {
        fixture.given(SCHEDULED)
               .when(new CancelMeeting(MEETING, "supervision"), actor("duchaban", UNIT, Roles.SUPERVISION_OFFICE))
               .expectException(Forbidden.class)
               .expectExceptionMessage("Only STAFF of unit " + UNIT + " may cancel this meeting.")
               .expectNoEvents();
    }

    @Test
    void staffRoleWithoutSignedInUserMayNotCancel() {
        fixture.given(SCHEDULED)
               .when(new CancelMeeting(MEETING, "anonymous"), anonymous(UNIT, Roles.STAFF))
               .expectException(Forbidden.class)
               .expectNoEvents();
    }

    @Test
    void meetingCannotBeCancelledTwice() {
        fixture.given(SCHEDULED, new MeetingCancelled(MEETING, UNIT, "typhoon warning"))
               .when(new CancelMeeting(MEETING, "still the typhoon"), staffOf(UNIT))
               .expectException(RuleViolation.class)
               .expectExceptionMessage("Meeting m-1 was already cancelled and cannot be cancelled.")
               .expectNoEvents();
    }

    @Test
    void heldMeetingCannotBeCancelled() {
        fixture.given(SCHEDULED, new MeetingHeld(MEETING, UNIT, START, START.plusHours(2), List.of("c-1")))
               .when(new CancelMeeting(MEETING, "too late"), staffOf(UNIT))
               .expectException(RuleViolation.class)
               .expectExceptionMessage("Meeting m-1 was already held and cannot be cancelled.")
               .expectNoEvents();
    }
}
