package io.jianfu.query.burden;

import io.jianfu.query.common.Change;
import io.jianfu.query.common.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Computes the grassroots burden picture from the feature views at query time. */
@Component
public class BurdenQuery {
    private static final String GRASSROOTS = "('STREET', 'TOWN', 'COMMUNITY', 'VILLAGE')";

    private final JdbcClient jdbc;

    public BurdenQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private List<String> unitsOf(String unitCode) {
        return jdbc.sql("SELECT code FROM unit_view WHERE code = ? OR parent_code = ? ORDER BY code = ? DESC, code")
                   .params(unitCode, unitCode, unitCode).query(String.class).list();
    }

    /** Empty for an unknown unit. */
    public Optional<BurdenReport> report(String unitCode, Period period) {
        List<String> units = unitsOf(unitCode);
        if (units.isEmpty()) {
            return Optional.empty();
        }
        BurdenFigures current = figures(units, period);
        BurdenFigures previous = figures(units, period.previous());
        Map<String, BigDecimal> change = new LinkedHashMap<>();
        change.put("meetingsCalledTo", Change.of(current.meetingsCalledTo(), previous.meetingsCalledTo()));
        change.put("cadreHours", Change.of(BigDecimal.valueOf(current.cadreHours()),
                                           BigDecimal.valueOf(previous.cadreHours())));
        change.put("inspectionsReceived", Change.of(current.inspectionsReceived(), previous.inspectionsReceived()));
        change.put("pledgesHeld", Change.of(current.pledgesHeld(), previous.pledgesHeld()));
        change.put("tasksAssigned", Change.of(current.tasksAssigned(), previous.tasksAssigned()));
        change.put("coordinationRequests", Change.of(current.coordinationRequests(),
                                                     previous.coordinationRequests()));
        change.put("findings", Change.of(current.findings(), previous.findings()));
        return Optional.of(new BurdenReport(unitCode, units, current, previous, change));
    }

    private BurdenFigures figures(List<String> units, Period period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        return jdbc.sql("""
                        WITH invitations AS (
                            SELECT m.meeting_id, extract(epoch FROM m.end_at - m.start_at) / 3600 AS hours
                            FROM meeting_attendee a
                            JOIN meeting_view m USING (meeting_id)
                            JOIN cadre_view c ON c.id = a.cadre_id
                            WHERE a.invited AND c.unit_code = ANY(:units) AND m.status <> 'CANCELLED'
                              AND m.organizer_unit_code <> ALL(:units)
                              AND m.start_at >= :start AND m.start_at < :end),
                        targeted AS (
                            SELECT i.inspection_id, i.status, t.unit_code,
                                   EXISTS (SELECT 1 FROM inspection_refusal_view r WHERE r.inspection_id = i.inspection_id
                                           AND r.unit_code = t.unit_code) AS refused
                            FROM inspection_view i JOIN inspection_target_view t USING (inspection_id)
                            WHERE t.unit_code = ANY(:units) AND i.window_start BETWEEN :from AND :to),
                        findings AS (
                            SELECT f.status FROM inspection_finding_view f JOIN inspection_view i USING (inspection_id)
                            WHERE f.target_unit_code = ANY(:units) AND i.window_start BETWEEN :from AND :to)
                        SELECT (SELECT count(DISTINCT meeting_id) FROM invitations) AS meetings,
                               (SELECT count(*) FROM invitations) AS invitations,
                               (SELECT coalesce(round(sum(hours), 1), 0) FROM invitations) AS hours,
                               (SELECT count(DISTINCT inspection_id) FROM targeted
                                WHERE status = 'CLEARED' AND NOT refused) AS inspections,
                               (SELECT count(DISTINCT inspection_id) FROM targeted WHERE refused)
                               + (SELECT count(*) FROM inspection_unreported_view u
                                  WHERE u.unit_code = ANY(:units) AND u.date BETWEEN :from AND :to) AS refused,
                               (SELECT count(*) FROM pledge_view WHERE target_unit_code = ANY(:units)
                                AND filed_on BETWEEN :from AND :to) AS pledges,
                               (SELECT count(*) FROM meeting_task_view WHERE assignee_unit_code = ANY(:units)
                                AND assigned_at >= :start AND assigned_at < :end) AS tasks,
                               (SELECT count(*) FROM meeting_task_view WHERE assignee_unit_code = ANY(:units)
                                AND assigned_at >= :start AND assigned_at < :end AND completed_at IS NULL
                                AND deadline_at < now()) AS overdue,
                               (SELECT count(*) FROM coordination_request_view
                                WHERE (street_code = ANY(:units) OR raised_by_unit_code = ANY(:units))
                                  AND raised_at >= :start AND raised_at < :end) AS requests,
                               (SELECT count(*) FROM findings) AS findings,
                               (SELECT count(*) FROM findings WHERE status = 'OPEN') AS findings_open""")
                   .param("units", units.toArray(String[]::new)).param("start", period.start())
                   .param("end", period.end())
                   .param("from", from).param("to", to)
                   .query((rs, row) -> new BurdenFigures(from, to, rs.getLong("meetings"), rs.getLong("invitations"),
                                                         rs.getDouble("hours"), rs.getLong("inspections"),
                                                         rs.getLong("refused"), rs.getLong("pledges"),
                                                         rs.getLong("tasks"), rs.getLong("overdue"),
                                                         rs.getLong("requests"), rs.getLong("findings"),
                                                         rs.getLong("findings_open")))
                   .single();
    }

