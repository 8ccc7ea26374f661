package io.jianfu.command.meeting;

import io.jianfu.command.common.CommandSender;
import io.jianfu.command.common.Created;
import io.jianfu.command.common.ViewCatchUp;
import io.jianfu.events.meeting.AttendanceAnswer;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Commands of the paperless meeting (无纸化会务): notice, materials, attendance receipts, sign-in and printing. The
 * download of a material is here too, because reading it is recorded as {@link RecordMaterialRead}.
 */
@RestController
@RequestMapping("/api/meetings/{meetingId}")
public class MeetingPaperworkController {
    private final CommandSender sender;
    private final CommandGateway gateway;
    private final ViewCatchUp views;
    private final MaterialStore materials;

    public MeetingPaperworkController(CommandSender sender, CommandGateway gateway, ViewCatchUp views,
                                      MaterialStore materials) {
        this.sender = sender;
        this.gateway = gateway;
        this.views = views;
        this.materials = materials;
    }

    public record NoticeRequest(String message) {
    }

    public record ReceiptRequest(String cadreId, AttendanceAnswer answer, String reason, String deputyCadreId) {
    }

    public record CheckInRequest(String cadreId, String code) {
    }

    public record PrintingRequest(Integer pages, Integer copies) {
    }

    public record SignInCode(String code) {
    }

    @PostMapping("/notice")
    public ResponseEntity<Created> issueNotice(@PathVariable String meetingId, @RequestBody NoticeRequest request) {
        return sender.create(MeetingPaperwork.idFor(meetingId), new IssueMeetingNotice(meetingId, request.message()),
                             "/api/meetings/" + meetingId + "/paperwork",
                             "The notice of meeting " + meetingId + " was already issued.");
    }

    /** The body is the file itself; its Content-Type is the material's type, {@code fileName} its name. */
    @PostMapping("/materials")
    public ResponseEntity<UploadMeetingMaterial.Result> upload(
            @PathVariable String meetingId, @RequestParam(required = false) String fileName,
            @RequestParam(required = false) String id, @RequestBody(required = false) byte[] content,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, HttpServletRequest http) {
        String materialId = CommandSender.chooseId(id, http.getRemoteUser(), key);
        UploadMeetingMaterial.Result result = gateway.sendAndWait(
                new UploadMeetingMaterial(meetingId, materialId, fileName, http.getContentType(), content));
        views.await();
        URI location = URI.create("/api/meetings/" + meetingId + "/materials/" + materialId);
        return (result.created() ? ResponseEntity.created(location) : ResponseEntity.ok().location(location))
                .body(result);
    }

    /**
     * The content with its type, as an attachment. A STAFF user's first read of each material is recorded, as the
     * cadre named by {@code cadreId} (an invitee or deputy of their unit) or else as the user.
     */
    @GetMapping("/materials/{materialId}")
    public ResponseEntity<byte[]> download(@PathVariable String meetingId, @PathVariable String materialId,
                                           @RequestParam(required = false) String cadreId) {
        MaterialStore.StoredMaterial material = materials.find(meetingId, materialId).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Meeting " + meetingId
                        + " has no material " + materialId + "."));
        sender.send(new RecordMaterialRead(meetingId, materialId, cadreId == null || cadreId.isBlank() ? null
                : cadreId.strip()));
        byte[] digest = HexFormat.of().parseHex(material.sha256());
        return ResponseEntity.ok()
                             .contentType(mediaType(material.contentType()))
                             .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                     .filename(material.fileName(), StandardCharsets.UTF_8).build().toString())
                             .eTag("\"" + material.sha256() + "\"")
                             .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(digest) + ":")
                             .body(material.content());
    }

    @PostMapping("/receipts")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void submitReceipt(@PathVariable String meetingId, @RequestBody ReceiptRequest request) {
        sender.send(new SubmitAttendanceReceipt(meetingId, request.cadreId(), request.answer(), request.reason(),
                                                request.deputyCadreId()));
    }

    /** The code is shown only in this answer; the store keeps its hash. */
    @PostMapping("/sign-in-codes")
    @ResponseStatus(HttpStatus.CREATED)
    public SignInCode issueSignInCode(@PathVariable String meetingId) {
        String code = gateway.sendAndWait(new IssueSignInCode(meetingId));
        views.await();
        return new SignInCode(code);
    }

    /** With a {@code code}: check-in with a one-time sign-in code; without: check-in recorded by the cadre's unit. */
    @PostMapping("/check-ins")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void checkIn(@PathVariable String meetingId, @RequestBody CheckInRequest request) {
        sender.send(request.code() == null ? new CheckIn(meetingId, request.cadreId())
                            : new CheckInWithCode(meetingId, request.code(), request.cadreId()));
    }

    @PostMapping("/printed-materials")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void recordPrinting(@PathVariable String meetingId, @RequestBody PrintingRequest request) {
        sender.send(new RecordPrintedMaterials(meetingId, request.pages(), request.copies()));
    }

    private static MediaType mediaType(String contentType) {
        try {
            return MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException unreadable) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
