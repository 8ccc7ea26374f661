package io.jianfu.command.meeting;

import io.jianfu.command.common.CommandSender;
import io.jianfu.command.common.Created;
import io.jianfu.events.meeting.MeetingKind;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.util.List;

/** Commands of 会议智管: annual plans and the meeting lifecycle. */
@RestController
@RequestMapping("/api")
public class MeetingCommandController {
    private final CommandSender sender;

    public MeetingCommandController(CommandSender sender) {
        this.sender = sender;
    }

    public record PlanRequest(String unitCode, Integer year, Integer plannedCount) {
    }

    public record PlanAmendmentRequest(Integer plannedCount, String reason) {
    }

    public record MeetingRequest(String id, String organizerUnitCode, String title, String agenda, MeetingKind kind,
                                 OffsetDateTime start, OffsetDateTime end, String venue, List<String> attendeeIds) {
    }

    public record CancellationRequest(String reason) {
    }

    public record MergeRequest(String id, List<String> sourceMeetingIds, String title, String agenda, MeetingKind kind,
                               OffsetDateTime start, OffsetDateTime end, String venue, List<String> attendeeIds) {
    }

    public record DismissalRequest(String otherMeetingId, String reason) {
    }

    public record HeldRequest(OffsetDateTime actualStart, OffsetDateTime actualEnd, List<String> attendedIds) {
    }

    @PostMapping("/meeting-plans")
    public ResponseEntity<Created> filePlan(@RequestBody PlanRequest request) {
        String planId = request.unitCode() == null || request.year() == null ? null
                : MeetingPlan.idFor(request.unitCode(), request.year());
        var command = new FileAnnualMeetingPlan(planId, request.unitCode(), request.year(), request.plannedCount());
        return sender.create(planId, command, "/api/meeting-plans/" + request.unitCode() + "/" + request.year(),
                             "A meeting plan for unit " + request.unitCode() + " and " + request.year()
                                     + " is already filed; amend it instead.");
    }

    @PostMapping("/meeting-plans/{unitCode}/{year}/amendments")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void amendPlan(@PathVariable String unitCode, @PathVariable int year,
                          @RequestBody PlanAmendmentRequest request) {
        sender.send(new AmendAnnualMeetingPlan(MeetingPlan.idFor(unitCode, year), request.plannedCount(),
                                               request.reason()));
    }

    @PostMapping("/meetings")
    public ResponseEntity<Created> schedule(@RequestBody MeetingRequest request, HttpServletRequest http,
                                            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        String id = CommandSender.chooseId(request.id(), http.getRemoteUser(), key);
        var command = new ScheduleMeeting(id, request.organizerUnitCode(), request.title(), request.agenda(),
                                          request.kind(), request.start(), request.end(), request.venue(),
                                          request.attendeeIds());
        return sender.create(id, command, "/api/meetings/" + id, "Meeting id " + id + " is already taken.");
    }

    /** 合并召开: the sources are cancelled as MERGED_INTO the new meeting, all in one transaction. */
    @PostMapping("/meetings/merges")
    public ResponseEntity<Created> merge(@RequestBody MergeRequest request, HttpServletRequest http,
                                         @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        String id = CommandSender.chooseId(request.id(), http.getRemoteUser(), key);
        var command = new MergeMeetings(id, request.sourceMeetingIds(), request.title(), request.agenda(),
                                        request.kind(), request.start(), request.end(), request.venue(),
                                        request.attendeeIds());
        return sender.create(id, command, "/api/meetings/" + id, "Meeting id " + id + " is already taken.");
    }

    @PostMapping("/meetings/{id}/overlap-dismissals")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void dismissOverlap(@PathVariable String id, @RequestBody DismissalRequest request) {
        sender.send(new DismissOverlapWarning(id, request.otherMeetingId(), request.reason()));
    }

    @PostMapping("/meetings/{id}/cancellation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void cancel(@PathVariable String id, @RequestBody CancellationRequest request) {
        sender.send(new CancelMeeting(id, request.reason()));
    }

    @PostMapping("/meetings/{id}/held")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void recordHeld(@PathVariable String id, @RequestBody HeldRequest request) {
        sender.send(new RecordMeetingHeld(id, request.actualStart(), request.actualEnd(), request.attendedIds()));
    }
}
