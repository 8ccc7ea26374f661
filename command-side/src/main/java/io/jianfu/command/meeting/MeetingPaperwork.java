package io.jianfu.command.meeting;

import io.jianfu.command.directory.DirectoryLookup;
import io.jianfu.command.common.Actor;
import io.jianfu.command.common.Check;
import io.jianfu.command.common.Conflict;
import io.jianfu.command.common.Ids;
import io.jianfu.command.common.Roles;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.meeting.AttendanceAnswer;
import io.jianfu.events.meeting.AttendanceReceiptSubmitted;
import io.jianfu.events.meeting.CheckInMethod;
import io.jianfu.events.meeting.CheckedIn;
import io.jianfu.events.meeting.MaterialRead;
import io.jianfu.events.meeting.MeetingMaterialUploaded;
import io.jianfu.events.meeting.MeetingNoticeIssued;
import io.jianfu.events.meeting.PrintedMaterialsRecorded;
import io.jianfu.events.meeting.SignInCodeIssued;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 无纸化会务: the paperwork of one meeting — its notice, materials, attendance receipts, sign-in and printing — kept
 * apart from {@link Meeting} so the meeting stays small. Its id is {@code paperwork-<meetingId>}; the notice creates
 * it. {@link MeetingPaperworkHandler} loads it and calls the methods below, which decide and apply.
 */
@Aggregate
public class MeetingPaperwork {
    static final String ID_PREFIX = "paperwork-";
    static final int MESSAGE_LENGTH = 2_000;
    static final int REASON_LENGTH = 500;
    static final int MOST_MATERIALS = 100;
    static final int MOST_PAGES = 10_000;
    static final int MOST_COPIES = 10_000;

    @AggregateIdentifier
    private String paperworkId;
    private String meetingId;
    private String organizerUnitCode;
    /** Invited cadre to unit. */
    private final Map<String, String> invitees = new HashMap<>();
    private final Map<String, AttendanceReceiptSubmitted> receipts = new HashMap<>();
    /** Deputy to the invited cadre they stand in for. */
    private final Map<String, String> deputies = new HashMap<>();
    /** Invited cadre to whoever checked in for them (themselves or their deputy). */
    private final Map<String, String> checkedIn = new HashMap<>();
    private final Map<String, MeetingMaterialUploaded> materials = new HashMap<>();
    private final Set<String> openCodes = new HashSet<>();
    private final Set<String> usedCodes = new HashSet<>();
    /** Material id and reader key of every recorded read. */
    private final Set<String> reads = new HashSet<>();

    public static String idFor(String meetingId) {
        return ID_PREFIX + meetingId;
    }

    protected MeetingPaperwork() {
    }

    /** Opens the paperwork: the handler has checked the meeting, the actor and that no notice went out before. */
    MeetingPaperwork(String meetingId, String organizerUnitCode, String message,
                     List<MeetingNoticeIssued.Invitee> invitees) {
        apply(new MeetingNoticeIssued(meetingId, organizerUnitCode, message, List.copyOf(invitees)));
    }

    /** A retried upload (the very same file under the same id) is answered with {@code created} false. */
    UploadMeetingMaterial.Result uploadMaterial(UploadMeetingMaterial command, Actor actor, MaterialSizeLimit limit) {
        MaterialFields.check(command);
        byte[] content = command.content();
        actor.requireActsFor(organizerUnitCode, "upload materials for this meeting");
        if (content.length > limit.bytes()) {
            throw new MaterialTooLarge(limit.refusal(content.length), limit.bytes());
        }
        String sha256 = SignInCodes.sha256(content);
        String fileName = command.fileName().strip();
        MeetingMaterialUploaded earlier = materials.get(command.materialId());
        if (earlier != null) {
            if (earlier.sha256().equals(sha256) && earlier.fileName().equals(fileName)) {
                return new UploadMeetingMaterial.Result(earlier.materialId(), sha256, earlier.size(), false);
            }
            throw new Conflict("Material " + command.materialId() + " of meeting " + meetingId
                                       + " already holds another file; upload this one without that id.");
        }
        if (materials.size() >= MOST_MATERIALS) {
            throw new RuleViolation("Meeting " + meetingId + " already has " + MOST_MATERIALS
                                            + " materials, the most allowed; combine some of them.");
        }
        apply(new MeetingMaterialUploaded(command.materialId(), meetingId, fileName, command.contentType().strip(),
                                          content.length, sha256));
        return new UploadMeetingMaterial.Result(command.materialId(), sha256, content.length, true);
    }

