package io.jianfu.query.coordination;

import io.jianfu.query.common.DistrictTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads coordination requests with their departments and complaints. */
@Component
public class CoordinationQueries {
    private static final TypeReference<List<String>> CODES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public CoordinationQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Requests of a street, in a status, or calling a department; newest first. */
    public List<CoordinationView> list(String street, String status, String department, int limit) {
        List<CoordinationView> rows = jdbc.sql("""
                                  SELECT * FROM coordination_request_view r
                                  WHERE (CAST(:street AS varchar) IS NULL OR street_code = :street
                                         OR raised_by_unit_code = :street)
                                    AND (CAST(:status AS varchar) IS NULL OR status = :status)
                                    AND (CAST(:department AS varchar) IS NULL OR EXISTS (
                                         SELECT 1 FROM coordination_duty_view d
                                         WHERE d.request_id = r.request_id AND d.department_code = :department))
                                  ORDER BY raised_at DESC, request_id
                                  LIMIT :limit""")
                             .param("street", street).param("status", status).param("department", department)
                             .param("limit", limit)
                             .query((rs, n) -> row(rs))
                             .list();
        return withDetails(rows);
    }

    public Optional<CoordinationView> one(String requestId) {
        return jdbc.sql("SELECT * FROM coordination_request_view WHERE request_id = ?")
                   .param(requestId)
                   .query((rs, n) -> row(rs))
                   .optional()
                   .map(row -> withDetails(List.of(row)).get(0));
    }

    private List<CoordinationView> withDetails(List<CoordinationView> rows) {
        String[] ids = rows.stream().map(row -> row.id()).toArray(String[]::new);
        Map<String, List<CoordinationView.Duty>> duties = jdbc.sql("""
                        SELECT d.*, r.raised_at FROM coordination_duty_view d
                        JOIN coordination_request_view r USING (request_id)
                        WHERE request_id = ANY(?) ORDER BY d.lead DESC, d.arrived_at NULLS LAST, d.department_code""")
                .param(ids)
                .query((rs, n) -> Map.entry(rs.getString("request_id"), duty(rs)))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                                               Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<String, List<CoordinationView.Complaint>> complaints = jdbc.sql("""
                        SELECT * FROM coordination_complaint_view WHERE request_id = ANY(?)
                        ORDER BY complained_at, complaint_id""")
                .param(ids)
                .query((rs, n) -> Map.entry(rs.getString("request_id"), new CoordinationView.Complaint(
                        rs.getString("complaint_id"), rs.getString("department_code"),
                        rs.getString("complainant_unit_code"), rs.getString("description"),
                        time(rs, "complained_at"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                                               Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream()
                   .map(row -> complete(row, duties.getOrDefault(row.id(), List.of()),
                                            complaints.getOrDefault(row.id(), List.of())))
                   .toList();
    }

    private static CoordinationView.Duty duty(ResultSet rs) throws SQLException {
        OffsetDateTime arrived = time(rs, "arrived_at");
        OffsetDateTime raised = time(rs, "raised_at");
        return new CoordinationView.Duty(rs.getString("department_code"), rs.getBoolean("lead"), arrived,
                                         arrived == null ? null : Duration.between(raised, arrived).toMinutes());
    }

    private static CoordinationView complete(CoordinationView v, List<CoordinationView.Duty> duties,
                                             List<CoordinationView.Complaint> complaints) {
        return new CoordinationView(v.id(), v.raisedByUnitCode(), v.streetCode(), v.place(), v.description(),
                                    v.raisedMatterId(), v.raisedAt(), v.status(), v.routing(), duties, v.plan(),
                                    v.resolvedAt(), v.summary(), v.satisfied(), v.ratingComment(), complaints,
                                    v.timings());
    }

    /** A request without its departments and complaints, which {@link #withDetails} adds. */
    private CoordinationView row(ResultSet rs) throws SQLException {
        OffsetDateTime raised = time(rs, "raised_at");
        OffsetDateTime firstArrival = time(rs, "first_arrival_at");
        OffsetDateTime firstPlan = time(rs, "first_plan_at");
        OffsetDateTime resolved = time(rs, "resolved_at");
        String basis = rs.getString("routing_basis");
        CoordinationView.Routing routing = basis == null ? null : new CoordinationView.Routing(
                basis, rs.getString("matter_id"), (Integer) rs.getObject("matter_version"),
                rs.getString("lead_department_code"),
                json.readValue(rs.getString("cooperating_department_codes"), CODES), rs.getString("street_duty"),
                rs.getString("routing_note"));
        CoordinationView.Plan plan = firstPlan == null ? null : new CoordinationView.Plan(
                rs.getString("plan"), rs.getString("plan_published_by"), time(rs, "plan_at"), firstPlan);
        var timings = new CoordinationView.Timings(
                firstArrival == null ? null : Duration.between(raised, firstArrival).toMinutes(),
                days(raised, firstPlan), days(raised, resolved));
        return new CoordinationView(rs.getString("request_id"), rs.getString("raised_by_unit_code"),
                                            rs.getString("street_code"), rs.getString("place"),
                                            rs.getString("description"), rs.getString("raised_matter_id"), raised,
                                            rs.getString("status"), routing, List.of(), plan, resolved,
                                            rs.getString("summary"), (Boolean) rs.getObject("satisfied"),
                                            rs.getString("rating_comment"), List.of(), timings);
    }

    private static BigDecimal days(OffsetDateTime from, OffsetDateTime to) {
        if (to == null) {
            return null;
        }
        return BigDecimal.valueOf(Duration.between(from, to).toMinutes())
                         .divide(BigDecimal.valueOf(24 * 60), 1, RoundingMode.HALF_UP);
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return DistrictTime.inDistrict(rs.getObject(column, OffsetDateTime.class));
    }
}
