package io.jianfu.query.inspection;

import io.jianfu.events.inspection.InspectionEnteredMonth;
import io.jianfu.events.inspection.InspectionLeftMonth;
import io.jianfu.events.inspection.JointInspection;
import io.jianfu.events.inspection.MonthlyInspectionListPublished;
import io.jianfu.events.inspection.MonthlyInspectionsConsolidated;
import io.jianfu.events.inspection.PublishedInspection;
import io.jianfu.query.common.TableProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Monthly registers: which inspections entered each month with their split flags, the joint inspections of the
 * latest consolidation, and the published verification codes; a pure function of the month events.
 */
@Component
@ProcessingGroup(InspectionProjection.GROUP)
public class InspectionMonthProjection extends TableProjection {
    static final List<String> TABLES = List.of("inspection_month_view",
                                               "inspection_month_entry",
                                               "inspection_joint_view",
                                               "inspection_code_view");

    private final JsonMapper json;

    public InspectionMonthProjection(JdbcClient jdbc, JsonMapper json) {
        super(jdbc, TABLES);
        this.json = json;
    }

    @EventHandler
    void on(InspectionEnteredMonth event) {
        month(event.month());
        jdbc.sql("""
                 INSERT INTO inspection_month_entry (inspection_id, month, split_flags, verification_code)
                 VALUES (?, ?, CAST(? AS jsonb), ?)
                 ON CONFLICT (inspection_id) DO NOTHING""")
            .params(event.inspectionId(), event.month(), json.writeValueAsString(event.splitFlags()),
                    event.verificationCode())
            .update();
        if (event.verificationCode() != null) {
            code(event.month(), new PublishedInspection(event.verificationCode(), null,
                                                        List.of(event.inspectionId())));
        }
    }

    @EventHandler
    void on(InspectionLeftMonth event) {
        jdbc.sql("DELETE FROM inspection_month_entry WHERE inspection_id = ?").param(event.inspectionId()).update();
    }

    /** A consolidation replaces the month's previous groups. */
    @EventHandler
    void on(MonthlyInspectionsConsolidated event) {
        month(event.month());
        jdbc.sql("UPDATE inspection_month_view SET consolidations = consolidations + 1 WHERE month = ?")
            .param(event.month()).update();
        jdbc.sql("UPDATE inspection_month_entry SET joint_id = NULL WHERE month = ?").param(event.month()).update();
        jdbc.sql("DELETE FROM inspection_joint_view WHERE month = ?").param(event.month()).update();
        for (int i = 0; i < event.groups().size(); i++) {
            JointInspection group = event.groups().get(i);
            jdbc.sql("""
                     INSERT INTO inspection_joint_view (joint_id, month, position, title, lead_department_code,
                            inspection_ids, department_codes, target_unit_codes, joint_start, joint_end, links)
                     VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), CAST(? AS jsonb), ?, ?,
                             CAST(? AS jsonb))""")
                .params(group.jointId(), event.month(), i, group.title(), group.leadDepartmentCode(),
                        json.writeValueAsString(group.inspectionIds()),
                        json.writeValueAsString(group.departmentCodes()),
                        json.writeValueAsString(group.targetUnitCodes()), group.jointStart(), group.jointEnd(),
                        json.writeValueAsString(group.links()))
                .update();
            for (String member : group.inspectionIds()) {
                jdbc.sql("UPDATE inspection_month_entry SET joint_id = ? WHERE inspection_id = ?")
                    .params(group.jointId(), member).update();
            }
        }
    }

    @EventHandler
    void on(MonthlyInspectionListPublished event) {
        month(event.month());
        jdbc.sql("UPDATE inspection_month_view SET published = TRUE WHERE month = ?").param(event.month()).update();
        event.entries().forEach(line -> code(event.month(), line));
    }

    private void month(String month) {
        jdbc.sql("INSERT INTO inspection_month_view (month) VALUES (?) ON CONFLICT DO NOTHING").param(month).update();
    }

    private void code(String month, PublishedInspection line) {
        jdbc.sql("""
                 INSERT INTO inspection_code_view (verification_code, month, joint_id, inspection_ids)
                 VALUES (?, ?, ?, CAST(? AS jsonb)) ON CONFLICT DO NOTHING""")
            .params(line.verificationCode(), month, line.jointId(), json.writeValueAsString(line.inspectionIds()))
            .update();
        if (line.jointId() != null) {
            jdbc.sql("UPDATE inspection_joint_view SET verification_code = ? WHERE joint_id = ?")
                .params(line.verificationCode(), line.jointId()).update();
        }
        for (String member : line.inspectionIds()) {
            jdbc.sql("UPDATE inspection_month_entry SET verification_code = ? WHERE inspection_id = ?")
                .params(line.verificationCode(), member).update();
        }
    }
}