    /** Departments and offices by the load they put on streets, towns, communities and villages, heaviest first. */
    public List<DepartmentLoad> departments(Period period, int limit) {
        return jdbc.sql("""
                        WITH grassroots AS (SELECT code FROM unit_view WHERE kind IN %s),
                        loads AS (
                            SELECT d.code, d.name,
                                   (SELECT count(*) FROM meeting_attendee a
                                    JOIN meeting_view m USING (meeting_id) JOIN cadre_view c ON c.id = a.cadre_id
                                    WHERE m.organizer_unit_code = d.code AND a.invited AND m.status <> 'CANCELLED'
                                      AND c.unit_code IN (SELECT code FROM grassroots)
                                      AND m.start_at >= :start AND m.start_at < :end) AS invitations,
                                   (SELECT count(*) FROM inspection_view i JOIN inspection_target_view t
                                    USING (inspection_id)
                                    WHERE i.department_code = d.code AND i.status = 'CLEARED'
                                      AND t.unit_code IN (SELECT code FROM grassroots)
                                      AND NOT EXISTS (SELECT 1 FROM inspection_refusal_view r
                                                      WHERE r.inspection_id = i.inspection_id
                                                        AND r.unit_code = t.unit_code)
                                      AND i.window_start BETWEEN :from AND :to) AS inspections,
                                   (SELECT count(*) FROM pledge_view p WHERE p.issuing_department_code = d.code
                                      AND p.filed_on BETWEEN :from AND :to) AS pledges,
                                   (SELECT count(*) FROM meeting_task_view k WHERE k.organizer_unit_code = d.code
                                      AND k.assignee_unit_code IN (SELECT code FROM grassroots)
                                      AND k.assigned_at >= :start AND k.assigned_at < :end) AS tasks
                            FROM unit_view d WHERE d.kind IN ('DEPARTMENT', 'OFFICE'))
                        SELECT *, invitations + inspections + pledges + tasks AS total FROM loads
                        WHERE invitations + inspections + pledges + tasks > 0
                        ORDER BY total DESC, code LIMIT :limit""".formatted(GRASSROOTS))
                   .param("start", period.start()).param("end", period.end()).param("from", period.from())
                   .param("to", period.to()).param("limit", limit)
                   .query((rs, row) -> new DepartmentLoad(row + 1, rs.getString("code"), rs.getString("name"),
                                                          rs.getLong("invitations"), rs.getLong("inspections"),
                                                          rs.getLong("pledges"), rs.getLong("tasks"),
                                                          rs.getLong("total")))
                   .list();
    }
}
