package io.jianfu.query.inspection;

import io.jianfu.query.common.DistrictTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The burden reports, computed when asked from the inspection views and the finding view (they belong to two
 * processing groups, so no projection reads the other's tables).
 */
@Component
public class InspectionBurdenQueries {
    private static final InspectionBurdenReport.Findings NO_FINDINGS = new InspectionBurdenReport.Findings(0, 0, 0, 0);
    private static final InspectionBurdenReport.UnitBurden IDLE = new InspectionBurdenReport.UnitBurden(
            null, new InspectionBurdenReport.Received(0, 0, 0, 0), 0, 0, 0, 0, 0, 0,
            new InspectionBurdenReport.Refused(0, 0, 0), NO_FINDINGS);
    private static final String RECEIVED = "v.status = 'CLEARED' AND r.unit_code IS NULL";

    private final JdbcClient jdbc;
    private final Clock clock;

    public InspectionBurdenQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.system(DistrictTime.ZONE);
    }

    /** Every unit inspected (or refusing, or with findings) in the month, or only {@code unit} (zeros if idle). */
    public InspectionBurdenReport unitMonth(String month, String unit) {
        Map<String, InspectionBurdenReport.UnitBurden> inspections = new TreeMap<>();
        jdbc.sql("""
                 SELECT t.unit_code,
                        COUNT(*) FILTER (WHERE %1$s AND v.basis = 'PLAN') AS plan,
                        COUNT(*) FILTER (WHERE %1$s AND v.basis = 'EMERGENCY') AS emergency,
                        COUNT(*) FILTER (WHERE %1$s AND v.basis = 'SINGLE') AS single,
                        COUNT(*) FILTER (WHERE %1$s) AS total,
                        COUNT(DISTINCT e.joint_id) FILTER (WHERE %1$s) AS joints,
                        COUNT(e.joint_id) FILTER (WHERE %1$s) AS in_joint,
                        COUNT(DISTINCT COALESCE(e.joint_id, v.inspection_id)) FILTER (WHERE %1$s) AS visits,
                        COUNT(*) FILTER (WHERE v.status = 'PENDING') AS pending,
                        COUNT(*) FILTER (WHERE v.status = 'REJECTED') AS rejected,
                        COUNT(*) FILTER (WHERE v.status = 'HALTED') AS halted,
                        COUNT(r.unit_code) AS refused
                 FROM inspection_target_view t
                 JOIN inspection_view v ON v.inspection_id = t.inspection_id
                 LEFT JOIN inspection_refusal_view r ON r.inspection_id = t.inspection_id AND r.unit_code = t.unit_code
                 LEFT JOIN inspection_month_entry e ON e.inspection_id = v.inspection_id
                 WHERE v.month = :month AND (CAST(:unit AS varchar) IS NULL OR t.unit_code = :unit)
                 GROUP BY t.unit_code""".formatted(RECEIVED))
            .param("month", month).param("unit", unit)
            .query(rs -> {
                inspections.put(rs.getString("unit_code"), unitRow(rs));
            });
        Map<String, Integer> unreported = new TreeMap<>();
        jdbc.sql("""
                 SELECT unit_code, COUNT(*) AS n FROM inspection_unreported_view
                 WHERE to_char(date, 'YYYY-MM') = :month AND (CAST(:unit AS varchar) IS NULL OR unit_code = :unit)
                 GROUP BY unit_code""")
            .param("month", month).param("unit", unit)
            .query(rs -> {
                unreported.put(rs.getString("unit_code"), rs.getInt("n"));
            });
        Map<String, InspectionBurdenReport.Findings> findings = findings("target_unit_code", "f.month = :month",
                                                                          month, unit);
        TreeSet<String> units = new TreeSet<>(inspections.keySet());
        units.addAll(unreported.keySet());
        units.addAll(findings.keySet());
        if (unit != null) {
            units.add(unit);
        }
        List<InspectionBurdenReport.UnitBurden> rows = new ArrayList<>();
        for (String code : units) {
            InspectionBurdenReport.UnitBurden base = inspections.getOrDefault(code, IDLE);
            int listed = base.refused().listed();
            int unlisted = unreported.getOrDefault(code, 0);
            rows.add(new InspectionBurdenReport.UnitBurden(
                    code, base.received(), base.jointInspections(), base.inspectionsInJoint(), base.visits(),
                    base.pending(), base.rejected(), base.halted(),
                    new InspectionBurdenReport.Refused(listed, unlisted, listed + unlisted),
                    findings.getOrDefault(code, NO_FINDINGS)));
        }
        return new InspectionBurdenReport(month, rows);
    }

    /** Every department with items or inspections in the year, or only {@code department} (zeros if idle). */
    public DepartmentInspectionReport departmentYear(int year, String department) {
        LocalDate today = LocalDate.now(clock);
        Map<String, int[]> items = new TreeMap<>();
        jdbc.sql("""
                 SELECT department_code, COUNT(*) AS items,
                        COALESCE(SUM(jsonb_array_length(months) * inspections_per_month), 0) AS inspections
                 FROM inspection_item_view
                 WHERE year = :year AND status = 'APPROVED'
                   AND (CAST(:department AS varchar) IS NULL OR department_code = :department)
                 GROUP BY department_code""")
            .param("year", year).param("department", department)
            .query(rs -> {
                items.put(rs.getString("department_code"), new int[]{rs.getInt("items"), rs.getInt("inspections")});
            });
        String carriedOut = """
                v.status = 'CLEARED' AND (COALESCE(m.published, FALSE) OR v.window_end < :today)
                AND (SELECT COUNT(*) FROM inspection_refusal_view r WHERE r.inspection_id = v.inspection_id)
                    < jsonb_array_length(v.target_unit_codes)""";
        Map<String, int[]> inspections = new TreeMap<>();
        jdbc.sql("""
                 SELECT v.department_code,
                        COUNT(*) FILTER (WHERE v.basis = 'PLAN') AS plan_requested,
                        COUNT(*) FILTER (WHERE v.basis = 'PLAN' AND %1$s) AS plan_carried_out,
                        COUNT(*) FILTER (WHERE %1$s) AS carried_out,
                        COUNT(*) FILTER (WHERE v.basis = 'EMERGENCY') AS emergency,
                        COUNT(*) FILTER (WHERE v.basis = 'SINGLE') AS single,
                        COUNT(*) FILTER (WHERE v.basis = 'SINGLE' AND v.cleared) AS approved,
                        COUNT(*) FILTER (WHERE v.basis = 'SINGLE' AND v.status = 'REJECTED') AS rejected,
                        COUNT(*) FILTER (WHERE v.basis = 'SINGLE' AND v.status = 'PENDING') AS pending,
                        COUNT(*) FILTER (WHERE v.status = 'HALTED') AS halted,
                        COALESCE(SUM((SELECT COUNT(*) FROM inspection_refusal_view r
                                      WHERE r.inspection_id = v.inspection_id)), 0) AS refusals
                 FROM inspection_view v
                 LEFT JOIN inspection_month_view m ON m.month = v.month
                 WHERE v.month LIKE :prefix AND (CAST(:department AS varchar) IS NULL OR v.department_code = :department)
                 GROUP BY v.department_code""".formatted(carriedOut))
            .param("prefix", year + "-%").param("department", department).param("today", today)
            .query(rs -> {
                inspections.put(rs.getString("department_code"), new int[]{
                        rs.getInt("plan_requested"), rs.getInt("plan_carried_out"), rs.getInt("carried_out"),
                        rs.getInt("emergency"), rs.getInt("single"), rs.getInt("approved"), rs.getInt("rejected"),
                        rs.getInt("pending"), rs.getInt("halted"), rs.getInt("refusals")});
            });
        Map<String, InspectionBurdenReport.Findings> findings = findings("department_code", "f.month LIKE :month",
                                                                          year + "-%", department);
        TreeSet<String> departments = new TreeSet<>(items.keySet());
        departments.addAll(inspections.keySet());
        departments.addAll(findings.keySet());
        if (department != null) {
            departments.add(department);
        }
        List<DepartmentInspectionReport.DepartmentYear> rows = new ArrayList<>();
        for (String code : departments) {
            int[] plan = items.getOrDefault(code, new int[2]);
            int[] done = inspections.getOrDefault(code, new int[10]);
            int decided = done[5] + done[6];
            rows.add(new DepartmentInspectionReport.DepartmentYear(
                    code, plan[0], plan[1], done[0], done[1], done[2],
                    new DepartmentInspectionReport.Unplanned(done[3], done[4], done[5], done[6], done[7],
                                                             decided == 0 ? null : (double) done[5] / decided),
                    done[8], done[9], findings.getOrDefault(code, NO_FINDINGS)));
        }
        return new DepartmentInspectionReport(year, today, rows);
    }

    /** Findings grouped by {@code column} (a unit or department code column of the finding view). */
    private Map<String, InspectionBurdenReport.Findings> findings(String column, String period, String value,
                                                                  String code) {
        Map<String, InspectionBurdenReport.Findings> byCode = new TreeMap<>();
        jdbc.sql("""
                 SELECT f.%1$s AS code, COUNT(*) AS recorded,
                        COUNT(*) FILTER (WHERE f.status = 'OPEN') AS open,
                        COUNT(*) FILTER (WHERE f.status = 'RECTIFIED') AS rectified,
                        COALESCE(SUM((SELECT COUNT(*) FROM inspection_finding_photo_view p
                                      WHERE p.inspection_id = f.inspection_id AND p.finding_id = f.finding_id
                                        AND p.kind = 'PROBLEM')), 0) AS photos
                 FROM inspection_finding_view f
                 WHERE %2$s AND (CAST(:code AS varchar) IS NULL OR f.%1$s = :code)
                 GROUP BY f.%1$s""".formatted(column, period))
            .param("month", value).param("code", code)
            .query(rs -> {
                byCode.put(rs.getString("code"), new InspectionBurdenReport.Findings(
                        rs.getInt("recorded"), rs.getInt("open"), rs.getInt("rectified"), rs.getInt("photos")));
            });
        return byCode;
    }

    private static InspectionBurdenReport.UnitBurden unitRow(ResultSet rs) throws SQLException {
        return new InspectionBurdenReport.UnitBurden(
                rs.getString("unit_code"),
                new InspectionBurdenReport.Received(rs.getInt("plan"), rs.getInt("emergency"), rs.getInt("single"),
                                                    rs.getInt("total")),
                rs.getInt("joints"), rs.getInt("in_joint"), rs.getInt("visits"), rs.getInt("pending"),
                rs.getInt("rejected"), rs.getInt("halted"),
                new InspectionBurdenReport.Refused(rs.getInt("refused"), 0, rs.getInt("refused")), NO_FINDINGS);
    }
}
