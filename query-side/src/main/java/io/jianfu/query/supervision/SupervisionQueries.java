package io.jianfu.query.supervision;

import io.jianfu.events.supervision.BulletinProblem;
import io.jianfu.events.supervision.EvidenceLink;
import io.jianfu.query.common.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads supervision cases and bulletins, and counts them for the discipline office's report. */
@Component
public class SupervisionQueries {
    private static final TypeReference<List<EvidenceLink>> EVIDENCE = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> IDS = new TypeReference<>() {
    };
    private static final TypeReference<List<BulletinProblem>> PROBLEMS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public SupervisionQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<SupervisionCaseView> cases(String unit, String status, String basis, int limit) {
        List<SupervisionCaseView> rows = jdbc.sql("""
                        SELECT * FROM supervision_case_view
                        WHERE (CAST(:unit AS varchar) IS NULL OR subject_unit_code = :unit)
                          AND (CAST(:status AS varchar) IS NULL OR status = :status)
                          AND (CAST(:basis AS varchar) IS NULL OR basis = :basis)
                        ORDER BY opened_on DESC, case_id LIMIT :limit""")
                   .param("unit", unit).param("status", status).param("basis", basis).param("limit", limit)
                   .query((rs, row) -> caseOf(rs))
                   .list();
        return withPeopleAndSteps(rows);
    }

    public Optional<SupervisionCaseView> oneCase(String caseId) {
        return jdbc.sql("SELECT * FROM supervision_case_view WHERE case_id = ?").param(caseId)
                   .query((rs, row) -> caseOf(rs))
                   .optional().map(view -> withPeopleAndSteps(List.of(view)).get(0));
    }

    public List<BulletinView> bulletins(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT * FROM bulletin_view
                        WHERE (CAST(:from AS date) IS NULL OR issued_on >= :from)
                          AND (CAST(:to AS date) IS NULL OR issued_on <= :to)
                        ORDER BY issued_on, bulletin_id""")
                   .param("from", from).param("to", to)
                   .query((rs, row) -> new BulletinView(rs.getString("bulletin_id"), rs.getString("title"),
                                                        rs.getObject("period_from", LocalDate.class),
                                                        rs.getObject("period_to", LocalDate.class),
                                                        rs.getObject("issued_on", LocalDate.class),
                                                        json.readValue(rs.getString("problems"), PROBLEMS)))
                   .list();
    }

    /** Cases count by the day they were opened, bulletins by the day issued, discipline by the day decided. */
    public SupervisionReport report(Period period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        Map<String, Long> byBasis = new LinkedHashMap<>();
        jdbc.sql("""
                 SELECT basis, count(*) FROM supervision_case_view WHERE opened_on BETWEEN ? AND ?
                 GROUP BY basis ORDER BY basis""")
            .params(from, to)
            .query((rs, row) -> byBasis.put(rs.getString(1), rs.getLong(2)))
            .list();
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM bulletin_view WHERE issued_on BETWEEN :from AND :to) AS bulletins,
                               (SELECT coalesce(sum(problem_count), 0) FROM bulletin_view
                                WHERE issued_on BETWEEN :from AND :to) AS problems,
                               (SELECT count(*) FROM supervision_case_view WHERE opened_on BETWEEN :from AND :to)
                                   AS cases,
                               (SELECT count(DISTINCT p.cadre_id) FROM supervision_case_person p
                                JOIN supervision_case_view c USING (case_id)
                                WHERE c.opened_on BETWEEN :from AND :to) AS people,
                               (SELECT count(DISTINCT cadre_id) FROM supervision_case_person
                                WHERE disciplined_on BETWEEN :from AND :to) AS disciplined,
                               (SELECT count(*) FROM supervision_case_view WHERE closed_on BETWEEN :from AND :to)
                                   AS closed,
                               (SELECT count(*) FROM supervision_case_step
                                WHERE kind = 'INTERVIEW' AND on_date BETWEEN :from AND :to) AS interviews""")
                   .param("from", from).param("to", to)
                   .query((rs, row) -> new SupervisionReport(from, to, rs.getLong("bulletins"), rs.getLong("problems"),
                                                             rs.getLong("cases"), rs.getLong("people"),
                                                             rs.getLong("disciplined"), rs.getLong("closed"),
                                                             rs.getLong("interviews"), byBasis))
                   .single();
    }

    /** A case row without its people and steps, which {@link #withPeopleAndSteps} adds. */
    private SupervisionCaseView caseOf(ResultSet rs) throws SQLException {
        return new SupervisionCaseView(rs.getString("case_id"), rs.getString("subject_unit_code"),
                                       rs.getString("basis"), rs.getString("problem"),
                                       json.readValue(rs.getString("evidence"), EVIDENCE),
                                       rs.getObject("opened_on", LocalDate.class), rs.getString("status"),
                                       rs.getString("conclusion"), rs.getObject("closed_on", LocalDate.class),
                                       List.of(), List.of());
    }

    /** Adds the people and steps of all {@code views} with one query each. */
    private List<SupervisionCaseView> withPeopleAndSteps(List<SupervisionCaseView> views) {
        String[] ids = views.stream().map(SupervisionCaseView::id).toArray(String[]::new);
        Map<String, List<SupervisionCaseView.Person>> people = jdbc.sql("""
                        SELECT * FROM supervision_case_person WHERE case_id = ANY(?) ORDER BY case_id, cadre_id""")
                .param(ids)
                .query((p, row) -> Map.entry(p.getString("case_id"), new SupervisionCaseView.Person(
                        p.getString("cadre_id"), p.getBoolean("involved"), p.getBoolean("interviewed"),
                        p.getObject("disciplined_on", LocalDate.class))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                                               Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<String, List<SupervisionCaseView.Step>> steps = jdbc.sql("""
                        SELECT * FROM supervision_case_step WHERE case_id = ANY(?) ORDER BY case_id, sequence_number""")
                .param(ids)
                .query((s, row) -> Map.entry(s.getString("case_id"), new SupervisionCaseView.Step(
                        s.getString("kind"), s.getObject("on_date", LocalDate.class),
                        json.readValue(s.getString("cadre_ids"), IDS), s.getString("text"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                                               Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return views.stream()
                    .map(view -> new SupervisionCaseView(view.id(), view.subjectUnitCode(), view.basis(),
                                                         view.problem(), view.evidence(), view.openedOn(),
                                                         view.status(), view.conclusion(), view.closedOn(),
                                                         people.getOrDefault(view.id(), List.of()),
                                                         steps.getOrDefault(view.id(), List.of())))
                    .toList();
    }
}
