package io.jianfu.command.inspection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Optional;

/** Keeps finding photos in {@code inspection_finding_photo} (bytea), only ever inside the command's transaction. */
@Component
public class JdbcFindingPhotoStore implements FindingPhotoStore {
    private final JdbcClient jdbc;

    public JdbcFindingPhotoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(StoredPhoto photo) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Photo content must be stored in the transaction of its event.");
        }
        jdbc.sql("""
                 INSERT INTO inspection_finding_photo (inspection_id, finding_id, photo_id, content_type, size, sha256,
                                                       content)
                 VALUES (?, ?, ?, ?, ?, ?, ?)""")
            .params(photo.inspectionId(), photo.findingId(), photo.photoId(), photo.contentType(),
                    photo.content().length, photo.sha256(), photo.content())
            .update();
    }

    @Override
    public Optional<StoredPhoto> find(String inspectionId, String findingId, String photoId) {
        return jdbc.sql("""
                        SELECT content_type, sha256, content FROM inspection_finding_photo
                        WHERE inspection_id = ? AND finding_id = ? AND photo_id = ?""")
                   .params(inspectionId, findingId, photoId)
                   .query((rs, row) -> new StoredPhoto(inspectionId, findingId, photoId, rs.getString(1),
                                                       rs.getString(2), rs.getBytes(3)))
                   .optional();
    }
}
