package io.jianfu.command.meeting;

import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.meeting.AttendanceReceiptSubmitted;
import io.jianfu.events.meeting.CheckedIn;
import io.jianfu.events.meeting.SignInCodeIssued;
import org.junit.jupiter.api.Test;

import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.staffOf;
import static io.jianfu.command.meeting.PaperworkFixture.MEETING;
import static io.jianfu.command.meeting.PaperworkFixture.NOTICE;
import static io.jianfu.command.meeting.PaperworkFixture.ORGANISER;
import static io.jianfu.command.meeting.PaperworkFixture.UNIT_A;
import static io.jianfu.command.meeting.PaperworkFixture.UNIT_B;
import static io.jianfu.events.meeting.AttendanceAnswer.DEPUTY;
import static io.jianfu.events.meeting.CheckInMethod.BY_CODE;
import static io.jianfu.events.meeting.CheckInMethod.BY_UNIT;

/**
 * CheckIn, IssueSignInCode and CheckInWithCode: a cadre's own unit checks the cadre (or their deputy) in, directly or
 * with a one-time code the organiser issued; each seat checks in once and each code works once.
 */
class CheckInTest {
    private static final String CODE = "ABCDE23456";
    private static final String CODE_HASH = SignInCodes.hash(MEETING, CODE);
    private static final SignInCodeIssued CODE_ISSUED = new SignInCodeIssued(MEETING, CODE_HASH);
    private static final AttendanceReceiptSubmitted A1_SENDS_A3 =
            new AttendanceReceiptSubmitted(MEETING, "a-1", UNIT_A, DEPUTY, null, "a-3");

    private final PaperworkFixture paperwork = PaperworkFixture.ofScheduledMeeting();

    @Test
    void unitStaffCheckInAnInvitedCadre() {
        paperwork.fixture.given(NOTICE)
                         .when(new CheckIn(MEETING, "a-1"), staffOf(UNIT_A))
                         .expectEvents(new CheckedIn(MEETING, "a-1", BY_UNIT, null, null));
    }

    @Test
    void staffOfAnotherUnitMayNotCheckACadreIn() {
        paperwork.fixture.given(NOTICE)
                         .when(new CheckIn(MEETING, "a-1"), staffOf(UNIT_B))
                         .expectException(Forbidden.class)
                         .expectExceptionMessage("You act for unit " + UNIT_B + " and may not check in cadre a-1 for "
                                                         + "unit " + UNIT_A + ".")
                         .expectNoEvents();
    }

    @Test
    void anUninvitedCadreCannotCheckIn() {
        paperwork.fixture.given(NOTICE)
                         .when(new CheckIn(MEETING, "a-3"), staffOf(UNIT_A))
                         .expectException(RuleViolation.class)
                         .expectExceptionMessage("Cadre a-3 is not invited to meeting m-1 and stands in for no invited "
                                                         + "cadre, so cannot check in.")
                         .expectNoEvents();
    }

    @Test
    void aCadreChecksInOnce() {
        paperwork.fixture.given(NOTICE, new CheckedIn(MEETING, "a-1", BY_UNIT, null, null))
                         .when(new CheckIn(MEETING, "a-1"), staffOf(UNIT_A))
                         .expectException(RuleViolation.class)
                         .expectExceptionMessage("Cadre a-1 already checked in to meeting m-1; no second check-in is "
                                                         + "recorded.")
                         .expectNoEvents();
    }

    @Test
    void aNamedDeputyChecksInForTheInvitedCadre() {
        paperwork.fixture.given(NOTICE, A1_SENDS_A3)
                         .when(new CheckIn(MEETING, "a-3"), staffOf(UNIT_A))
                         .expectEvents(new CheckedIn(MEETING, "a-3", BY_UNIT, "a-1", null));
    }

    @Test
    void theInvitedCadreCannotCheckInAfterTheirDeputyDid() {
        paperwork.fixture.given(NOTICE, A1_SENDS_A3, new CheckedIn(MEETING, "a-3", BY_UNIT, "a-1", null))
                         .when(new CheckIn(MEETING, "a-1"), staffOf(UNIT_A))
                         .expectException(RuleViolation.class)
                         .expectExceptionMessage("Deputy a-3 already checked in for a-1 at meeting m-1; no second "
                                                         + "check-in is recorded.")
                         .expectNoEvents();
    }

