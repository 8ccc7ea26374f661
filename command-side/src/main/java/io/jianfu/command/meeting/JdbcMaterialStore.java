package io.jianfu.command.meeting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Optional;

/** Keeps material content in {@code meeting_material_content} (bytea), only ever inside the command's transaction. */
@Component
public class JdbcMaterialStore implements MaterialStore {
    private final JdbcClient jdbc;

    public JdbcMaterialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(StoredMaterial material) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Material content must be stored in the transaction of its event.");
        }
        jdbc.sql("""
                 INSERT INTO meeting_material_content (meeting_id, material_id, file_name, content_type, size, sha256,
                                                       content)
                 VALUES (?, ?, ?, ?, ?, ?, ?)""")
            .params(material.meetingId(), material.materialId(), material.fileName(), material.contentType(),
                    material.content().length, material.sha256(), material.content())
            .update();
    }

    @Override
    public Optional<StoredMaterial> find(String meetingId, String materialId) {
        return jdbc.sql("""
                        SELECT meeting_id, material_id, file_name, content_type, sha256, content
                        FROM meeting_material_content WHERE meeting_id = ? AND material_id = ?""")
                   .params(meetingId, materialId)
                   .query((rs, row) -> new StoredMaterial(rs.getString(1), rs.getString(2), rs.getString(3),
                                                          rs.getString(4), rs.getString(5), rs.getBytes(6)))
                   .optional();
    }
}
