package io.jianfu.query.inspection;

import io.jianfu.events.inspection.InspectionFindingPhotoAdded;
import io.jianfu.events.inspection.InspectionFindingRecorded;
import io.jianfu.events.inspection.InspectionFindingRectified;
import io.jianfu.query.common.TableProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Findings of inspections and their photos (metadata only; the content stays on the command side), as tables; a pure
 * function of the InspectionFindings events. Rows are ordered by their event's sequence number, so a replay rebuilds
 * the same order.
 */
@Component
@ProcessingGroup(InspectionFindingProjection.GROUP)
public class InspectionFindingProjection extends TableProjection {
    public static final String GROUP = "inspection-finding-views";
    static final List<String> TABLES = List.of("inspection_finding_photo_view", "inspection_finding_view");

    public InspectionFindingProjection(JdbcClient jdbc) {
        super(jdbc, TABLES);
    }

    @EventHandler
    void on(InspectionFindingRecorded event, @SequenceNumber long position) {
        jdbc.sql("""
                 INSERT INTO inspection_finding_view (inspection_id, finding_id, position, month,
                        inspecting_department_code, department_code, target_unit_code, problem, category, status)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')
                 ON CONFLICT DO NOTHING""")
            .params(event.inspectionId(), event.findingId(), position, event.month(),
                    event.inspectingDepartmentCode(), event.departmentCode(), event.targetUnitCode(), event.problem(),
                    event.category())
            .update();
    }

    @EventHandler
    void on(InspectionFindingPhotoAdded event, @SequenceNumber long position) {
        jdbc.sql("""
                 INSERT INTO inspection_finding_photo_view (inspection_id, finding_id, photo_id, position, kind,
                        content_type, size, sha256, taken_at, unit_code)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                 ON CONFLICT DO NOTHING""")
            .params(event.inspectionId(), event.findingId(), event.photoId(), position, event.kind().name(),
                    event.contentType(), event.size(), event.sha256(), event.takenAt(), event.unitCode())
            .update();
    }

    @EventHandler
    void on(InspectionFindingRectified event) {
        jdbc.sql("""
                 UPDATE inspection_finding_view SET status = 'RECTIFIED', evidence = ?
                 WHERE inspection_id = ? AND finding_id = ?""")
            .params(event.evidence(), event.inspectionId(), event.findingId())
            .update();
    }
}