    @Test
    void aMalformedCadreIdIsRefused() {
        paperwork.fixture.given(NOTICE)
                         .when(new CheckIn(MEETING, " "), staffOf(UNIT_A))
                         .expectException(invalidField("cadreId", "must be a cadre id"))
                         .expectNoEvents();
    }

    @Test
    void theOrganiserIssuesASignInCodeAndOnlyItsHashIsKept() {
        paperwork.nextCodes(CODE).fixture
                .given(NOTICE)
                .when(new IssueSignInCode(MEETING), staffOf(ORGANISER))
                .expectResultMessagePayload(CODE)
                .expectEvents(CODE_ISSUED);
    }

    @Test
    void onlyTheOrganiserIssuesSignInCodes() {
        paperwork.nextCodes(CODE).fixture
                .given(NOTICE)
                .when(new IssueSignInCode(MEETING), staffOf(UNIT_A))
                .expectException(Forbidden.class)
                .expectNoEvents();
    }

    @Test
    void unusedCodesAreLimitedToOnePerInvitedCadre() {
        paperwork.nextCodes("NEWCODE999").fixture
                .given(NOTICE, CODE_ISSUED, new SignInCodeIssued(MEETING, SignInCodes.hash(MEETING, "SECOND2222")),
                       new SignInCodeIssued(MEETING, SignInCodes.hash(MEETING, "THIRD33333")))
                .when(new IssueSignInCode(MEETING), staffOf(ORGANISER))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Meeting m-1 already has 3 unused sign-in codes, one for every invited cadre; "
                                                + "use those first.")
                .expectNoEvents();
    }

    @Test
    void aCadreChecksInWithACodeTypedInAnyCaseWithDashes() {
        paperwork.fixture.given(NOTICE, CODE_ISSUED)
                         .when(new CheckInWithCode(MEETING, "abcde-23456", "b-1"), staffOf(UNIT_B))
                         .expectEvents(new CheckedIn(MEETING, "b-1", BY_CODE, null, CODE_HASH));
    }

    @Test
    void aUsedCodeIsRefused() {
        paperwork.fixture.given(NOTICE, CODE_ISSUED, new CheckedIn(MEETING, "b-1", BY_CODE, null, CODE_HASH))
                         .when(new CheckInWithCode(MEETING, CODE, "a-1"), staffOf(UNIT_A))
                         .expectException(RuleViolation.class)
                         .expectExceptionMessage("This sign-in code was already used; ask the organiser for a new one.")
                         .expectNoEvents();
    }

    @Test
    void aWrongCodeIsRefused() {
        paperwork.fixture.given(NOTICE, CODE_ISSUED)
                         .when(new CheckInWithCode(MEETING, "WRONG23456", "a-1"), staffOf(UNIT_A))
                         .expectException(RuleViolation.class)
                         .expectExceptionMessage("This sign-in code is not valid for meeting m-1; check it or ask the "
                                                         + "organiser for a new one.")
                         .expectNoEvents();
    }

    @Test
    void aCodeOfAnotherMeetingIsNotValidHere() {
        paperwork.fixture.given(NOTICE, new SignInCodeIssued(MEETING, SignInCodes.hash("m-2", CODE)))
                         .when(new CheckInWithCode(MEETING, CODE, "a-1"), staffOf(UNIT_A))
                         .expectException(RuleViolation.class)
                         .expectNoEvents();
    }

    @Test
    void aCodeIsRequiredToCheckInWithOne() {
        paperwork.fixture.given(NOTICE, CODE_ISSUED)
                         .when(new CheckInWithCode(MEETING, "", "a-1"), staffOf(UNIT_A))
                         .expectException(invalidField("code", "is required"))
                         .expectNoEvents();
    }

    @Test
    void aCodeDoesNotLetAnotherUnitCheckACadreIn() {
        paperwork.fixture.given(NOTICE, CODE_ISSUED)
                         .when(new CheckInWithCode(MEETING, CODE, "a-1"), staffOf(UNIT_B))
                         .expectException(Forbidden.class)
                         .expectNoEvents();
    }

    @Test
    void aCodeDoesNotLetAnUninvitedCadreCheckIn() {
        paperwork.fixture.given(NOTICE, CODE_ISSUED)
                         .when(new CheckInWithCode(MEETING, CODE, "a-4"), staffOf(UNIT_A))
                         .expectException(RuleViolation.class)
                         .expectNoEvents();
    }
}
