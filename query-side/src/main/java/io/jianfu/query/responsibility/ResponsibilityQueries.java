package io.jianfu.query.responsibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads the responsibility list (属地事项责任清单): the versions in force on a date, and a matter's history. */
@Component
public class ResponsibilityQueries {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ResponsibilityQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The version of each matter in force on {@code asOf}, optionally of one domain or naming one department. */
    public List<MatterVersion> inForce(LocalDate asOf, String domain, String department, int limit) {
        return jdbc.sql("""
                        SELECT * FROM responsibility_version_view
                        WHERE valid_from <= :asOf AND (valid_to IS NULL OR valid_to > :asOf)
                          AND (CAST(:domain AS varchar) IS NULL OR domain = :domain)
                          AND (CAST(:department AS varchar) IS NULL OR lead_department_code = :department
                               OR cooperating_department_codes @> jsonb_build_array(CAST(:department AS varchar)))
                        ORDER BY domain, title, matter_id
                        LIMIT :limit""")
                   .param("asOf", asOf).param("domain", domain).param("department", department)
                   .param("limit", limit)
                   .query((rs, row) -> version(rs))
                   .list();
    }

    public Optional<MatterHistory> history(String matterId) {
        List<MatterVersion> versions = jdbc.sql("""
                        SELECT * FROM responsibility_version_view WHERE matter_id = ? ORDER BY version""")
                                           .param(matterId)
                                           .query((rs, row) -> version(rs))
                                           .list();
        return jdbc.sql("SELECT * FROM responsibility_matter_view WHERE matter_id = ?")
                   .param(matterId)
                   .query((rs, row) -> new MatterHistory(rs.getString("matter_id"), rs.getInt("current_version"),
                                                         rs.getObject("retired_on", LocalDate.class),
                                                         rs.getString("retirement_reason"), versions))
                   .optional();
    }

    private MatterVersion version(ResultSet rs) throws SQLException {
        return new MatterVersion(rs.getString("matter_id"), rs.getInt("version"), rs.getString("domain"),
                                 rs.getString("title"), rs.getString("lead_department_code"),
                                 strings(rs.getString("cooperating_department_codes")), rs.getString("street_duty"),
                                 strings(rs.getString("procedure_steps")), rs.getInt("time_limit_days"),
                                 rs.getString("accountability"), rs.getObject("valid_from", LocalDate.class),
                                 rs.getObject("valid_to", LocalDate.class));
    }

    private List<String> strings(String array) {
        return array == null ? List.of() : json.readValue(array, STRINGS);
    }
}