    void submitReceipt(SubmitAttendanceReceipt command, Actor actor, DirectoryLookup directory) {
        AttendanceAnswer answer = command.answer();
        boolean hasReason = command.reason() != null && !command.reason().isBlank();
        boolean hasDeputy = command.deputyCadreId() != null && !command.deputyCadreId().isBlank();
        Check check = Check.fields()
                           .that(Ids.isWellFormed(command.cadreId()), "cadreId", "must be a cadre id")
                           .required("answer", answer)
                           .maxLength("reason", command.reason(), REASON_LENGTH);
        if (answer == AttendanceAnswer.ABSENT) {
            check.required("reason", command.reason());
        }
        if (answer == AttendanceAnswer.ATTENDING) {
            check.that(!hasReason, "reason", "is given only when the answer is ABSENT or DEPUTY");
        }
        if (answer == AttendanceAnswer.DEPUTY) {
            check.that(Ids.isWellFormed(command.deputyCadreId()), "deputyCadreId",
                       "must be a cadre id when the answer is DEPUTY")
                 .that(!Objects.equals(command.cadreId(), command.deputyCadreId()), "deputyCadreId",
                       "must name another cadre than cadreId");
        } else {
            check.that(!hasDeputy, "deputyCadreId", "is given only when the answer is DEPUTY");
        }
        check.orThrow();
        String cadreId = command.cadreId();
        String unit = unitOf(cadreId, directory);
        actor.requireActsFor(unit, "answer the notice for cadre " + cadreId);
        if (!invitees.containsKey(cadreId)) {
            throw new RuleViolation("Cadre " + cadreId + " is not invited to meeting " + meetingId
                                            + "; only invited cadres answer its notice.");
        }
        requireSeatFree(cadreId, "the receipt can no longer change");
        String deputy = hasDeputy ? command.deputyCadreId().strip() : null;
        if (deputy != null) {
            requireFitDeputy(cadreId, unit, deputy, directory);
        }
        var receipt = new AttendanceReceiptSubmitted(meetingId, cadreId, unit, answer,
                                                     hasReason ? command.reason().strip() : null, deputy);
        if (!receipt.equals(receipts.get(cadreId))) {
            apply(receipt);
        }
    }

    private void requireFitDeputy(String cadreId, String unit, String deputy, DirectoryLookup directory) {
        String deputyUnit = directory.unitOf(deputy).orElseThrow(
                () -> new RuleViolation("Deputy " + deputy + " is not a registered cadre."));
        if (!deputyUnit.equals(unit)) {
            throw new RuleViolation("A deputy comes from the cadre's own unit " + unit + "; " + deputy
                                            + " belongs to " + deputyUnit + ".");
        }
        if (invitees.containsKey(deputy)) {
            throw new RuleViolation("Cadre " + deputy + " is invited to meeting " + meetingId
                                            + " in their own right and cannot also stand in for " + cadreId + ".");
        }
        String standsInFor = deputies.get(deputy);
        if (standsInFor != null && !standsInFor.equals(cadreId)) {
            throw new RuleViolation("Cadre " + deputy + " already stands in for " + standsInFor + " at meeting "
                                            + meetingId + "; name another deputy.");
        }
    }

    /** Returns nothing: the handler keeps the code it generated and answers with it. */
    void issueSignInCode(String code, Actor actor) {
        actor.requireActsFor(organizerUnitCode, "issue sign-in codes for this meeting");
        int most = Math.max(1, invitees.size());
        if (openCodes.size() >= most) {
            throw new RuleViolation("Meeting " + meetingId + " already has " + openCodes.size()
                                            + " unused sign-in codes, one for every invited cadre; use those first.");
        }
        String hash = SignInCodes.hash(meetingId, code);
        if (openCodes.contains(hash) || usedCodes.contains(hash)) {
            throw new RuleViolation("The new sign-in code clashed with an earlier one; ask for another.");
        }
        apply(new SignInCodeIssued(meetingId, hash));
    }

    /** Checks a cadre in; {@code code} is null when the cadre's unit records it, else the sign-in code typed. */
    void checkIn(String cadreId, String code, boolean withCode, Actor actor, DirectoryLookup directory) {
        Check check = Check.fields().that(Ids.isWellFormed(cadreId), "cadreId", "must be a cadre id");
        if (withCode) {
            check.required("code", code).maxLength("code", code, 40);
        }
        check.orThrow();
        String unit = unitOf(cadreId, directory);
        actor.requireActsFor(unit, "check in cadre " + cadreId);
        String seat = invitees.containsKey(cadreId) ? cadreId : deputies.get(cadreId);
        if (seat == null) {
            throw new RuleViolation("Cadre " + cadreId + " is not invited to meeting " + meetingId
                                            + " and stands in for no invited cadre, so cannot check in.");
        }
        requireSeatFree(seat, "no second check-in is recorded");
        String codeHash = null;
        if (withCode) {
            codeHash = SignInCodes.hash(meetingId, code);
            if (usedCodes.contains(codeHash)) {
                throw new RuleViolation("This sign-in code was already used; ask the organiser for a new one.");
            }
            if (!openCodes.contains(codeHash)) {
                throw new RuleViolation("This sign-in code is not valid for meeting " + meetingId
                                                + "; check it or ask the organiser for a new one.");
            }
        }
        apply(new CheckedIn(meetingId, cadreId, withCode ? CheckInMethod.BY_CODE : CheckInMethod.BY_UNIT,
                            seat.equals(cadreId) ? null : seat, codeHash));
    }

