package io.jianfu.command.inspection;

import io.jianfu.command.common.Conflict;
import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.InvalidCommand;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.inspection.FindingPhotoKind;
import io.jianfu.events.inspection.InspectionBasis;
import io.jianfu.events.inspection.InspectionCleared;
import io.jianfu.events.inspection.InspectionFindingPhotoAdded;
import io.jianfu.events.inspection.InspectionFindingRecorded;
import io.jianfu.events.inspection.InspectionFindingRectified;
import io.jianfu.events.inspection.InspectionHalted;
import io.jianfu.events.inspection.InspectionRefused;
import io.jianfu.events.inspection.InspectionRejected;
import io.jianfu.events.inspection.InspectionRequested;
import io.jianfu.events.inspection.JointInspection;
import io.jianfu.events.inspection.MonthlyInspectionsConsolidated;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.staffOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Findings: who records them and on which inspections, the caps, photos with their content, rectification. */
class InspectionFindingDeskTest {
    static final String DEPT = "dept-env";
    static final String OTHER = "dept-fire";
    static final String STRANGER = "dept-tax";
    static final String TOWN = "town-1";
    static final String STREET = "street-1";
    static final LocalDate START = LocalDate.of(2031, 3, 10);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 9};
    static final String JPEG_SHA = FindingPhotos.sha256(JPEG);

    private AggregateTestFixture<InspectionFindings> fixture;
    private final Map<String, FindingPhotoStore.StoredPhoto> stored = new HashMap<>();
    private InMemoryAggregates<Inspection> inspections;
    private InMemoryAggregates<InspectionMonth> months;

    @BeforeEach
    void setUp() {
        // a fixture remembers the aggregate id of its first test step: tests on several inspections call setUp again
        fixture = new AggregateTestFixture<>(InspectionFindings.class);
        inspections = new InMemoryAggregates<>(Inspection.class)
                .with("i-1", requested("i-1", DEPT, InspectionBasis.PLAN), cleared("i-1", InspectionBasis.PLAN))
                .with("i-pending", requested("i-pending", DEPT, InspectionBasis.SINGLE))
                .with("i-rejected", requested("i-rejected", DEPT, InspectionBasis.SINGLE),
                      new InspectionRejected("i-rejected", "重复"))
                .with("i-halted", requested("i-halted", DEPT, InspectionBasis.EMERGENCY),
                      cleared("i-halted", InspectionBasis.EMERGENCY),
                      new InspectionHalted("i-halted", DEPT, "未报备", "停止"))
                .with("i-refused", requested("i-refused", DEPT, InspectionBasis.SINGLE),
                      cleared("i-refused", InspectionBasis.SINGLE),
                      new InspectionRefused("i-refused", TOWN, DEPT, "不在清单"))
                .with("i-joint", requested("i-joint", DEPT, InspectionBasis.SINGLE),
                      cleared("i-joint", InspectionBasis.SINGLE));
        months = new InMemoryAggregates<>(InspectionMonth.class).with(
                InspectionMonths.idOf(START),
                new MonthlyInspectionsConsolidated(InspectionMonths.idOf(START), "2031-03", List.of(
                        new JointInspection("joint-2031-03-r1-J1", "大气检查暨消防检查", DEPT,
                                            List.of("i-joint", "i-fire"), List.of(DEPT, OTHER), List.of(TOWN, STREET),
                                            START, START, List.of()))));
        FindingPhotoStore store = new FindingPhotoStore() {
            @Override
            public void save(StoredPhoto photo) {
                stored.put(photo.photoId(), photo);
            }

            @Override
            public Optional<StoredPhoto> find(String inspectionId, String findingId, String photoId) {
                return Optional.ofNullable(stored.get(photoId));
            }
        };
        fixture.registerAnnotatedCommandHandler(new InspectionFindingDesk(inspections.repository(),
                                                                          months.repository(),
                                                                          fixture.getRepository(), store,
                                                                          new FindingLimits(100, 2, 3)));
    }

    static InspectionRequested requested(String id, String department, InspectionBasis basis) {
        return new InspectionRequested(id, department, "大气检查", "环保", List.of(TOWN, STREET), START, START, basis,
                                       basis == InspectionBasis.PLAN ? "item-1" : null,
                                       basis == InspectionBasis.EMERGENCY ? "安全生产" : null);
    }

    static InspectionCleared cleared(String id, InspectionBasis basis) {
        return new InspectionCleared(id, basis, "2031-03");
    }

    static InspectionFindingRecorded recorded(String inspectionId, String findingId, String department) {
        return new InspectionFindingRecorded(inspectionId, findingId, "2031-03", DEPT, department, TOWN, "台账缺失",
                                             "台账");
    }

    static RecordInspectionFinding record(String inspectionId, String findingId) {
        return new RecordInspectionFinding(inspectionId, findingId, null, " " + TOWN + " ", " 台账缺失 ", " 台账 ");
    }

    static AddFindingPhoto photo(String photoId, FindingPhotoKind kind, byte[] content) {
        return new AddFindingPhoto("i-1", "f-1", photoId, kind, "image/jpeg", null, content);
    }

    static InspectionFindingPhotoAdded photoAdded(String photoId, FindingPhotoKind kind, String unit) {
        return new InspectionFindingPhotoAdded("i-1", "f-1", photoId, kind, "image/jpeg", JPEG.length, JPEG_SHA, null,
                                               unit);
    }

    @Test
    void theInspectingDepartmentRecordsAFindingAgainstATarget() {
        fixture.givenNoPriorActivity()
               .when(record("i-1", "f-1"), staffOf(DEPT))
               .expectEvents(recorded("i-1", "f-1", DEPT))
               .expectResultMessagePayload(new RecordInspectionFinding.Result("f-1", true));
    }

    @Test
    void theSameFindingAgainIsAnsweredWithoutRecordingItTwice() {
        fixture.given(recorded("i-1", "f-1", DEPT))
               .when(record("i-1", "f-1"), staffOf(DEPT))
               .expectNoEvents()
               .expectResultMessagePayload(new RecordInspectionFinding.Result("f-1", false));
        fixture.given(recorded("i-1", "f-1", DEPT))
               .when(new RecordInspectionFinding("i-1", "f-1", null, TOWN, "另一个问题", null), staffOf(DEPT))
               .expectException(Conflict.class).expectNoEvents();
    }

    @Test
    void onlyTheInspectingDepartmentsRecord() {
        fixture.givenNoPriorActivity()
               .when(record("i-1", "f-1"), staffOf(OTHER))
               .expectException(Forbidden.class).expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(new RecordInspectionFinding("i-1", "f-1", DEPT, TOWN, "台账缺失", null), staffOf(TOWN))
               .expectException(Forbidden.class).expectNoEvents();
    }

    @Test
    void aMemberOfAJointInspectionRecordsOnAnotherMembersInspection() {
        fixture.givenNoPriorActivity()
               .when(record("i-joint", "f-1"), staffOf(OTHER))
               .expectEvents(new InspectionFindingRecorded("i-joint", "f-1", "2031-03", DEPT, OTHER, TOWN, "台账缺失",
                                                           "台账"));
    }

    @Test
    void aDepartmentOutsideTheJointInspectionIsRefused() {
        fixture.givenNoPriorActivity()
               .when(record("i-joint", "f-1"), staffOf(STRANGER))
               .expectException(Forbidden.class).expectNoEvents();
    }

    @Test
    void onlyAClearedInspectionTakesFindings() {
        for (String id : List.of("i-pending", "i-rejected", "i-halted")) {
            setUp();
            fixture.givenNoPriorActivity()
                   .when(record(id, "f-1"), staffOf(DEPT))
                   .expectException(RuleViolation.class).expectNoEvents();
        }
    }

    @Test
    void aFindingNamesATargetThatDidNotRefuseTheInspection() {
        fixture.givenNoPriorActivity()
               .when(new RecordInspectionFinding("i-1", "f-1", null, "village-9", "问题", null), staffOf(DEPT))
               .expectException(RuleViolation.class).expectNoEvents();
        setUp();
        fixture.givenNoPriorActivity()
               .when(record("i-refused", "f-1"), staffOf(DEPT))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void anInspectionTakesAtMostTheConfiguredFindings() {
        fixture.given(recorded("i-1", "f-1", DEPT), recorded("i-1", "f-2", DEPT), recorded("i-1", "f-3", DEPT))
               .when(record("i-1", "f-4"), staffOf(DEPT))
               .expectException(RuleViolation.class)
               .expectExceptionMessage(org.hamcrest.Matchers.containsString("the most allowed (3)"))
               .expectNoEvents();
    }

    @Test
    void badFieldsAreRefusedBeforeAnythingIsRead() {
        fixture.givenNoPriorActivity()
               .when(new RecordInspectionFinding("i-1", "f-1", null, TOWN, " ", null), staffOf(DEPT))
               .expectException(InvalidCommand.class).expectException(invalidField("problem", "is required"))
               .expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(new RecordInspectionFinding("i-1", "f/1", null, TOWN, "问题", null), staffOf(DEPT))
               .expectException(InvalidCommand.class).expectNoEvents();
        setUp();
        fixture.givenNoPriorActivity()
               .when(new RecordInspectionFinding("no-such", "f-1", null, TOWN, "问题", null), staffOf(DEPT))
               .expectException(AggregateNotFoundException.class).expectNoEvents();
    }

    @Test
    void aProblemPhotoIsStoredWithItsDigestAndTheEventCarriesOnlyMetadata() {
        OffsetDateTime taken = OffsetDateTime.parse("2031-03-10T09:30:00+08:00");
        fixture.given(recorded("i-1", "f-1", DEPT))
               .when(new AddFindingPhoto("i-1", "f-1", "p-1", null, "image/jpeg; q=1", taken, JPEG), staffOf(DEPT))
               .expectEvents(new InspectionFindingPhotoAdded("i-1", "f-1", "p-1", FindingPhotoKind.PROBLEM,
                                                             "image/jpeg", JPEG.length, JPEG_SHA, taken, DEPT))
               .expectResultMessagePayload(new AddFindingPhoto.Result("p-1", JPEG_SHA, JPEG.length, true));
        assertThat(stored.get("p-1").content()).isEqualTo(JPEG);
        assertThat(stored.get("p-1").sha256()).isEqualTo(JPEG_SHA);
    }

    @Test
    void theSamePhotoAgainIsNotStoredTwiceAndAnotherUnderItsIdIsAConflict() {
        fixture.given(recorded("i-1", "f-1", DEPT), photoAdded("p-1", FindingPhotoKind.PROBLEM, DEPT))
               .when(photo("p-1", null, JPEG), staffOf(DEPT))
               .expectNoEvents()
               .expectResultMessagePayload(new AddFindingPhoto.Result("p-1", JPEG_SHA, JPEG.length, false));
        fixture.given(recorded("i-1", "f-1", DEPT), photoAdded("p-1", FindingPhotoKind.PROBLEM, DEPT))
               .when(new AddFindingPhoto("i-1", "f-1", "p-1", null, "image/png", null, PNG), staffOf(DEPT))
               .expectException(Conflict.class).expectNoEvents();
        assertThat(stored).isEmpty();
    }

    @Test
    void photosMustBeJpegOrPngAndWithinTheSizeLimit() {
        fixture.given(recorded("i-1", "f-1", DEPT))
               .when(new AddFindingPhoto("i-1", "f-1", "p-1", null, "image/jpeg", null, PNG), staffOf(DEPT))
               .expectException(invalidField("content", "is not a JPEG image")).expectNoEvents();
        fixture.given(recorded("i-1", "f-1", DEPT))
               .when(new AddFindingPhoto("i-1", "f-1", "p-1", null, "application/pdf", null, JPEG), staffOf(DEPT))
               .expectException(invalidField("contentType", "must be image/jpeg or image/png")).expectNoEvents();
        fixture.given(recorded("i-1", "f-1", DEPT))
               .when(photo("p-1", null, new byte[0]), staffOf(DEPT))
               .expectException(invalidField("content", "must not be empty")).expectNoEvents();
        byte[] big = new byte[101];
        System.arraycopy(JPEG, 0, big, 0, JPEG.length);
        fixture.given(recorded("i-1", "f-1", DEPT))
               .when(photo("p-1", null, big), staffOf(DEPT))
               .expectException(PhotoTooLarge.class).expectNoEvents();
        assertThat(stored).isEmpty();
    }

    @Test
    void anInspectionTakesAtMostTheConfiguredProblemPhotos() {
        fixture.given(recorded("i-1", "f-1", DEPT), photoAdded("p-1", FindingPhotoKind.PROBLEM, DEPT),
                      photoAdded("p-2", FindingPhotoKind.PROBLEM, DEPT))
               .when(photo("p-3", FindingPhotoKind.PROBLEM, JPEG), staffOf(DEPT))
               .expectException(RuleViolation.class)
               .expectExceptionMessage(org.hamcrest.Matchers.containsString("the most allowed (2)"))
               .expectNoEvents();
        // evidence photos do not count against the inspectors' cap
        fixture.given(recorded("i-1", "f-1", DEPT), photoAdded("p-1", FindingPhotoKind.PROBLEM, DEPT),
                      photoAdded("p-2", FindingPhotoKind.PROBLEM, DEPT))
               .when(photo("e-1", FindingPhotoKind.EVIDENCE, JPEG), staffOf(TOWN))
               .expectEvents(photoAdded("e-1", FindingPhotoKind.EVIDENCE, TOWN));
        assertThat(stored).containsOnlyKeys("e-1");
    }

    @Test
    void problemPhotosAreTheRecordersAndEvidenceIsTheTargetsAndUnknownFindingsAreNotFound() {
        fixture.given(recorded("i-1", "f-1", DEPT))
               .when(photo("p-1", FindingPhotoKind.PROBLEM, JPEG), staffOf(TOWN))
               .expectException(Forbidden.class).expectNoEvents();
        fixture.given(recorded("i-1", "f-1", DEPT))
               .when(photo("p-1", FindingPhotoKind.EVIDENCE, JPEG), staffOf(DEPT))
               .expectException(Forbidden.class).expectNoEvents();
        fixture.given(recorded("i-1", "f-1", DEPT))
               .when(new AddFindingPhoto("i-1", "f-9", "p-1", null, "image/jpeg", null, JPEG), staffOf(DEPT))
               .expectException(AggregateNotFoundException.class).expectNoEvents();
    }

    @Test
    void theTargetUnitRectifiesOnce() {
        fixture.given(recorded("i-1", "f-1", DEPT))
               .when(new RectifyFinding("i-1", "f-1", " 已补齐台账 "), staffOf(TOWN))
               .expectEvents(new InspectionFindingRectified("i-1", "f-1", TOWN, "已补齐台账"));
        fixture.given(recorded("i-1", "f-1", DEPT), new InspectionFindingRectified("i-1", "f-1", TOWN, "已补齐"))
               .when(new RectifyFinding("i-1", "f-1", "再次"), staffOf(TOWN))
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(recorded("i-1", "f-1", DEPT), new InspectionFindingRectified("i-1", "f-1", TOWN, "已补齐"))
               .when(photo("e-1", FindingPhotoKind.EVIDENCE, JPEG), staffOf(TOWN))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void nobodyElseRectifiesAndEvidenceIsRequired() {
        fixture.given(recorded("i-1", "f-1", DEPT))
               .when(new RectifyFinding("i-1", "f-1", "已整改"), staffOf(STREET))
               .expectException(Forbidden.class).expectNoEvents();
        fixture.given(recorded("i-1", "f-1", DEPT))
               .when(new RectifyFinding("i-1", "f-1", "已整改"), staffOf(DEPT))
               .expectException(Forbidden.class).expectNoEvents();
        fixture.given(recorded("i-1", "f-1", DEPT))
               .when(new RectifyFinding("i-1", "f-1", ""), staffOf(TOWN))
               .expectException(invalidField("evidence", "is required")).expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(new RectifyFinding("i-1", "f-1", "已整改"), staffOf(TOWN))
               .expectException(AggregateNotFoundException.class).expectNoEvents();
    }
}
