package io.jianfu.command.meeting;

import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.Roles;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.meeting.AttendanceReceiptSubmitted;
import io.jianfu.events.meeting.MaterialRead;
import io.jianfu.events.meeting.MeetingMaterialUploaded;
import io.jianfu.events.meeting.PrintedMaterialsRecorded;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.jianfu.command.common.CommandTestSupport.actor;
import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.invalidFields;
import static io.jianfu.command.common.CommandTestSupport.staffOf;
import static io.jianfu.command.meeting.PaperworkFixture.MEETING;
import static io.jianfu.command.meeting.PaperworkFixture.NOTICE;
import static io.jianfu.command.meeting.PaperworkFixture.ORGANISER;
import static io.jianfu.command.meeting.PaperworkFixture.UNIT_A;
import static io.jianfu.command.meeting.PaperworkFixture.UNIT_B;
import static io.jianfu.events.meeting.AttendanceAnswer.DEPUTY;

/**
 * RecordPrintedMaterials (the organiser's paper, pages times copies) and RecordMaterialRead (the first read of a
 * material per cadre, or per STAFF user when no cadre is named).
 */
class PrintingAndReadingTest {
    private static final MeetingMaterialUploaded MATERIAL =
            new MeetingMaterialUploaded("mat-1", MEETING, "议程.pdf", "application/pdf", 9, "00".repeat(32));

    private final PaperworkFixture paperwork = PaperworkFixture.ofScheduledMeeting();

    @Test
    void theOrganiserRecordsPrintedPagesAndCopies() {
        paperwork.fixture.given(NOTICE)
                         .when(new RecordPrintedMaterials(MEETING, 12, 30), staffOf(ORGANISER))
                         .expectEvents(new PrintedMaterialsRecorded(MEETING, ORGANISER, 12, 30));
    }

    @Test
    void pagesAndCopiesArePositiveAndRequired() {
        paperwork.fixture.given(NOTICE)
                         .when(new RecordPrintedMaterials(MEETING, 0, null), staffOf(ORGANISER))
                         .expectException(invalidFields(Map.of("pages", "must be between 1 and 10000",
                                                               "copies", "is required")))
                         .expectNoEvents();
    }

    @Test
    void onlyTheOrganiserRecordsPrinting() {
        paperwork.fixture.given(NOTICE)
                         .when(new RecordPrintedMaterials(MEETING, 1, 1), staffOf(UNIT_A))
                         .expectException(Forbidden.class)
                         .expectExceptionMessage("You act for unit " + UNIT_A + " and may not record printing for this "
                                                         + "meeting for unit " + ORGANISER + ".")
                         .expectNoEvents();
    }

    @Test
    void aReadAsAnInvitedCadreIsRecordedForTheCadre() {
        paperwork.fixture.given(NOTICE, MATERIAL)
                         .when(new RecordMaterialRead(MEETING, "mat-1", "a-1"), staffOf(UNIT_A))
                         .expectEvents(new MaterialRead(MEETING, "mat-1", "a-1", "staff-" + UNIT_A, UNIT_A));
    }

    @Test
    void aReadAsADeputyIsRecordedForTheDeputy() {
        paperwork.fixture.given(NOTICE, MATERIAL,
                                new AttendanceReceiptSubmitted(MEETING, "a-1", UNIT_A, DEPUTY, null, "a-3"))
                         .when(new RecordMaterialRead(MEETING, "mat-1", "a-3"), staffOf(UNIT_A))
                         .expectEvents(new MaterialRead(MEETING, "mat-1", "a-3", "staff-" + UNIT_A, UNIT_A));
    }

    @Test
    void aReadWithoutACadreIsRecordedForTheStaffUser() {
        paperwork.fixture.given(NOTICE, MATERIAL)
                         .when(new RecordMaterialRead(MEETING, "mat-1", null), staffOf(UNIT_B))
                         .expectEvents(new MaterialRead(MEETING, "mat-1", null, "staff-" + UNIT_B, UNIT_B));
    }

    @Test
    void onlyTheFirstReadPerReaderIsRecorded() {
        paperwork.fixture.given(NOTICE, MATERIAL, new MaterialRead(MEETING, "mat-1", "a-1", "someone", UNIT_A))
                         .when(new RecordMaterialRead(MEETING, "mat-1", "a-1"), staffOf(UNIT_A))
                         .expectSuccessfulHandlerExecution()
                         .expectNoEvents();
    }

    @Test
    void auditorsReadWithoutLeavingATrace() {
        paperwork.fixture.given(NOTICE, MATERIAL)
                         .when(new RecordMaterialRead(MEETING, "mat-1", null), actor("auditor", "x", Roles.AUDITOR))
                         .expectSuccessfulHandlerExecution()
                         .expectNoEvents();
    }

    @Test
    void readingAsACadreOfAnotherUnitIsForbidden() {
        paperwork.fixture.given(NOTICE, MATERIAL)
                         .when(new RecordMaterialRead(MEETING, "mat-1", "b-1"), staffOf(UNIT_A))
                         .expectException(Forbidden.class)
                         .expectNoEvents();
    }

    @Test
    void readingAsAnUninvitedCadreIsRefused() {
        paperwork.fixture.given(NOTICE, MATERIAL)
                         .when(new RecordMaterialRead(MEETING, "mat-1", "a-4"), staffOf(UNIT_A))
                         .expectException(RuleViolation.class)
                         .expectExceptionMessage("Cadre a-4 is not invited to meeting m-1 and stands in for no invited "
                                                         + "cadre; read without naming them.")
                         .expectNoEvents();
    }

    @Test
    void readingAnUnknownMaterialIsRefused() {
        paperwork.fixture.given(NOTICE)
                         .when(new RecordMaterialRead(MEETING, "mat-9", null), staffOf(UNIT_A))
                         .expectException(RuleViolation.class)
                         .expectExceptionMessage("Meeting m-1 has no material mat-9.")
                         .expectNoEvents();
    }

    @Test
    void aMalformedCadreIdIsRefused() {
        paperwork.fixture.given(NOTICE, MATERIAL)
                         .when(new RecordMaterialRead(MEETING, "mat-1", "a 1"), staffOf(UNIT_A))
                         .expectException(invalidField("cadreId", "must be a cadre id"))
                         .expectNoEvents();
    }
}
