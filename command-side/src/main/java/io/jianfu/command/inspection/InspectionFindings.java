package io.jianfu.command.inspection;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.Conflict;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.inspection.FindingPhotoKind;
import io.jianfu.events.inspection.InspectionFindingPhotoAdded;
import io.jianfu.events.inspection.InspectionFindingRecorded;
import io.jianfu.events.inspection.InspectionFindingRectified;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The findings of one inspection (id {@code findings:<inspectionId>}), with their photos: one aggregate per
 * inspection so that the caps on findings and problem photos per inspection hold under concurrent uploads.
 * {@link InspectionFindingDesk} checks the inspection itself before a finding is recorded.
 */
@Aggregate
public class InspectionFindings {
    private static final String ID_PREFIX = "findings:";

    @AggregateIdentifier
    private String findingsId;
    private String inspectionId;
    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private final Map<String, InspectionFindingPhotoAdded> photos = new HashMap<>();
    private int problemPhotos;

    protected InspectionFindings() {
    }

    /** ':' is not allowed in client ids, so no inspection or other aggregate can take this id first. */
    static String idFor(String inspectionId) {
        return ID_PREFIX + inspectionId;
    }

    InspectionFindingRecorded earlier(String findingId) {
        Finding finding = findings.get(findingId);
        return finding == null ? null : finding.recorded();
    }

    void record(InspectionFindingRecorded recorded, FindingLimits limits) {
        if (findings.size() >= limits.maxFindingsPerInspection()) {
            throw new RuleViolation("Inspection " + recorded.inspectionId() + " already has " + findings.size()
                    + " findings, the most allowed (" + limits.maxFindingsPerInspection() + "); record only"
                    + " prominent problems, or add to an existing finding.");
        }
        apply(recorded);
    }

    /** A retried upload (the very same photo under the same id) is answered with {@code created} false. */
    AddFindingPhoto.Result addPhoto(AddFindingPhoto command, FindingPhotoKind kind, Actor actor,
                                    FindingLimits limits) {
        Finding finding = finding(command.findingId());
        byte[] content = command.content();
        if (kind == FindingPhotoKind.PROBLEM) {
            actor.requireActsFor(finding.recorded().departmentCode(), "add problem photos to this finding");
        } else {
            actor.requireActsFor(finding.recorded().targetUnitCode(), "add rectification evidence to this finding");
        }
        if (content.length > limits.photoMaxBytes()) {
            throw new PhotoTooLarge(limits.refusal(content.length), limits.photoMaxBytes());
        }
        String sha256 = FindingPhotos.sha256(content);
        InspectionFindingPhotoAdded before = photos.get(command.photoId());
        if (before != null) {
            if (before.sha256().equals(sha256) && before.findingId().equals(command.findingId())) {
                return new AddFindingPhoto.Result(before.photoId(), sha256, before.size(), false);
            }
            throw new Conflict("Photo " + command.photoId() + " of inspection " + inspectionId
                    + " already holds another image; upload this one without that id.");
        }
        if (finding.rectified()) {
            throw new RuleViolation("Finding " + command.findingId() + " is already rectified; it takes no more photos.");
        }
        if (kind == FindingPhotoKind.PROBLEM && problemPhotos >= limits.maxPhotosPerInspection()) {
            throw new RuleViolation("Inspection " + inspectionId + " already has " + problemPhotos
                    + " problem photos, the most allowed (" + limits.maxPhotosPerInspection() + "); photograph only"
                    + " prominent problems (a visit used to send 300–500 photos of trivia).");
        }
        if (kind == FindingPhotoKind.EVIDENCE && finding.evidencePhotos() >= FindingLimits.EVIDENCE_PHOTOS_PER_FINDING) {
            throw new RuleViolation("Finding " + command.findingId() + " already has "
                    + FindingLimits.EVIDENCE_PHOTOS_PER_FINDING + " evidence photos, the most allowed.");
        }
        apply(new InspectionFindingPhotoAdded(inspectionId, command.findingId(), command.photoId(), kind,
                                              FindingPhotos.mediaType(command.contentType()), content.length, sha256,
                                              command.takenAt(), actor.unitCode()));
        return new AddFindingPhoto.Result(command.photoId(), sha256, content.length, true);
    }

    void rectify(RectifyFinding command, Actor actor) {
        Finding finding = finding(command.findingId());
        actor.requireActsFor(finding.recorded().targetUnitCode(), "rectify this finding");
        if (finding.rectified()) {
            throw new RuleViolation("Finding " + command.findingId() + " is already rectified.");
        }
        apply(new InspectionFindingRectified(inspectionId, command.findingId(), finding.recorded().targetUnitCode(),
                                             command.evidence().strip()));
    }

    private Finding finding(String findingId) {
        Finding finding = findings.get(findingId);
        if (finding == null) {
            throw new AggregateNotFoundException(String.valueOf(findingId),
                                                 "Inspection " + inspectionId + " has no finding " + findingId + ".");
        }
        return finding;
    }

    @EventSourcingHandler
    void on(InspectionFindingRecorded event) {
        findingsId = idFor(event.inspectionId());
        inspectionId = event.inspectionId();
        findings.put(event.findingId(), new Finding(event, 0, false));
    }

    @EventSourcingHandler
    void on(InspectionFindingPhotoAdded event) {
        photos.put(event.photoId(), event);
        if (event.kind() == FindingPhotoKind.PROBLEM) {
            problemPhotos++;
        } else {
            findings.computeIfPresent(event.findingId(), (id, finding) -> finding.withEvidencePhoto());
        }
    }

    @EventSourcingHandler
    void on(InspectionFindingRectified event) {
        findings.computeIfPresent(event.findingId(), (id, finding) -> finding.rectifiedNow());
    }

    private record Finding(InspectionFindingRecorded recorded, int evidencePhotos, boolean rectified) {
        Finding withEvidencePhoto() {
            return new Finding(recorded, evidencePhotos + 1, rectified);
        }

        Finding rectifiedNow() {
            return new Finding(recorded, evidencePhotos, true);
        }
    }
}