    void recordPrinting(RecordPrintedMaterials command, Actor actor) {
        Check.fields()
             .required("pages", command.pages()).between("pages", command.pages(), 1, MOST_PAGES)
             .required("copies", command.copies()).between("copies", command.copies(), 1, MOST_COPIES)
             .orThrow();
        actor.requireActsFor(organizerUnitCode, "record printing for this meeting");
        apply(new PrintedMaterialsRecorded(meetingId, organizerUnitCode, command.pages(), command.copies()));
    }

    /**
     * Records the first read of a material per reader: the named cadre, or else the signed-in STAFF user. Users
     * without STAFF (auditors, discipline) read without leaving a trace in the paperwork: they change nothing.
     */
    void recordRead(RecordMaterialRead command, Actor actor, DirectoryLookup directory) {
        String cadreId = command.cadreId();
        Check.fields()
             .that(cadreId == null || Ids.isWellFormed(cadreId), "cadreId", "must be a cadre id")
             .orThrow();
        if (!materials.containsKey(command.materialId())) {
            throw new RuleViolation("Meeting " + meetingId + " has no material " + command.materialId() + ".");
        }
        if (cadreId != null) {
            actor.requireActsFor(unitOf(cadreId, directory), "read materials as cadre " + cadreId);
            if (!invitees.containsKey(cadreId) && !deputies.containsKey(cadreId)) {
                throw new RuleViolation("Cadre " + cadreId + " is not invited to meeting " + meetingId
                                                + " and stands in for no invited cadre; read without naming them.");
            }
        } else if (actor.username() == null || !actor.hasRole(Roles.STAFF)) {
            return;
        }
        if (!reads.contains(readKey(command.materialId(), cadreId, actor.username()))) {
            apply(new MaterialRead(meetingId, command.materialId(), cadreId, actor.username(), actor.unitCode()));
        }
    }

    private String unitOf(String cadreId, DirectoryLookup directory) {
        String unit = invitees.get(cadreId);
        if (unit != null) {
            return unit;
        }
        return directory.unitOf(cadreId).orElseThrow(
                () -> new RuleViolation("Cadre " + cadreId + " is not registered."));
    }

    private void requireSeatFree(String seat, String consequence) {
        String who = checkedIn.get(seat);
        if (who != null) {
            throw new RuleViolation(who.equals(seat)
                    ? "Cadre " + seat + " already checked in to meeting " + meetingId + "; " + consequence + "."
                    : "Deputy " + who + " already checked in for " + seat + " at meeting " + meetingId + "; "
                            + consequence + ".");
        }
    }

    private static String readKey(String materialId, String cadreId, String username) {
        return materialId + (cadreId != null ? "\ncadre:" + cadreId : "\nuser:" + username);
    }

    @EventSourcingHandler
    void on(MeetingNoticeIssued event) {
        this.paperworkId = idFor(event.meetingId());
        this.meetingId = event.meetingId();
        this.organizerUnitCode = event.organizerUnitCode();
        event.invitees().forEach(invitee -> invitees.put(invitee.cadreId(), invitee.unitCode()));
    }

    @EventSourcingHandler
    void on(MeetingMaterialUploaded event) {
        materials.put(event.materialId(), event);
    }

    @EventSourcingHandler
    void on(AttendanceReceiptSubmitted event) {
        AttendanceReceiptSubmitted earlier = receipts.put(event.cadreId(), event);
        if (earlier != null && earlier.deputyCadreId() != null) {
            deputies.remove(earlier.deputyCadreId());
        }
        if (event.deputyCadreId() != null) {
            deputies.put(event.deputyCadreId(), event.cadreId());
        }
    }

    @EventSourcingHandler
    void on(SignInCodeIssued event) {
        openCodes.add(event.codeHash());
    }

    @EventSourcingHandler
    void on(CheckedIn event) {
        checkedIn.put(event.standingInFor() != null ? event.standingInFor() : event.cadreId(), event.cadreId());
        if (event.codeHash() != null) {
            openCodes.remove(event.codeHash());
            usedCodes.add(event.codeHash());
        }
    }

    @EventSourcingHandler
    void on(MaterialRead event) {
        reads.add(readKey(event.materialId(), event.cadreId(), event.reader()));
    }
}
