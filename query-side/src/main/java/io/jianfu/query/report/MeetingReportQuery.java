package io.jianfu.query.report;

import io.jianfu.query.common.Change;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Computes the yearly meeting figures from the meeting, paperwork and overlap views at query time. */
@Component
public class MeetingReportQuery {
    private final JdbcClient jdbc;

    public MeetingReportQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public MeetingYearReport report(int year, String unitCode) {
        MeetingYearFigures current = figures(year, unitCode);
        MeetingYearFigures previous = figures(year - 1, unitCode);
        Map<String, BigDecimal> change = new LinkedHashMap<>();
        change.put("meetingsHeld", Change.of(current.meetingsHeld(), previous.meetingsHeld()));
        change.put("totalMinutes", Change.of(current.totalMinutes(), previous.totalMinutes()));
        change.put("averageMinutes", Change.of(current.averageMinutes(), previous.averageMinutes()));
        change.put("topLeaderAttendances", Change.of(current.topLeaderAttendances(),
                                                     previous.topLeaderAttendances()));
        change.put("printedPages", Change.of(current.printedPages(), previous.printedPages()));
        change.put("mergesMade", Change.of(current.mergesMade(), previous.mergesMade()));
        change.put("shareOfWarningsActedOn", Change.of(current.shareOfWarningsActedOn(),
                                                       previous.shareOfWarningsActedOn()));
        return new MeetingYearReport(unitCode, current, previous, change);
    }

    private MeetingYearFigures figures(int year, String unitCode) {
        return jdbc.sql("""
                        WITH held AS (
                            SELECT meeting_id,
                                   extract(epoch FROM actual_end - actual_start) / 60 AS minutes
                            FROM meeting_view
                            WHERE status = 'HELD' AND year = :year
                              AND (CAST(:unit AS varchar) IS NULL OR organizer_unit_code = :unit)),
                        warnings AS (
                            SELECT status FROM overlap_warning
                            WHERE extract(year FROM day) = :year
                              AND (CAST(:unit AS varchar) IS NULL OR organizer_unit_code = :unit))
                        SELECT (SELECT count(*) FROM held) AS meetings,
                               (SELECT coalesce(round(sum(minutes)), 0) FROM held) AS total_minutes,
                               (SELECT round(avg(minutes), 2) FROM held) AS average_minutes,
                               (SELECT count(*) FROM meeting_attendee a JOIN held h USING (meeting_id)
                                JOIN cadre_view c ON c.id = a.cadre_id
                                WHERE a.attended AND c.top_leader) AS top_leaders,
                               (SELECT coalesce(sum(p.pages * p.copies), 0) FROM paperwork_printing_view p
                                JOIN meeting_view m USING (meeting_id)
                                WHERE m.year = :year AND m.status <> 'CANCELLED'
                                  AND (CAST(:unit AS varchar) IS NULL OR m.organizer_unit_code = :unit))
                                   AS printed_pages,
                               (SELECT count(DISTINCT merged_into) FROM overlap_meeting
                                WHERE merged_into IS NOT NULL AND extract(year FROM day) = :year
                                  AND (CAST(:unit AS varchar) IS NULL OR organizer_unit_code = :unit)) AS merges,
                               (SELECT count(*) FROM warnings) AS warnings,
                               (SELECT count(*) FROM warnings WHERE status IN ('MERGED', 'DISMISSED')) AS acted_on""")
                   .param("year", year).param("unit", unitCode)
                   .query((rs, row) -> {
                       long warnings = rs.getLong("warnings");
                       long actedOn = rs.getLong("acted_on");
                       BigDecimal share = warnings == 0 ? null
                               : BigDecimal.valueOf(actedOn).divide(BigDecimal.valueOf(warnings), 4,
                                                                    RoundingMode.HALF_UP);
                       return new MeetingYearFigures(year, rs.getLong("meetings"), rs.getLong("total_minutes"),
                                                     rs.getBigDecimal("average_minutes"), rs.getLong("top_leaders"),
                                                     rs.getLong("printed_pages"), rs.getLong("merges"), warnings,
                                                     actedOn, share);
                   })
                   .single();
    }
}
