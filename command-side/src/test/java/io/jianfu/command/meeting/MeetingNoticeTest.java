package io.jianfu.command.meeting;

import io.jianfu.command.common.AlreadyExists;
import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.Roles;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.meeting.MeetingKind;
import io.jianfu.events.meeting.MeetingScheduled;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jianfu.command.common.CommandTestSupport.actor;
import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.staffOf;
import static io.jianfu.command.meeting.PaperworkFixture.MEETING;
import static io.jianfu.command.meeting.PaperworkFixture.NOTICE;
import static io.jianfu.command.meeting.PaperworkFixture.ORGANISER;
import static io.jianfu.command.meeting.PaperworkFixture.PAPERWORK;
import static io.jianfu.command.meeting.PaperworkFixture.START;
import static io.jianfu.command.meeting.PaperworkFixture.UNIT_A;

/** IssueMeetingNotice: the organiser's staff open the paperwork of a scheduled meeting, once. */
class MeetingNoticeTest {

    @Test
    void organiserStaffIssueTheNoticeToTheInvitedCadresWithTheirUnits() {
        PaperworkFixture.ofScheduledMeeting().fixture
                .givenNoPriorActivity()
                .when(new IssueMeetingNotice(MEETING, "  请准时参会 "), staffOf(ORGANISER))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(PAPERWORK)
                .expectEvents(NOTICE);
    }

    @Test
    void messageIsRequired() {
        PaperworkFixture.ofScheduledMeeting().fixture
                .givenNoPriorActivity()
                .when(new IssueMeetingNotice(MEETING, " "), staffOf(ORGANISER))
                .expectException(invalidField("message", "is required"))
                .expectNoEvents();
    }

    @Test
    void messageOverTwoThousandCharactersIsRefused() {
        PaperworkFixture.ofScheduledMeeting().fixture
                .givenNoPriorActivity()
                .when(new IssueMeetingNotice(MEETING, "通".repeat(2_001)), staffOf(ORGANISER))
                .expectException(invalidField("message", "must be at most 2000 characters"))
                .expectNoEvents();
    }

    @Test
    void staffOfAnotherUnitMayNotIssueTheNotice() {
        PaperworkFixture.ofScheduledMeeting().fixture
                .givenNoPriorActivity()
                .when(new IssueMeetingNotice(MEETING, "通知"), staffOf(UNIT_A))
                .expectException(Forbidden.class)
                .expectExceptionMessage("You act for unit " + UNIT_A + " and may not issue the notice of this meeting"
                                                + " for unit " + ORGANISER + ".")
                .expectNoEvents();
    }

    @Test
    void onlyStaffIssueNotices() {
        PaperworkFixture.ofScheduledMeeting().fixture
                .givenNoPriorActivity()
                .when(new IssueMeetingNotice(MEETING, "通知"), actor("office", ORGANISER, Roles.SUPERVISION_OFFICE))
                .expectException(Forbidden.class)
                .expectNoEvents();
    }

    @Test
    void unknownMeetingIsNotFound() {
        PaperworkFixture.ofScheduledMeeting().fixture
                .givenNoPriorActivity()
                .when(new IssueMeetingNotice("m-unknown", "通知"), staffOf(ORGANISER))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void secondNoticeIsRefusedAsAlreadyIssued() {
        PaperworkFixture.ofScheduledMeeting().fixture
                .given(NOTICE)
                .when(new IssueMeetingNotice(MEETING, "再次通知"), staffOf(ORGANISER))
                .expectException(AlreadyExists.class)
                .expectExceptionMessage("The notice of meeting m-1 was already issued; its paperwork is at "
                                                + "/api/meetings/m-1/paperwork.")
                .expectNoEvents();
    }

    @Test
    void invitedCadresMustBeRegistered() {
        MeetingScheduled withStranger =
                new MeetingScheduled(MEETING, ORGANISER, "会", "", MeetingKind.WORK, START, START.plusHours(1),
                                     "Room 1", List.of("a-1", "z-9"));
        new PaperworkFixture(withStranger).fixture
                .givenNoPriorActivity()
                .when(new IssueMeetingNotice(MEETING, "通知"), staffOf(ORGANISER))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("These invited cadres are not registered: z-9.")
                .expectNoEvents();
    }

    @Test
    void paperworkCommandsBeforeTheNoticeSayToIssueItFirst() {
        PaperworkFixture.ofScheduledMeeting().fixture
                .givenNoPriorActivity()
                .when(new CheckIn(MEETING, "a-1"), staffOf(UNIT_A))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("The notice of meeting m-1 has not been issued yet; its organiser issues "
                                                + "the notice first.")
                .expectNoEvents();
    }

    @Test
    void paperworkCommandsForAnUnknownMeetingAreNotFound() {
        PaperworkFixture.ofScheduledMeeting().fixture
                .givenNoPriorActivity()
                .when(new RecordPrintedMaterials("m-unknown", 10, 5), staffOf(ORGANISER))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
