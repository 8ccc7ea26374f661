package io.jianfu.query.coordination;

import io.jianfu.query.common.Change;
import io.jianfu.query.common.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Computes the coordination figures of two periods from the coordination views at query time. */
@Component
public class CoordinationReportQuery {
    private final JdbcClient jdbc;

    public CoordinationReportQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Both periods run from the start of their first day to the end of their last, district time. */
    public CoordinationReport report(Period period, Period earlier, String street) {
        CoordinationFigures current = figures(period, street);
        CoordinationFigures previous = figures(earlier, street);
        Map<String, BigDecimal> change = new LinkedHashMap<>();
        change.put("raised", Change.of(current.raised(), previous.raised()));
        change.put("averageMinutesToFirstOnSite", Change.of(current.averageMinutesToFirstOnSite(),
                                                            previous.averageMinutesToFirstOnSite()));
        change.put("resolved", Change.of(current.resolved(), previous.resolved()));
        change.put("crossDepartmentShare", Change.of(current.crossDepartmentShare(),
                                                     previous.crossDepartmentShare()));
        change.put("averageDaysToResolution", Change.of(current.averageDaysToResolution(),
                                                        previous.averageDaysToResolution()));
        change.put("medianDaysToResolution", Change.of(current.medianDaysToResolution(),
                                                       previous.medianDaysToResolution()));
        change.put("satisfactionRate", Change.of(current.satisfactionRate(), previous.satisfactionRate()));
        change.put("complaints", Change.of(current.complaints(), previous.complaints()));
        return new CoordinationReport(street, current, previous, change);
    }

    private CoordinationFigures figures(Period period, String street) {
        OffsetDateTime start = period.start();
        OffsetDateTime end = period.end();
        List<CoordinationFigures.DepartmentComplaints> byDepartment = jdbc.sql("""
                        SELECT c.department_code, count(*) AS complaints
                        FROM coordination_complaint_view c JOIN coordination_request_view r USING (request_id)
                        WHERE c.complained_at >= :start AND c.complained_at < :end
                          AND (CAST(:street AS varchar) IS NULL OR r.street_code = :street)
                        GROUP BY c.department_code ORDER BY complaints DESC, c.department_code""")
                .param("start", start).param("end", end).param("street", street)
                .query((rs, n) -> new CoordinationFigures.DepartmentComplaints(rs.getString(1), rs.getLong(2)))
                .list();
        return jdbc.sql("""
                        WITH raised AS (
                            SELECT extract(epoch FROM first_arrival_at - raised_at) / 60 AS on_site_minutes,
                                   extract(epoch FROM first_plan_at - raised_at) / 86400 AS plan_days
                            FROM coordination_request_view
                            WHERE raised_at >= :start AND raised_at < :end
                              AND (CAST(:street AS varchar) IS NULL OR street_code = :street)),
                        solved AS (
                            SELECT extract(epoch FROM resolved_at - raised_at) / 86400 AS days, satisfied,
                                   (SELECT count(*) FROM coordination_duty_view d
                                    WHERE d.request_id = r.request_id) AS departments
                            FROM coordination_request_view r
                            WHERE resolved_at >= :start AND resolved_at < :end
                              AND (CAST(:street AS varchar) IS NULL OR street_code = :street))
                        SELECT (SELECT count(*) FROM raised) AS raised,
                               (SELECT round(avg(on_site_minutes), 1) FROM raised) AS avg_on_site,
                               (SELECT round(CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY on_site_minutes)
                                                  AS numeric), 1) FROM raised) AS median_on_site,
                               (SELECT round(avg(plan_days), 1) FROM raised) AS avg_plan,
                               (SELECT round(CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY plan_days)
                                                  AS numeric), 1) FROM raised) AS median_plan,
                               (SELECT count(*) FROM solved) AS solved,
                               (SELECT count(*) FROM solved WHERE departments >= 2) AS cross_department,
                               (SELECT round(avg(days), 1) FROM solved) AS avg_days,
                               (SELECT round(CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS numeric), 1)
                                FROM solved) AS median_days,
                               (SELECT count(*) FROM solved WHERE satisfied IS NOT NULL) AS rated,
                               (SELECT count(*) FROM solved WHERE satisfied) AS satisfied,
                               (SELECT count(*) FROM coordination_complaint_view c
                                JOIN coordination_request_view r USING (request_id)
                                WHERE c.complained_at >= :start AND c.complained_at < :end
                                  AND (CAST(:street AS varchar) IS NULL OR r.street_code = :street)) AS complaints""")
                   .param("start", start).param("end", end).param("street", street)
                   .query((rs, n) -> {
                       long solved = rs.getLong("solved");
                       long crossDepartment = rs.getLong("cross_department");
                       long rated = rs.getLong("rated");
                       long satisfied = rs.getLong("satisfied");
                       return new CoordinationFigures(period.from(), period.to(), rs.getLong("raised"),
                                                      rs.getBigDecimal("avg_on_site"), rs.getBigDecimal("median_on_site"),
                                                      rs.getBigDecimal("avg_plan"), rs.getBigDecimal("median_plan"), solved, crossDepartment,
                                                      share(crossDepartment, solved), rs.getBigDecimal("avg_days"),
                                                      rs.getBigDecimal("median_days"), rated, satisfied,
                                                      share(satisfied, rated), rs.getLong("complaints"), byDepartment);
                   })
                   .single();
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
