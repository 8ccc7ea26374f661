package io.jianfu.query.inspection;

import io.jianfu.events.inspection.JointLink;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the inspection tables; joins the per-aggregate tables at read time. */
@Component
@Transactional(readOnly = true)
public class InspectionQueries {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Integer>> NUMBERS = new TypeReference<>() {
    };
    private static final TypeReference<List<JointLink>> LINKS = new TypeReference<>() {
    };
    private static final String SELECT_INSPECTIONS = """
            SELECT v.*, e.split_flags, e.joint_id, e.verification_code FROM inspection_view v
            LEFT JOIN inspection_month_entry e ON e.inspection_id = v.inspection_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public InspectionQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<InspectionItemView> masterList(Integer year, String department) {
        return jdbc.sql("""
                        SELECT * FROM inspection_item_view
                        WHERE (CAST(:year AS integer) IS NULL OR year = :year)
                          AND (CAST(:department AS varchar) IS NULL OR department_code = :department)
                        ORDER BY year, department_code, item_id""")
                   .param("year", year).param("department", department)
                   .query((rs, row) -> new InspectionItemView(rs.getString("item_id"), rs.getString("department_code"),
                                                              rs.getInt("year"), rs.getString("title"),
                                                              rs.getString("function"),
                                                              strings(rs, "target_unit_codes"),
                                                              strings(rs, "target_unit_kinds"),
                                                              json.readValue(rs.getString("months"), NUMBERS),
                                                              rs.getInt("inspections_per_month"),
                                                              rs.getString("status"), rs.getString("reason")))
                   .list();
    }

    public List<InspectionView> inspections(String month, String department, String target, String status,
                                            int limit) {
        return jdbc.sql(SELECT_INSPECTIONS + """
                        WHERE (CAST(:month AS varchar) IS NULL OR v.month = :month)
                          AND (CAST(:department AS varchar) IS NULL OR v.department_code = :department)
                          AND (CAST(:status AS varchar) IS NULL OR v.status = :status)
                          AND (CAST(:target AS varchar) IS NULL OR EXISTS (SELECT 1 FROM inspection_target_view t
                               WHERE t.inspection_id = v.inspection_id AND t.unit_code = :target))
                        ORDER BY v.window_start, v.inspection_id
                        LIMIT :limit""")
                   .param("month", month).param("department", department).param("status", status)
                   .param("target", target).param("limit", limit)
                   .query((rs, row) -> inspection(rs))
                   .list();
    }

    public Optional<InspectionView> inspection(String inspectionId) {
        return jdbc.sql(SELECT_INSPECTIONS + " WHERE v.inspection_id = ?").param(inspectionId)
                   .query((rs, row) -> inspection(rs)).optional();
    }

    public Optional<InspectionMonthView> month(String month) {
        return jdbc.sql("SELECT * FROM inspection_month_view WHERE month = ?").param(month)
                   .query((rs, row) -> new InspectionMonthView(rs.getString("month"), rs.getInt("consolidations"),
                                                               rs.getBoolean("published"), joints(month)))
                   .optional();
    }

    public Optional<VerificationView> verify(String code) {
        return jdbc.sql("SELECT * FROM inspection_code_view WHERE verification_code = ?").param(code)
                   .query((rs, row) -> List.of(rs.getString("month"), nullToEmpty(rs.getString("joint_id")),
                                               rs.getString("inspection_ids")))
                   .optional()
                   .map(row -> verification(code, row.get(0), row.get(1).isEmpty() ? null : row.get(1),
                                            json.readValue(row.get(2), STRINGS)));
    }

    public RefusalReport refusals(String unit, String department) {
        List<RefusalReport.RefusedInspection> refused = jdbc.sql("""
                        SELECT * FROM inspection_refusal_view
                        WHERE (CAST(:unit AS varchar) IS NULL OR unit_code = :unit)
                          AND (CAST(:department AS varchar) IS NULL OR department_code = :department)
                        ORDER BY inspection_id, unit_code""")
                .param("unit", unit).param("department", department)
                .query((rs, row) -> new RefusalReport.RefusedInspection(rs.getString("inspection_id"),
                                                                        rs.getString("unit_code"),
                                                                        rs.getString("department_code"),
                                                                        rs.getString("reason")))
                .list();
        List<RefusalReport.Unreported> unreported = jdbc.sql("""
                        SELECT * FROM inspection_unreported_view
                        WHERE (CAST(:unit AS varchar) IS NULL OR unit_code = :unit)
                          AND (CAST(:department AS varchar) IS NULL OR department_code = :department)
                        ORDER BY date, record_id""")
                .param("unit", unit).param("department", department)
                .query((rs, row) -> new RefusalReport.Unreported(rs.getString("record_id"), rs.getString("unit_code"),
                                                                 rs.getString("department_code"),
                                                                 rs.getObject("date", LocalDate.class),
                                                                 rs.getString("description"),
                                                                 rs.getBoolean("halted"), rs.getString("halt_reason"),
                                                                 rs.getString("rectification")))
                .list();
        return new RefusalReport(refused.size(), unreported.size(), refused, unreported);
    }

    private VerificationView verification(String code, String month, String jointId, List<String> inspectionIds) {
        List<InspectionView> members = new ArrayList<>();
        inspectionIds.forEach(id -> inspection(id).ifPresent(members::add));
        if (jointId != null) {
            JointInspectionView joint = jdbc.sql("SELECT * FROM inspection_joint_view WHERE joint_id = ?")
                                            .param(jointId).query((rs, row) -> joint(rs)).single();
            return new VerificationView(code, month, jointId, joint.title(), joint.departmentCodes(),
                                        joint.targetUnitCodes(), joint.jointStart(), joint.jointEnd(), members);
        }
        InspectionView single = members.isEmpty() ? null : members.get(0);
        return new VerificationView(code, month, null, single == null ? null : single.title(),
                                    single == null ? List.of() : List.of(single.departmentCode()),
                                    single == null ? List.of() : single.targetUnitCodes(),
                                    single == null ? null : single.windowStart(),
                                    single == null ? null : single.windowEnd(), members);
    }

    private List<JointInspectionView> joints(String month) {
        return jdbc.sql("SELECT * FROM inspection_joint_view WHERE month = ? ORDER BY position").param(month)
                   .query((rs, row) -> joint(rs)).list();
    }

    private JointInspectionView joint(ResultSet rs) throws SQLException {
        return new JointInspectionView(rs.getString("joint_id"), rs.getString("title"),
                                       rs.getString("lead_department_code"), strings(rs, "inspection_ids"),
                                       strings(rs, "department_codes"), strings(rs, "target_unit_codes"),
                                       rs.getObject("joint_start", LocalDate.class),
                                       rs.getObject("joint_end", LocalDate.class),
                                       json.readValue(rs.getString("links"), LINKS),
                                       rs.getString("verification_code"));
    }

    private InspectionView inspection(ResultSet rs) throws SQLException {
        String id = rs.getString("inspection_id");
        String flags = rs.getString("split_flags");
        List<String> splitFlags = flags == null ? List.of() : json.readValue(flags, STRINGS);
        String code = rs.getString("verification_code");
        List<InspectionView.Refusal> refusals = jdbc.sql("""
                        SELECT unit_code, reason FROM inspection_refusal_view WHERE inspection_id = ?
                        ORDER BY unit_code""")
                .param(id)
                .query((r, row) -> new InspectionView.Refusal(r.getString("unit_code"), r.getString("reason")))
                .list();
        return new InspectionView(id, rs.getString("department_code"), rs.getString("title"),
                                  rs.getString("function"), strings(rs, "target_unit_codes"),
                                  rs.getObject("window_start", LocalDate.class),
                                  rs.getObject("window_end", LocalDate.class), rs.getString("month"),
                                  rs.getString("basis"), rs.getString("plan_item_id"),
                                  rs.getString("emergency_category"), rs.getString("status"),
                                  rs.getString("rejection_reason"), !splitFlags.isEmpty(), splitFlags,
                                  rs.getString("joint_id"), code != null, code, rs.getString("halt_reason"),
                                  rs.getString("rectification"), refusals);
    }

    private List<String> strings(ResultSet rs, String column) throws SQLException {
        return json.readValue(rs.getString(column), STRINGS);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
