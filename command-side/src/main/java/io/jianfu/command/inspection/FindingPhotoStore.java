package io.jianfu.command.inspection;

import java.util.Optional;

/**
 * Where the content of finding photos lives: a command-side table, written in the transaction that appends
 * {@link io.jianfu.events.inspection.InspectionFindingPhotoAdded}, so there is never an event without content or the
 * reverse.
 */
public interface FindingPhotoStore {

    void save(StoredPhoto photo);

    Optional<StoredPhoto> find(String inspectionId, String findingId, String photoId);

    /** One stored photo: its content and what is needed to serve it. */
    record StoredPhoto(String inspectionId, String findingId, String photoId, String contentType, String sha256,
                       byte[] content) {
    }
}
