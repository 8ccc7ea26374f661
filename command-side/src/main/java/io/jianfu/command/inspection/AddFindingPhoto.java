package io.jianfu.command.inspection;

import io.jianfu.events.inspection.FindingPhotoKind;

import java.time.OffsetDateTime;

/** Attach a JPEG or PNG photo to a finding; the content is stored, not put in the event. */
public record AddFindingPhoto(String inspectionId, String findingId, String photoId, FindingPhotoKind kind,
                              String contentType, OffsetDateTime takenAt, byte[] content) {

    /** The stored photo's digest and size, and whether it was stored just now. */
    public record Result(String photoId, String sha256, long size, boolean created) {
    }

    @Override
    public String toString() {
        return "AddFindingPhoto[inspectionId=" + inspectionId + ", findingId=" + findingId + ", photoId=" + photoId
                + ", kind=" + kind + ", contentType=" + contentType + ", takenAt=" + takenAt + ", size="
                + (content == null ? "none" : content.length) + "]";
    }
}
