package io.jianfu.command.meeting;

import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.meeting.AttendanceReceiptSubmitted;
import io.jianfu.events.meeting.CheckInMethod;
import io.jianfu.events.meeting.CheckedIn;
import org.junit.jupiter.api.Test;

import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.staffOf;
import static io.jianfu.command.meeting.PaperworkFixture.MEETING;
import static io.jianfu.command.meeting.PaperworkFixture.NOTICE;
import static io.jianfu.command.meeting.PaperworkFixture.ORGANISER;
import static io.jianfu.command.meeting.PaperworkFixture.UNIT_A;
import static io.jianfu.command.meeting.PaperworkFixture.UNIT_B;
import static io.jianfu.events.meeting.AttendanceAnswer.ABSENT;
import static io.jianfu.events.meeting.AttendanceAnswer.ATTENDING;
import static io.jianfu.events.meeting.AttendanceAnswer.DEPUTY;

/** SubmitAttendanceReceipt: the staff of an invited cadre's unit answer the notice for that cadre. */
class AttendanceReceiptTest {
    private final PaperworkFixture paperwork = PaperworkFixture.ofScheduledMeeting();

    private static SubmitAttendanceReceipt receipt(String cadreId, io.jianfu.events.meeting.AttendanceAnswer answer,
                                                   String reason, String deputy) {
        return new SubmitAttendanceReceipt(MEETING, cadreId, answer, reason, deputy);
    }

    @Test
    void unitStaffAnswerAttending() {
        paperwork.fixture.given(NOTICE)
                         .when(receipt("a-1", ATTENDING, null, null), staffOf(UNIT_A))
                         .expectEvents(new AttendanceReceiptSubmitted(MEETING, "a-1", UNIT_A, ATTENDING, null, null));
    }

    @Test
    void absentNeedsAReason() {
        paperwork.fixture.given(NOTICE)
                         .when(receipt("a-1", ABSENT, "  ", null), staffOf(UNIT_A))
                         .expectException(invalidField("reason", "is required"))
                         .expectNoEvents();
    }

    @Test
    void absentWithAReasonIsRecordedStripped() {
        paperwork.fixture.given(NOTICE)
                         .when(receipt("a-1", ABSENT, " 防汛值班 ", null), staffOf(UNIT_A))
                         .expectEvents(new AttendanceReceiptSubmitted(MEETING, "a-1", UNIT_A, ABSENT, "防汛值班", null));
    }

    @Test
    void aDeputyOfTheSameUnitMayBeSent() {
        paperwork.fixture.given(NOTICE)
                         .when(receipt("a-1", DEPUTY, null, "a-3"), staffOf(UNIT_A))
                         .expectEvents(new AttendanceReceiptSubmitted(MEETING, "a-1", UNIT_A, DEPUTY, null, "a-3"));
    }

    @Test
    void deputyAnswerNeedsTheDeputy() {
        paperwork.fixture.given(NOTICE)
                         .when(receipt("a-1", DEPUTY, null, null), staffOf(UNIT_A))
                         .expectException(invalidField("deputyCadreId", "must be a cadre id when the answer is DEPUTY"))
                         .expectNoEvents();
    }

    @Test
    void aCadreCannotBeTheirOwnDeputy() {
        paperwork.fixture.given(NOTICE)
                         .when(receipt("a-1", DEPUTY, null, "a-1"), staffOf(UNIT_A))
                         .expectException(invalidField("deputyCadreId", "must name another cadre than cadreId"))
                         .expectNoEvents();
    }

    @Test
    void attendingTakesNoReasonAndAbsentNoDeputy() {
        paperwork.fixture.given(NOTICE)
                         .when(receipt("a-1", ATTENDING, "why not", null), staffOf(UNIT_A))
                         .expectException(invalidField("reason", "is given only when the answer is ABSENT or DEPUTY"));
        paperwork.fixture.given(NOTICE)
                         .when(receipt("a-1", ABSENT, "ill", "a-3"), staffOf(UNIT_A))
                         .expectException(invalidField("deputyCadreId", "is given only when the answer is DEPUTY"));
    }

    @Test
    void anAnswerIsRequired() {
        paperwork.fixture.given(NOTICE)
                         .when(receipt("a-1", null, null, null), staffOf(UNIT_A))
                         .expectException(invalidField("answer", "is required"))
                         .expectNoEvents();
    }

