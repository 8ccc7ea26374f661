package io.jianfu.command.meeting;

import io.jianfu.command.common.Conflict;
import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.meeting.MeetingMaterialUploaded;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.invalidFields;
import static io.jianfu.command.common.CommandTestSupport.staffOf;
import static io.jianfu.command.meeting.PaperworkFixture.MEETING;
import static io.jianfu.command.meeting.PaperworkFixture.NOTICE;
import static io.jianfu.command.meeting.PaperworkFixture.ORGANISER;
import static io.jianfu.command.meeting.PaperworkFixture.UNIT_A;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * UploadMeetingMaterial: the organiser's staff upload files up to the size limit (16 bytes in this fixture); the
 * event carries name, type, size and SHA-256, the content goes to the material store.
 */
class MeetingMaterialTest {
    private static final byte[] AGENDA = "agenda v1".getBytes(StandardCharsets.UTF_8);
    /** SHA-256 of "agenda v1", as sha256sum prints it. */
    private static final String AGENDA_SHA = "e85ea0bbc2bc0cde0ddd40ed1f824324a088a7d4a66de3eff5c0d707d5c9fae1";
    private static final MeetingMaterialUploaded UPLOADED =
            new MeetingMaterialUploaded("mat-1", MEETING, "议程.pdf", "application/pdf", AGENDA.length, AGENDA_SHA);

    private final PaperworkFixture paperwork = PaperworkFixture.ofScheduledMeeting();

    private static UploadMeetingMaterial upload(String materialId, String name, String type, byte[] content) {
        return new UploadMeetingMaterial(MEETING, materialId, name, type, content);
    }

    @Test
    void organiserStaffUploadAMaterialAndItsContentIsStored() {
        paperwork.fixture.given(NOTICE)
                         .when(upload("mat-1", " 议程.pdf ", "application/pdf", AGENDA), staffOf(ORGANISER))
                         .expectSuccessfulHandlerExecution()
                         .expectResultMessagePayload(new UploadMeetingMaterial.Result("mat-1", AGENDA_SHA,
                                                                                      AGENDA.length, true))
                         .expectEvents(UPLOADED);
        MaterialStore.StoredMaterial stored = paperwork.store.find(MEETING, "mat-1").orElseThrow();
        assertThat(stored.content()).isEqualTo(AGENDA);
        assertThat(stored.fileName()).isEqualTo("议程.pdf");
        assertThat(stored.sha256()).isEqualTo(AGENDA_SHA);
    }

    @Test
    void theSameFileUploadedAgainUnderItsIdIsAcceptedWithoutStoringIt() {
        paperwork.fixture.given(NOTICE, UPLOADED)
                         .when(upload("mat-1", "议程.pdf", "application/pdf", AGENDA), staffOf(ORGANISER))
                         .expectSuccessfulHandlerExecution()
                         .expectResultMessagePayload(new UploadMeetingMaterial.Result("mat-1", AGENDA_SHA,
                                                                                      AGENDA.length, false))
                         .expectNoEvents();
        assertThat(paperwork.store.saved).isEmpty();
    }

    @Test
    void anotherFileUnderATakenIdIsAConflict() {
        paperwork.fixture.given(NOTICE, UPLOADED)
                         .when(upload("mat-1", "议程.pdf", "application/pdf", "agenda v2".getBytes()),
                               staffOf(ORGANISER))
                         .expectException(Conflict.class)
                         .expectExceptionMessage("Material mat-1 of meeting m-1 already holds another file; upload "
                                                         + "this one without that id.")
                         .expectNoEvents();
    }

    @Test
    void aMaterialOverTheLimitIsRefusedAsTooLargeAndNothingIsStored() {
        paperwork.fixture.given(NOTICE)
                         .when(upload("mat-1", "big.pdf", "application/pdf", new byte[17]), staffOf(ORGANISER))
                         .expectException(MaterialTooLarge.class)
                         .expectExceptionMessage("A meeting material may be at most 16 bytes (16 bytes); this one is "
                                                         + "17 bytes. Split or compress it and upload again.")
                         .expectNoEvents();
        assertThat(paperwork.store.saved).isEmpty();
    }

    @Test
    void aMaterialOfExactlyTheLimitIsAccepted() {
        paperwork.fixture.given(NOTICE)
                         .when(upload("mat-1", "full.bin", "application/octet-stream", new byte[16]),
                               staffOf(ORGANISER))
                         .expectSuccessfulHandlerExecution();
        assertThat(paperwork.store.saved).hasSize(1);
    }

    @Test
    void missingNameTypeAndContentAreNamed() {
        paperwork.fixture.given(NOTICE)
                         .when(upload("mat-1", null, null, new byte[0]), staffOf(ORGANISER))
                         .expectException(invalidFields(Map.of("fileName", "is required",
                                                               "contentType", "is required",
                                                               "content", "must not be empty")))
                         .expectNoEvents();
    }

    @Test
    void aFileNameWithAPathIsRefused() {
        paperwork.fixture.given(NOTICE)
                         .when(upload("mat-1", "../etc/passwd", "text/plain", AGENDA), staffOf(ORGANISER))
                         .expectException(invalidField("fileName", "must not contain '/', '\\' or control characters"))
                         .expectNoEvents();
    }

    @Test
    void aContentTypeMustBeAMediaType() {
        paperwork.fixture.given(NOTICE)
                         .when(upload("mat-1", "a.pdf", "pdf please", AGENDA), staffOf(ORGANISER))
                         .expectException(invalidField("contentType", "must be a media type such as application/pdf"))
                         .expectNoEvents();
    }

    @Test
    void aMalformedMaterialIdIsRefused() {
        paperwork.fixture.given(NOTICE)
                         .when(upload("mat 1/..", "a.pdf", "application/pdf", AGENDA), staffOf(ORGANISER))
                         .expectException(invalidField("id", "must be 1 to 64 letters, digits, '.', '-' or '_'"))
                         .expectNoEvents();
    }

    @Test
    void staffOfAnAttendeesUnitMayNotUpload() {
        paperwork.fixture.given(NOTICE)
                         .when(upload("mat-1", "a.pdf", "application/pdf", AGENDA), staffOf(UNIT_A))
                         .expectException(Forbidden.class)
                         .expectExceptionMessage("You act for unit " + UNIT_A + " and may not upload materials for "
                                                         + "this meeting for unit " + ORGANISER + ".")
                         .expectNoEvents();
        assertThat(paperwork.store.saved).isEmpty();
    }

    @Test
    void aMeetingHoldsAtMostOneHundredMaterials() {
        List<Object> history = new ArrayList<>(List.of(NOTICE));
        for (int i = 0; i < MeetingPaperwork.MOST_MATERIALS; i++) {
            history.add(new MeetingMaterialUploaded("mat-" + i, MEETING, "f" + i, "text/plain", 1, AGENDA_SHA));
        }
        paperwork.fixture.given(history)
                         .when(upload("mat-extra", "a.pdf", "application/pdf", AGENDA), staffOf(ORGANISER))
                         .expectException(RuleViolation.class)
                         .expectExceptionMessage("Meeting m-1 already has 100 materials, the most allowed; combine "
                                                         + "some of them.")
                         .expectNoEvents();
    }
}
