package io.jianfu.events.inspection;

import java.time.OffsetDateTime;

/**
 * A photo was attached to a finding. The bytes are kept in the command side's own table, written in the same
 * transaction; the event carries only what describes them. {@code takenAt} is what the uploader said, if anything.
 */
public record InspectionFindingPhotoAdded(String inspectionId, String findingId, String photoId, FindingPhotoKind kind,
                                          String contentType, long size, String sha256, OffsetDateTime takenAt,
                                          String unitCode) {
}
