package io.jianfu.query.meeting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Computes quotas from the meeting and plan views at query time, so they can never drift from them. */
@Component
public class MeetingQuotaQuery {
    private final JdbcClient jdbc;

    public MeetingQuotaQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MeetingQuota> quotas(Integer year, String unitCode, QuotaColour colour) {
        return jdbc.sql("""
                        WITH counts AS (
                            SELECT organizer_unit_code AS unit_code, year,
                                   count(*) AS scheduled,
                                   count(*) FILTER (WHERE status = 'HELD') AS held,
                                   count(*) FILTER (WHERE status = 'CANCELLED') AS cancelled,
                                   count(*) FILTER (WHERE status <> 'CANCELLED' AND (attendee_count > s.max_attendees
                                       OR round(extract(epoch FROM end_at - start_at) / 60) > s.max_minutes))
                                       AS over_scale
                            FROM meeting_view LEFT JOIN scale_standard_view s USING (kind)
                            WHERE (CAST(:year AS integer) IS NULL OR year = :year)
                              AND (CAST(:unit AS varchar) IS NULL OR organizer_unit_code = :unit)
                            GROUP BY organizer_unit_code, year)
                        SELECT coalesce(p.unit_code, c.unit_code) AS unit_code, coalesce(p.year, c.year) AS year,
                               p.planned_count AS planned, coalesce(c.scheduled, 0) AS scheduled,
                               coalesce(c.held, 0) AS held, coalesce(c.cancelled, 0) AS cancelled,
                               coalesce(c.over_scale, 0) AS over_scale
                        FROM (SELECT * FROM meeting_plan_view
                              WHERE (CAST(:year AS integer) IS NULL OR year = :year)
                                AND (CAST(:unit AS varchar) IS NULL OR unit_code = :unit)) p
                        FULL OUTER JOIN counts c ON p.unit_code = c.unit_code AND p.year = c.year
                        ORDER BY 2, 1""")
                   .param("year", year).param("unit", unitCode)
                   .query((rs, row) -> quota(rs.getString("unit_code"), rs.getInt("year"),
                                             (Integer) rs.getObject("planned"), rs.getLong("scheduled"),
                                             rs.getLong("held"), rs.getLong("cancelled"), rs.getLong("over_scale")))
                   .list().stream()
                   .filter(quota -> colour == null || quota.colour() == colour)
                   .toList();
    }

    private static MeetingQuota quota(String unitCode, int year, Integer planned, long scheduled, long held,
                                      long cancelled, long overScale) {
        long counted = scheduled - cancelled;
        BigDecimal usage = planned == null || planned == 0 ? null
                : BigDecimal.valueOf(counted).divide(BigDecimal.valueOf(planned), 4, RoundingMode.HALF_UP);
        return new MeetingQuota(unitCode, year, planned, scheduled, held, cancelled, counted, usage,
                                QuotaColour.of(planned, counted), overScale);
    }
}
