package io.jianfu.query.inspection;

import io.jianfu.events.inspection.InspectionCleared;
import io.jianfu.events.inspection.InspectionHalted;
import io.jianfu.events.inspection.InspectionItemApproved;
import io.jianfu.events.inspection.InspectionItemProposed;
import io.jianfu.events.inspection.InspectionItemRejected;
import io.jianfu.events.inspection.InspectionItemWithdrawn;
import io.jianfu.events.inspection.InspectionRefused;
import io.jianfu.events.inspection.InspectionRejected;
import io.jianfu.events.inspection.InspectionRequested;
import io.jianfu.events.inspection.UnreportedInspectionHalted;
import io.jianfu.events.inspection.UnreportedInspectionRecorded;
import io.jianfu.query.common.TableProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.YearMonth;
import java.util.List;

/**
 * Master-list items, inspections with their refusals, and recorded unreported inspections, as tables; a pure
 * function of their events. Each table takes the events of one aggregate type only.
 */
@Component
@ProcessingGroup(InspectionProjection.GROUP)
public class InspectionProjection extends TableProjection {
    public static final String GROUP = "inspection-views";
    static final List<String> TABLES = List.of("inspection_item_view",
                                               "inspection_view",
                                               "inspection_target_view",
                                               "inspection_refusal_view",
                                               "inspection_unreported_view");

    private final JsonMapper json;

    public InspectionProjection(JdbcClient jdbc, JsonMapper json) {
        super(jdbc, TABLES);
        this.json = json;
    }

    @EventHandler
    void on(InspectionItemProposed event) {
        jdbc.sql("""
                 INSERT INTO inspection_item_view (item_id, department_code, year, title, function, target_unit_codes,
                        target_unit_kinds, months, inspections_per_month, status)
                 VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), CAST(? AS jsonb), ?, 'PROPOSED')
                 ON CONFLICT (item_id) DO NOTHING""")
            .params(event.itemId(), event.departmentCode(), event.year(), event.title(), event.function(),
                    json.writeValueAsString(event.targetUnitCodes()), json.writeValueAsString(event.targetUnitKinds()),
                    json.writeValueAsString(event.months()), event.inspectionsPerMonth())
            .update();
    }

    @EventHandler
    void on(InspectionItemApproved event) {
        itemStatus(event.itemId(), "APPROVED", null);
    }

    @EventHandler
    void on(InspectionItemRejected event) {
        itemStatus(event.itemId(), "REJECTED", event.reason());
    }

    @EventHandler
    void on(InspectionItemWithdrawn event) {
        itemStatus(event.itemId(), "WITHDRAWN", null);
    }

    @EventHandler
    void on(InspectionRequested event) {
        jdbc.sql("""
                 INSERT INTO inspection_view (inspection_id, department_code, title, function, target_unit_codes,
                        window_start, window_end, month, basis, plan_item_id, emergency_category, status)
                 VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, 'PENDING')
                 ON CONFLICT (inspection_id) DO NOTHING""")
            .params(event.inspectionId(), event.departmentCode(), event.title(), event.function(),
                    json.writeValueAsString(event.targetUnitCodes()), event.windowStart(), event.windowEnd(),
                    YearMonth.from(event.windowStart()).toString(), event.basis().name(), event.planItemId(),
                    event.emergencyCategory())
            .update();
        for (String unit : event.targetUnitCodes()) {
            jdbc.sql("INSERT INTO inspection_target_view (inspection_id, unit_code) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(event.inspectionId(), unit)
                .update();
        }
    }

    @EventHandler
    void on(InspectionCleared event) {
        jdbc.sql("UPDATE inspection_view SET status = 'CLEARED', cleared = TRUE WHERE inspection_id = ?")
            .param(event.inspectionId()).update();
    }

    @EventHandler
    void on(InspectionRejected event) {
        jdbc.sql("UPDATE inspection_view SET status = 'REJECTED', rejection_reason = ? WHERE inspection_id = ?")
            .params(event.reason(), event.inspectionId()).update();
    }

    @EventHandler
    void on(InspectionHalted event) {
        jdbc.sql("""
                 UPDATE inspection_view SET status = 'HALTED', halt_reason = ?, rectification = ?
                 WHERE inspection_id = ?""")
            .params(event.reason(), event.rectification(), event.inspectionId()).update();
    }

    @EventHandler
    void on(InspectionRefused event) {
        jdbc.sql("""
                 INSERT INTO inspection_refusal_view (inspection_id, unit_code, department_code, reason)
                 VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
            .params(event.inspectionId(), event.unitCode(), event.departmentCode(), event.reason()).update();
    }

    @EventHandler
    void on(UnreportedInspectionRecorded event) {
        jdbc.sql("""
                 INSERT INTO inspection_unreported_view (record_id, unit_code, department_code, date, description)
                 VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
            .params(event.recordId(), event.unitCode(), event.departmentCode(), event.date(), event.description())
            .update();
    }

    @EventHandler
    void on(UnreportedInspectionHalted event) {
        jdbc.sql("""
                 UPDATE inspection_unreported_view SET halted = TRUE, halt_reason = ?, rectification = ?
                 WHERE record_id = ?""")
            .params(event.reason(), event.rectification(), event.recordId()).update();
    }

    private void itemStatus(String itemId, String status, String reason) {
        jdbc.sql("UPDATE inspection_item_view SET status = ?, reason = ? WHERE item_id = ?")
            .params(status, reason, itemId).update();
    }
}
