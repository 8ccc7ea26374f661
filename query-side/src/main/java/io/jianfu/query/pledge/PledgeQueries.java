package io.jianfu.query.pledge;

import io.jianfu.events.responsibility.PledgeClause;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reads pledges (责任状) and audits each against the responsibility list version in force on its filing date. */
@Component
public class PledgeQueries {
    private static final TypeReference<List<PledgeClause>> CLAUSES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public PledgeQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Pledges of a target and year (either optional), optionally only flagged or unflagged ones. */
    public List<PledgeView> list(String target, Integer year, Boolean flagged, int limit) {
        List<PledgeView> pledges = rows(target, year);
        return pledges.stream().filter(p -> flagged == null || p.flagged() == flagged).limit(limit).toList();
    }

    public Optional<PledgeView> one(String pledgeId) {
        Map<LocalDate, Map<String, ListedMatter>> lists = new HashMap<>();
        return jdbc.sql("SELECT * FROM pledge_view WHERE pledge_id = ?")
                   .param(pledgeId)
                   .query((rs, row) -> view(rs, lists))
                   .optional();
    }

    public PledgeReport report(Integer year) {
        List<PledgeView> pledges = rows(null, year);
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, Integer> revokedByKind = new TreeMap<>();
        int findings = 0;
        int revoked = 0;
        for (PledgeView pledge : pledges) {
            findings += pledge.findings().size();
            pledge.findings().forEach(f -> byKind.merge(f.kind().name(), 1, Integer::sum));
            if ("REVOKED".equals(pledge.status())) {
                revoked++;
                pledge.findings().stream().map(f -> f.kind().name()).distinct()
                      .forEach(kind -> revokedByKind.merge(kind, 1, Integer::sum));
            }
        }
        int flagged = (int) pledges.stream().filter(PledgeView::flagged).count();
        Map<List<Object>, Long> perStreet = pledges.stream().collect(Collectors.groupingBy(
                p -> List.of(p.targetUnitCode(), p.year()), LinkedHashMap::new, Collectors.counting()));
        List<PledgeReport.StreetYear> streets = perStreet.entrySet().stream()
                .map(e -> new PledgeReport.StreetYear((String) e.getKey().get(0), (Integer) e.getKey().get(1),
                                                      e.getValue().intValue()))
                .sorted((a, b) -> a.year() != b.year() ? Integer.compare(a.year(), b.year())
                        : a.pledges() != b.pledges() ? Integer.compare(b.pledges(), a.pledges())
                        : a.targetUnitCode().compareTo(b.targetUnitCode()))
                .toList();
        return new PledgeReport(year, pledges.size(), findings, flagged, byKind, revoked, revokedByKind, streets);
    }

    private List<PledgeView> rows(String target, Integer year) {
        Map<LocalDate, Map<String, ListedMatter>> lists = new HashMap<>();
        return jdbc.sql("""
                        SELECT * FROM pledge_view
                        WHERE (CAST(:target AS varchar) IS NULL OR target_unit_code = :target)
                          AND (CAST(:year AS integer) IS NULL OR year = :year)
                        ORDER BY filed_on, pledge_id""")
                   .param("target", target).param("year", year)
                   .query((rs, row) -> view(rs, lists))
                   .list();
    }

    private PledgeView view(ResultSet rs, Map<LocalDate, Map<String, ListedMatter>> lists) throws SQLException {
        LocalDate filedOn = rs.getObject("filed_on", LocalDate.class);
        List<PledgeClause> clauses = json.readValue(rs.getString("clauses"), CLAUSES);
        List<PledgeFinding> findings = PledgeAudit.audit(clauses, lists.computeIfAbsent(filedOn, this::inForce),
                                                         rs.getString("issuing_department_code"));
        return new PledgeView(rs.getString("pledge_id"), rs.getString("issuing_department_code"),
                              rs.getString("target_unit_code"), rs.getInt("year"), filedOn, clauses,
                              rs.getInt("amendments"), rs.getString("last_amendment_reason"), rs.getString("status"),
                              rs.getString("verdict_reason"), !findings.isEmpty(), findings);
    }

    /** Every matter's version in force on {@code date}, by matter id. */
    private Map<String, ListedMatter> inForce(LocalDate date) {
        Map<String, ListedMatter> matters = new LinkedHashMap<>();
        jdbc.sql("""
                 SELECT matter_id, domain, title, lead_department_code, street_duty FROM responsibility_version_view
                 WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)
                 ORDER BY matter_id""")
            .params(date, date)
            .query((rs, row) -> new ListedMatter(rs.getString("matter_id"), rs.getString("domain"),
                                                 rs.getString("title"), rs.getString("lead_department_code"),
                                                 rs.getString("street_duty")))
            .list()
            .forEach(matter -> matters.put(matter.matterId(), matter));
        return matters;
    }
}
