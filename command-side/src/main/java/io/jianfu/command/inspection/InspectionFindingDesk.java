package io.jianfu.command.inspection;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.Check;
import io.jianfu.command.common.Conflict;
import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.Ids;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.inspection.FindingPhotoKind;
import io.jianfu.events.inspection.InspectionFindingRecorded;
import io.jianfu.events.inspection.InspectionRequested;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import static io.jianfu.command.inspection.InspectionChecks.strip;

/**
 * Findings of inspections (检查发现问题) and their rectification. Recording reads the {@link Inspection} (cleared,
 * target not refused) and its month (the members of its joint inspection); photos and rectification need only the
 * {@link InspectionFindings}. A photo's content is stored in the transaction of its event.
 */
@Component
public class InspectionFindingDesk {
    static final int PROBLEM_LENGTH = 2000;

    private final Repository<Inspection> inspections;
    private final Repository<InspectionMonth> months;
    private final Repository<InspectionFindings> findings;
    private final FindingPhotoStore photoStore;
    private final FindingLimits limits;

    public InspectionFindingDesk(Repository<Inspection> inspections, Repository<InspectionMonth> months,
                                 Repository<InspectionFindings> findings, FindingPhotoStore photoStore,
                                 FindingLimits limits) {
        this.inspections = inspections;
        this.months = months;
        this.findings = findings;
        this.photoStore = photoStore;
        this.limits = limits;
    }

    @CommandHandler
    public RecordInspectionFinding.Result handle(RecordInspectionFinding command, MetaData metaData) throws Exception {
        Check check = InspectionChecks.id(Check.fields(), "id", command.findingId())
                                      .required("targetUnitCode", command.targetUnitCode());
        InspectionChecks.text(check, "problem", command.problem(), PROBLEM_LENGTH)
                        .maxLength("category", strip(command.category()), 50)
                        .maxLength("departmentCode", strip(command.departmentCode()), 64)
                        .orThrow();
        Actor actor = Actor.from(metaData);
        String department = strip(command.departmentCode()) != null ? strip(command.departmentCode())
                : Objects.requireNonNullElse(actor.unitCode(), "");
        actor.requireActsFor(department, "record inspection findings");
        Aggregate<Inspection> inspection = loadInspection(command.inspectionId());
        InspectionRequested request = inspection.invoke(Inspection::request);
        InspectionFindingRecorded recorded = new InspectionFindingRecorded(
                request.inspectionId(), command.findingId(), YearMonth.from(request.windowStart()).toString(), request.departmentCode(),
                department, command.targetUnitCode().strip(), command.problem().strip(), strip(command.category()));
        Aggregate<InspectionFindings> existing = existingFindings(command.inspectionId());
        InspectionFindingRecorded earlier = existing == null ? null
                : existing.invoke(f -> f.earlier(command.findingId()));
        if (earlier != null) {
            if (earlier.equals(recorded)) {
                return new RecordInspectionFinding.Result(command.findingId(), false);
            }
            throw new Conflict("Finding " + command.findingId() + " of inspection " + command.inspectionId()
                    + " was recorded with other content; record this one under another id.");
        }
        requireInspecting(request, department);
        requireOpenFor(inspection, recorded.targetUnitCode());
        Aggregate<InspectionFindings> aggregate = existing != null ? existing
                : findings.loadOrCreate(InspectionFindings.idFor(command.inspectionId()), InspectionFindings::new);
        aggregate.execute(f -> f.record(recorded, limits));
        return new RecordInspectionFinding.Result(command.findingId(), true);
    }

    /** Stores the content in the same transaction as the event; a retried upload stores nothing again. */
    @CommandHandler
    public AddFindingPhoto.Result handle(AddFindingPhoto command, MetaData metaData) {
        FindingPhotos.check(command);
        FindingPhotoKind kind = command.kind() == null ? FindingPhotoKind.PROBLEM : command.kind();
        Actor actor = Actor.from(metaData);
        AddFindingPhoto.Result result = findingsOf(command.inspectionId()).invoke(
                f -> f.addPhoto(command, kind, actor, limits));
        if (result.created()) {
            photoStore.save(new FindingPhotoStore.StoredPhoto(command.inspectionId(), command.findingId(),
                                                              command.photoId(),
                                                              FindingPhotos.mediaType(command.contentType()),
                                                              result.sha256(), command.content()));
        }
        return result;
    }

    @CommandHandler
    public void handle(RectifyFinding command, MetaData metaData) {
        InspectionChecks.text(Check.fields(), "evidence", command.evidence(), PROBLEM_LENGTH).orThrow();
        Actor actor = Actor.from(metaData);
        findingsOf(command.inspectionId()).execute(f -> f.rectify(command, actor));
    }

    /** The inspection's own department, or for a joint inspection any member department, records findings. */
    private void requireInspecting(InspectionRequested request, String department) throws Exception {
        if (department.equals(request.departmentCode())) {
            return;
        }
        List<String> joint = List.of();
        try {
            joint = months.load(InspectionMonths.idOf(request.windowStart()))
                          .invoke(m -> m.jointDepartmentsOf(request.inspectionId()));
        } catch (AggregateNotFoundException noRegister) {
            // an inspection outside any register belongs to no joint inspection
        }
        if (!joint.contains(department)) {
            throw new Forbidden("Department " + department + " does not carry out inspection "
                    + request.inspectionId() + " (department " + request.departmentCode()
                    + (joint.isEmpty() ? "" : ", joint with " + joint) + ") and may not record its findings.");
        }
    }

    private static void requireOpenFor(Aggregate<Inspection> inspection, String targetUnit) {
        String inspectionId = inspection.invoke(Inspection::request).inspectionId();
        String status = inspection.invoke(Inspection::statusName);
        if (!inspection.invoke(Inspection::isCleared)) {
            throw new RuleViolation("Inspection " + inspectionId + " is " + status
                    + "; findings are recorded only on a cleared inspection.");
        }
        if (!inspection.invoke(Inspection::request).targetUnitCodes().contains(targetUnit)) {
            throw new RuleViolation("Inspection " + inspectionId + " does not inspect unit " + targetUnit + ".");
        }
        if (inspection.invoke(i -> i.wasRefusedBy(targetUnit))) {
            throw new RuleViolation("Unit " + targetUnit + " refused inspection " + inspectionId
                    + "; it has no findings against that unit.");
        }
    }

    private Aggregate<Inspection> loadInspection(String inspectionId) {
        if (!Ids.isWellFormed(inspectionId)) {
            throw new AggregateNotFoundException(String.valueOf(inspectionId), "No such inspection.");
        }
        return inspections.load(inspectionId);
    }

    private Aggregate<InspectionFindings> existingFindings(String inspectionId) {
        try {
            return findings.load(InspectionFindings.idFor(inspectionId));
        } catch (AggregateNotFoundException none) {
            return null;
        }
    }

    private Aggregate<InspectionFindings> findingsOf(String inspectionId) {
        if (!Ids.isWellFormed(inspectionId)) {
            throw new AggregateNotFoundException(String.valueOf(inspectionId), "No such inspection.");
        }
        try {
            return findings.load(InspectionFindings.idFor(inspectionId));
        } catch (AggregateNotFoundException none) {
            throw new AggregateNotFoundException(inspectionId, "Inspection " + inspectionId + " has no findings.");
        }
    }
}
