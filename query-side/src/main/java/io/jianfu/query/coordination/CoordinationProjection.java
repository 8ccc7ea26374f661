package io.jianfu.query.coordination;

import io.jianfu.events.coordination.BuckPassingComplaintRecorded;
import io.jianfu.events.coordination.CoordinationRequestRaised;
import io.jianfu.events.coordination.CoordinationRequestRated;
import io.jianfu.events.coordination.CoordinationRequestResolved;
import io.jianfu.events.coordination.CoordinationRequestRouted;
import io.jianfu.events.coordination.DepartmentReportedForDuty;
import io.jianfu.events.coordination.RemedyPlanPublished;
import io.jianfu.query.common.TableProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/** Coordination requests (吹哨报到) as tables, a pure function of their events: routing, arrivals, plan, outcome. */
@Component
@ProcessingGroup(CoordinationProjection.GROUP)
public class CoordinationProjection extends TableProjection {
    public static final String GROUP = "coordination-views";
    static final List<String> TABLES = List.of("coordination_complaint_view",
                                               "coordination_duty_view",
                                               "coordination_request_view");

    private final JsonMapper json;

    public CoordinationProjection(JdbcClient jdbc, JsonMapper json) {
        super(jdbc, TABLES);
        this.json = json;
    }

    @EventHandler
    void on(CoordinationRequestRaised event) {
        jdbc.sql("""
                 INSERT INTO coordination_request_view (request_id, raised_by_unit_code, street_code, place,
                        description, raised_matter_id, raised_at, status)
                 VALUES (?, ?, ?, ?, ?, ?, ?, 'RAISED')
                 ON CONFLICT (request_id) DO NOTHING""")
            .params(event.requestId(), event.raisedByUnitCode(), event.streetCode(), event.place(),
                    event.description(), event.matterId(), event.raisedAt())
            .update();
    }

    @EventHandler
    void on(CoordinationRequestRouted event) {
        jdbc.sql("""
                 UPDATE coordination_request_view
                 SET status = 'ROUTED', routing_basis = ?, matter_id = ?, matter_version = ?, lead_department_code = ?,
                     cooperating_department_codes = CAST(? AS jsonb), street_duty = ?, routing_note = ?
                 WHERE request_id = ?""")
            .params(event.basis().name(), event.matterId(), event.matterVersion(), event.leadDepartmentCode(),
                    json.writeValueAsString(event.cooperatingDepartmentCodes()), event.streetDuty(), event.note(),
                    event.requestId())
            .update();
        duty(event.requestId(), event.leadDepartmentCode(), true);
        event.cooperatingDepartmentCodes().forEach(code -> duty(event.requestId(), code, false));
    }

    private void duty(String requestId, String departmentCode, boolean lead) {
        jdbc.sql("""
                 INSERT INTO coordination_duty_view (request_id, department_code, lead) VALUES (?, ?, ?)
                 ON CONFLICT (request_id, department_code) DO NOTHING""")
            .params(requestId, departmentCode, lead)
            .update();
    }

    @EventHandler
    void on(DepartmentReportedForDuty event) {
        jdbc.sql("UPDATE coordination_duty_view SET arrived_at = ? WHERE request_id = ? AND department_code = ?")
            .params(event.arrivedAt(), event.requestId(), event.departmentCode())
            .update();
        jdbc.sql("""
                 UPDATE coordination_request_view
                 SET first_arrival_at = LEAST(coalesce(first_arrival_at, CAST(:at AS timestamptz)), :at),
                     status = CASE WHEN status = 'ROUTED' THEN 'ON_SITE' ELSE status END
                 WHERE request_id = :id""")
            .param("at", event.arrivedAt()).param("id", event.requestId())
            .update();
    }

    @EventHandler
    void on(RemedyPlanPublished event) {
        jdbc.sql("""
                 UPDATE coordination_request_view
                 SET plan = ?, plan_published_by = ?, plan_at = ?, first_plan_at = coalesce(first_plan_at, ?),
                     status = 'PLANNED'
                 WHERE request_id = ?""")
            .params(event.plan(), event.publishedByUnitCode(), event.publishedAt(), event.publishedAt(),
                    event.requestId())
            .update();
    }

    @EventHandler
    void on(CoordinationRequestResolved event) {
        jdbc.sql("UPDATE coordination_request_view SET resolved_at = ?, summary = ?, status = 'RESOLVED' "
                 + "WHERE request_id = ?")
            .params(event.resolvedAt(), event.summary(), event.requestId())
            .update();
    }

    @EventHandler
    void on(CoordinationRequestRated event) {
        jdbc.sql("UPDATE coordination_request_view SET satisfied = ?, rating_comment = ? WHERE request_id = ?")
            .params(event.satisfied(), event.comment(), event.requestId())
            .update();
    }

    @EventHandler
    void on(BuckPassingComplaintRecorded event) {
        int inserted = jdbc.sql("""
                                INSERT INTO coordination_complaint_view (complaint_id, request_id, department_code,
                                       complainant_unit_code, description, complained_at)
                                VALUES (?, ?, ?, ?, ?, ?)
                                ON CONFLICT (complaint_id) DO NOTHING""")
                           .params(event.complaintId(), event.requestId(), event.departmentCode(),
                                   event.complainantUnitCode(), event.description(), event.complainedAt())
                           .update();
        if (inserted > 0) {
            jdbc.sql("UPDATE coordination_request_view SET complaints = complaints + 1 WHERE request_id = ?")
                .param(event.requestId())
                .update();
        }
    }
}
