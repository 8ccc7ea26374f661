package io.jianfu.query.supervision;

import io.jianfu.events.supervision.BulletinIssued;
import io.jianfu.events.supervision.DisciplinaryActionRecorded;
import io.jianfu.events.supervision.InterviewRecorded;
import io.jianfu.events.supervision.SupervisionCaseClosed;
import io.jianfu.events.supervision.SupervisionCaseOpened;
import io.jianfu.query.common.TableProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;

/** Supervision cases (监督案件) and bulletins (通报) as tables, a pure function of their events. */
@Component
@ProcessingGroup(SupervisionProjection.GROUP)
public class SupervisionProjection extends TableProjection {
    public static final String GROUP = "supervision-views";
    static final List<String> TABLES = List.of("supervision_case_step", "supervision_case_person",
                                               "supervision_case_view", "bulletin_view");

    private final JsonMapper json;

    public SupervisionProjection(JdbcClient jdbc, JsonMapper json) {
        super(jdbc, TABLES);
        this.json = json;
    }

    @EventHandler
    void on(SupervisionCaseOpened event) {
        jdbc.sql("""
                 INSERT INTO supervision_case_view (case_id, subject_unit_code, basis, problem, evidence, opened_on,
                        status)
                 VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, 'OPEN')
                 ON CONFLICT (case_id) DO NOTHING""")
            .params(event.caseId(), event.subjectUnitCode(), event.basis().name(), event.problem(),
                    json.writeValueAsString(event.evidence()), event.openedOn())
            .update();
        event.involvedCadreIds().forEach(cadre -> person(event.caseId(), cadre, "involved = TRUE", true, false, null));
    }

    @EventHandler
    void on(InterviewRecorded event, @SequenceNumber long sequence) {
        step(event.caseId(), sequence, "INTERVIEW", event.heldOn(), event.cadreIds(), event.outcome());
        event.cadreIds().forEach(cadre -> person(event.caseId(), cadre, "interviewed = TRUE", false, true, null));
    }

    @EventHandler
    void on(DisciplinaryActionRecorded event, @SequenceNumber long sequence) {
        step(event.caseId(), sequence, "DISCIPLINE", event.decidedOn(), event.cadreIds(), event.measure());
        event.cadreIds().forEach(cadre -> person(event.caseId(), cadre,
                                                 "disciplined_on = coalesce(p.disciplined_on, EXCLUDED.disciplined_on)",
                                                 false, false, event.decidedOn()));
    }

    @EventHandler
    void on(SupervisionCaseClosed event) {
        jdbc.sql("UPDATE supervision_case_view SET status = 'CLOSED', conclusion = ?, closed_on = ? WHERE case_id = ?")
            .params(event.conclusion(), event.closedOn(), event.caseId())
            .update();
    }

    @EventHandler
    void on(BulletinIssued event) {
        jdbc.sql("""
                 INSERT INTO bulletin_view (bulletin_id, title, period_from, period_to, issued_on, problems,
                        problem_count)
                 VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?)
                 ON CONFLICT (bulletin_id) DO NOTHING""")
            .params(event.bulletinId(), event.title(), event.periodFrom(), event.periodTo(), event.issuedOn(),
                    json.writeValueAsString(event.problems()), event.problems().size())
            .update();
    }

    private void step(String caseId, long sequence, String kind, LocalDate day, List<String> cadreIds, String text) {
        jdbc.sql("""
                 INSERT INTO supervision_case_step (case_id, sequence_number, kind, on_date, cadre_ids, text)
                 VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?)
                 ON CONFLICT (case_id, sequence_number) DO NOTHING""")
            .params(caseId, sequence, kind, day, json.writeValueAsString(cadreIds), text)
            .update();
    }

    /** Adds the cadre to the case, or marks what happened to them; {@code update} is a fixed SET clause. */
    private void person(String caseId, String cadreId, String update, boolean involved, boolean interviewed,
                        LocalDate disciplinedOn) {
        jdbc.sql("INSERT INTO supervision_case_person AS p (case_id, cadre_id, involved, interviewed, disciplined_on) "
                 + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_id, cadre_id) DO UPDATE SET " + update)
            .params(caseId, cadreId, involved, interviewed, disciplinedOn)
            .update();
    }
}
