package io.jianfu.command.meeting;

import java.util.Optional;

/**
 * Where the content of meeting materials lives: a command-side table, written in the transaction that appends
 * {@link io.jianfu.events.meeting.MeetingMaterialUploaded}, so there is never an event without content or the reverse.
 */
public interface MaterialStore {

    void save(StoredMaterial material);

    Optional<StoredMaterial> find(String meetingId, String materialId);

    /** One stored material: its content and what is needed to serve it. */
    record StoredMaterial(String meetingId, String materialId, String fileName, String contentType, String sha256,
                          byte[] content) {
    }
}
