package io.jianfu.query.inspection;

import io.jianfu.query.common.DistrictTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Reads findings with their photos. */
@Component
@Transactional(readOnly = true)
public class InspectionFindingQueries {
    private final JdbcClient jdbc;

    public InspectionFindingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<FindingView> findings(String unit, String status, String inspection, String department,
                                      String month, int limit) {
        return jdbc.sql("""
                        SELECT * FROM inspection_finding_view
                        WHERE (CAST(:unit AS varchar) IS NULL OR target_unit_code = :unit)
                          AND (CAST(:status AS varchar) IS NULL OR status = :status)
                          AND (CAST(:inspection AS varchar) IS NULL OR inspection_id = :inspection)
                          AND (CAST(:department AS varchar) IS NULL OR department_code = :department
                               OR inspecting_department_code = :department)
                          AND (CAST(:month AS varchar) IS NULL OR month = :month)
                        ORDER BY month, inspection_id, position
                        LIMIT :limit""")
                   .param("unit", unit).param("status", status).param("inspection", inspection)
                   .param("department", department).param("month", month).param("limit", limit)
                   .query((rs, row) -> finding(rs))
                   .list();
    }

    public Optional<FindingView> finding(String inspectionId, String findingId) {
        return jdbc.sql("SELECT * FROM inspection_finding_view WHERE inspection_id = ? AND finding_id = ?")
                   .params(inspectionId, findingId)
                   .query((rs, row) -> finding(rs))
                   .optional();
    }

    private FindingView finding(ResultSet rs) throws SQLException {
        String inspectionId = rs.getString("inspection_id");
        String findingId = rs.getString("finding_id");
        String base = "/api/inspections/" + inspectionId + "/findings/" + findingId + "/photos/";
        List<FindingView.Photo> photos = jdbc.sql("""
                        SELECT * FROM inspection_finding_photo_view WHERE inspection_id = ? AND finding_id = ?
                        ORDER BY position""")
                .params(inspectionId, findingId)
                .query((r, row) -> {
                    OffsetDateTime takenAt = r.getObject("taken_at", OffsetDateTime.class);
                    return new FindingView.Photo(r.getString("photo_id"), r.getString("kind"),
                                                 r.getString("content_type"), r.getLong("size"),
                                                 r.getString("sha256"),
                                                 takenAt == null ? null : DistrictTime.inDistrict(takenAt),
                                                 r.getString("unit_code"), base + r.getString("photo_id"));
                })
                .list();
        return new FindingView(inspectionId, findingId, rs.getString("month"),
                               rs.getString("inspecting_department_code"), rs.getString("department_code"),
                               rs.getString("target_unit_code"), rs.getString("problem"), rs.getString("category"),
                               rs.getString("status"), rs.getString("evidence"), photos);
    }
}
