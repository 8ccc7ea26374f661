package io.jianfu.command.inspection;

import io.jianfu.command.common.CommandSender;
import io.jianfu.command.common.ViewCatchUp;
import io.jianfu.events.inspection.FindingPhotoKind;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Findings of inspections: the inspecting department records them and uploads photos of the problem; the target
 * unit adds evidence photos and rectifies. Photo content is served here, from the command side's store.
 */
@RestController
@RequestMapping("/api/inspections/{inspectionId}/findings")
public class InspectionFindingController {
    private final CommandSender sender;
    private final CommandGateway gateway;
    private final ViewCatchUp views;
    private final FindingPhotoStore photos;

    public InspectionFindingController(CommandSender sender, CommandGateway gateway, ViewCatchUp views,
                                       FindingPhotoStore photos) {
        this.sender = sender;
        this.gateway = gateway;
        this.views = views;
        this.photos = photos;
    }

    public record FindingRequest(String id, String departmentCode, String targetUnitCode, String problem,
                                 String category) {
    }

    public record RectificationRequest(String evidence) {
    }

    /** 201 with the finding's id; the very same request again answers 200 with the same id. */
    @PostMapping
    public ResponseEntity<RecordInspectionFinding.Result> record(
            @PathVariable String inspectionId, @RequestBody FindingRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, HttpServletRequest http) {
        String findingId = CommandSender.chooseId(request.id(), http.getRemoteUser(), key);
        RecordInspectionFinding.Result result = gateway.sendAndWait(
                new RecordInspectionFinding(inspectionId, findingId, request.departmentCode(),
                                            request.targetUnitCode(), request.problem(), request.category()));
        views.await();
        URI location = URI.create("/api/inspections/" + inspectionId + "/findings/" + findingId);
        return (result.created() ? ResponseEntity.created(location) : ResponseEntity.ok().location(location))
                .body(result);
    }

    /** The body is the image itself (image/jpeg or image/png); {@code kind} PROBLEM (default) or EVIDENCE. */
    @PostMapping("/{findingId}/photos")
    public ResponseEntity<AddFindingPhoto.Result> addPhoto(
            @PathVariable String inspectionId, @PathVariable String findingId,
            @RequestParam(required = false) String id, @RequestParam(required = false) FindingPhotoKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime takenAt,
            @RequestBody(required = false) byte[] content,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, HttpServletRequest http) {
        String photoId = CommandSender.chooseId(id, http.getRemoteUser(), key);
        AddFindingPhoto.Result result = gateway.sendAndWait(
                new AddFindingPhoto(inspectionId, findingId, photoId, kind, http.getContentType(), takenAt, content));
        views.await();
        URI location = URI.create("/api/inspections/" + inspectionId + "/findings/" + findingId + "/photos/" + photoId);
        return (result.created() ? ResponseEntity.created(location) : ResponseEntity.ok().location(location))
                .body(result);
    }

    /** The photo as stored, with its type; ETag and Repr-Digest carry its SHA-256. Any signed-in user. */
    @GetMapping("/{findingId}/photos/{photoId}")
    public ResponseEntity<byte[]> photo(@PathVariable String inspectionId, @PathVariable String findingId,
                                        @PathVariable String photoId) {
        FindingPhotoStore.StoredPhoto photo = photos.find(inspectionId, findingId, photoId).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Finding " + findingId + " of inspection "
                        + inspectionId + " has no photo " + photoId + "."));
        byte[] digest = HexFormat.of().parseHex(photo.sha256());
        return ResponseEntity.ok()
                             .contentType(MediaType.parseMediaType(photo.contentType()))
                             .eTag("\"" + photo.sha256() + "\"")
                             .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(digest) + ":")
                             .body(photo.content());
    }

    @PostMapping("/{findingId}/rectification")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void rectify(@PathVariable String inspectionId, @PathVariable String findingId,
                        @RequestBody RectificationRequest request) {
        sender.send(new RectifyFinding(inspectionId, findingId, request.evidence()));
    }
}