    @Test
    void aDeputyFromAnotherUnitIsRefused() {
        paperwork.fixture.given(NOTICE)
                         .when(receipt("a-1", DEPUTY, null, "b-2"), staffOf(UNIT_A))
                         .expectException(RuleViolation.class)
                         .expectExceptionMessage("A deputy comes from the cadre's own unit " + UNIT_A + "; b-2 belongs "
                                                         + "to " + UNIT_B + ".")
                         .expectNoEvents();
    }

    @Test
    void anUnregisteredDeputyIsRefused() {
        paperwork.fixture.given(NOTICE)
                         .when(receipt("a-1", DEPUTY, null, "ghost"), staffOf(UNIT_A))
                         .expectException(RuleViolation.class)
                         .expectExceptionMessage("Deputy ghost is not a registered cadre.")
                         .expectNoEvents();
    }

    @Test
    void anInvitedCadreCannotAlsoBeADeputy() {
        paperwork.fixture.given(NOTICE)
                         .when(receipt("a-1", DEPUTY, null, "a-2"), staffOf(UNIT_A))
                         .expectException(RuleViolation.class)
                         .expectExceptionMessage("Cadre a-2 is invited to meeting m-1 in their own right and cannot "
                                                         + "also stand in for a-1.")
                         .expectNoEvents();
    }

    @Test
    void aDeputyStandsInForOneCadreOnly() {
        paperwork.fixture.given(NOTICE, new AttendanceReceiptSubmitted(MEETING, "a-1", UNIT_A, DEPUTY, null, "a-3"))
                         .when(receipt("a-2", DEPUTY, null, "a-3"), staffOf(UNIT_A))
                         .expectException(RuleViolation.class)
                         .expectExceptionMessage("Cadre a-3 already stands in for a-1 at meeting m-1; name another "
                                                         + "deputy.")
                         .expectNoEvents();
    }

    @Test
    void staffOfAnotherUnitMayNotAnswerForACadre() {
        paperwork.fixture.given(NOTICE)
                         .when(receipt("a-1", ATTENDING, null, null), staffOf(UNIT_B))
                         .expectException(Forbidden.class)
                         .expectExceptionMessage("You act for unit " + UNIT_B + " and may not answer the notice for "
                                                         + "cadre a-1 for unit " + UNIT_A + ".")
                         .expectNoEvents();
    }

    @Test
    void theOrganiserMayNotAnswerForAnAttendee() {
        paperwork.fixture.given(NOTICE)
                         .when(receipt("b-1", ATTENDING, null, null), staffOf(ORGANISER))
                         .expectException(Forbidden.class)
                         .expectNoEvents();
    }

    @Test
    void anUninvitedCadreCannotAnswer() {
        paperwork.fixture.given(NOTICE)
                         .when(receipt("a-3", ATTENDING, null, null), staffOf(UNIT_A))
                         .expectException(RuleViolation.class)
                         .expectExceptionMessage("Cadre a-3 is not invited to meeting m-1; only invited cadres answer "
                                                         + "its notice.")
                         .expectNoEvents();
    }

    @Test
    void anUnregisteredCadreCannotAnswer() {
        paperwork.fixture.given(NOTICE)
                         .when(receipt("nobody", ATTENDING, null, null), staffOf(UNIT_A))
                         .expectException(RuleViolation.class)
                         .expectExceptionMessage("Cadre nobody is not registered.")
                         .expectNoEvents();
    }

    @Test
    void theSameAnswerAgainChangesNothingAndADifferentOneReplacesIt() {
        AttendanceReceiptSubmitted attending = new AttendanceReceiptSubmitted(MEETING, "a-1", UNIT_A, ATTENDING,
                                                                              null, null);
        paperwork.fixture.given(NOTICE, attending)
                         .when(receipt("a-1", ATTENDING, null, null), staffOf(UNIT_A))
                         .expectSuccessfulHandlerExecution()
                         .expectNoEvents();
        paperwork.fixture.given(NOTICE, attending)
                         .when(receipt("a-1", ABSENT, "出差", null), staffOf(UNIT_A))
                         .expectEvents(new AttendanceReceiptSubmitted(MEETING, "a-1", UNIT_A, ABSENT, "出差", null));
    }

    @Test
    void theReceiptIsFixedOnceTheCadreCheckedIn() {
        paperwork.fixture.given(NOTICE, new CheckedIn(MEETING, "a-1", CheckInMethod.BY_UNIT, null, null))
                         .when(receipt("a-1", ABSENT, "临时有事", null), staffOf(UNIT_A))
                         .expectException(RuleViolation.class)
                         .expectExceptionMessage("Cadre a-1 already checked in to meeting m-1; the receipt can no "
                                                         + "longer change.")
                         .expectNoEvents();
    }
}
