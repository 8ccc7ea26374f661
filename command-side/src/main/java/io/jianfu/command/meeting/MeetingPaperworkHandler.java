package io.jianfu.command.meeting;

import io.jianfu.command.directory.DirectoryLookup;
import io.jianfu.command.common.Actor;
import io.jianfu.command.common.AlreadyExists;
import io.jianfu.command.common.Check;
import io.jianfu.command.common.Ids;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.meeting.MeetingNoticeIssued;
import io.jianfu.events.meeting.MeetingScheduled;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Handles the paperwork commands of a meeting (会务): the notice reads the {@link Meeting} to copy its organiser and
 * invited cadres into a new {@link MeetingPaperwork}; every other command loads that paperwork and lets it decide,
 * so a command sent before the notice gets a message saying to issue the notice first.
 */
@Component
public class MeetingPaperworkHandler {
    private final Repository<Meeting> meetings;
    private final Repository<MeetingPaperwork> paperworks;
    private final DirectoryLookup directory;
    private final MaterialStore materialStore;
    private final MaterialSizeLimit sizeLimit;
    private final SignInCodes codes;

    public MeetingPaperworkHandler(Repository<Meeting> meetings, Repository<MeetingPaperwork> paperworks,
                                   DirectoryLookup directory, MaterialStore materialStore, MaterialSizeLimit sizeLimit,
                                   SignInCodes codes) {
        this.meetings = meetings;
        this.paperworks = paperworks;
        this.directory = directory;
        this.materialStore = materialStore;
        this.sizeLimit = sizeLimit;
        this.codes = codes;
    }

    /** Answers the paperwork's id. */
    @CommandHandler
    public String handle(IssueMeetingNotice command, MetaData metaData) throws Exception {
        Check.fields()
             .required("message", command.message())
             .maxLength("message", command.message(), MeetingPaperwork.MESSAGE_LENGTH)
             .orThrow();
        MeetingScheduled meeting = scheduledMeeting(command.meetingId());
        Actor.from(metaData).requireActsFor(meeting.organizerUnitCode(), "issue the notice of this meeting");
        String paperworkId = MeetingPaperwork.idFor(command.meetingId());
        if (exists(paperworkId)) {
            throw new AlreadyExists(paperworkId, "The notice of meeting " + command.meetingId()
                    + " was already issued; its paperwork is at /api/meetings/" + command.meetingId() + "/paperwork.");
        }
        Map<String, String> units = directory.unitsOf(meeting.attendeeIds());
        List<MeetingNoticeIssued.Invitee> invitees = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String cadreId : meeting.attendeeIds()) {
            String unit = units.get(cadreId);
            if (unit == null) {
                unknown.add(cadreId);
            } else {
                invitees.add(new MeetingNoticeIssued.Invitee(cadreId, unit));
            }
        }
        if (!unknown.isEmpty()) {
            throw new RuleViolation("These invited cadres are not registered: " + String.join(", ", unknown) + ".");
        }
        paperworks.newInstance(() -> new MeetingPaperwork(meeting.meetingId(), meeting.organizerUnitCode(),
                                                          command.message().strip(), invitees));
        return paperworkId;
    }

    /** Stores the content in the same transaction as the event; a retried upload stores nothing again. */
    @CommandHandler
    public UploadMeetingMaterial.Result handle(UploadMeetingMaterial command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        UploadMeetingMaterial.Result result = paperworkOf(command.meetingId()).invoke(
                paperwork -> paperwork.uploadMaterial(command, actor, sizeLimit));
        if (result.created()) {
            materialStore.save(new MaterialStore.StoredMaterial(command.meetingId(), command.materialId(),
                                                                command.fileName().strip(),
                                                                command.contentType().strip(), result.sha256(),
                                                                command.content()));
        }
        return result;
    }

    @CommandHandler
    public void handle(SubmitAttendanceReceipt command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        paperworkOf(command.meetingId()).execute(paperwork -> paperwork.submitReceipt(command, actor, directory));
    }

    /** Answers the new code, which is shown once and stored only as a hash. */
    @CommandHandler
    public String handle(IssueSignInCode command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        String code = codes.next();
        paperworkOf(command.meetingId()).execute(paperwork -> paperwork.issueSignInCode(code, actor));
        return code;
    }

    @CommandHandler
    public void handle(CheckIn command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        paperworkOf(command.meetingId()).execute(
                paperwork -> paperwork.checkIn(command.cadreId(), null, false, actor, directory));
    }

    @CommandHandler
    public void handle(CheckInWithCode command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        paperworkOf(command.meetingId()).execute(
                paperwork -> paperwork.checkIn(command.cadreId(), command.code(), true, actor, directory));
    }

    @CommandHandler
    public void handle(RecordPrintedMaterials command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        paperworkOf(command.meetingId()).execute(paperwork -> paperwork.recordPrinting(command, actor));
    }

    @CommandHandler
    public void handle(RecordMaterialRead command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        paperworkOf(command.meetingId()).execute(paperwork -> paperwork.recordRead(command, actor, directory));
    }

    /**
     * The meeting as scheduled. Meeting exposes no status yet, so a cancelled or held meeting is not told apart
     * here; a meeting that does not exist is a 404.
     */
    private MeetingScheduled scheduledMeeting(String meetingId) {
        Aggregate<Meeting> meeting = loadMeeting(meetingId);
        MeetingScheduled scheduled = meeting.invoke(Meeting::scheduled);
        if (scheduled == null || !meeting.invoke(Meeting::isScheduled)) {
            throw new RuleViolation("Meeting " + meetingId + " was cancelled or already held, so it takes no notice.");
        }
        return scheduled;
    }

    private Aggregate<Meeting> loadMeeting(String meetingId) {
        if (!Ids.isWellFormed(meetingId)) {
            throw new AggregateNotFoundException(String.valueOf(meetingId), "No such meeting.");
        }
        return meetings.load(meetingId);
    }

    private Aggregate<MeetingPaperwork> paperworkOf(String meetingId) {
        if (!Ids.isWellFormed(meetingId)) {
            throw new AggregateNotFoundException(String.valueOf(meetingId), "No such meeting.");
        }
        try {
            return paperworks.load(MeetingPaperwork.idFor(meetingId));
        } catch (AggregateNotFoundException noNotice) {
            loadMeeting(meetingId);
            throw new RuleViolation("The notice of meeting " + meetingId
                    + " has not been issued yet; its organiser issues the notice first.");
        }
    }

    private boolean exists(String paperworkId) {
        try {
            paperworks.load(paperworkId);
            return true;
        } catch (AggregateNotFoundException free) {
            return false;
        }
    }
}
