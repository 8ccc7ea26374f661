package io.jianfu.query.supervision;

import io.jianfu.events.supervision.EvidenceLink;

import java.time.LocalDate;
import java.util.List;

/** A supervision case (监督案件) with its evidence, the cadres in it (by id) and its interviews and discipline. */
public record SupervisionCaseView(String id, String subjectUnitCode, String basis, String problem,
                                  List<EvidenceLink> evidence, LocalDate openedOn, String status, String conclusion,
                                  LocalDate closedOn, List<Person> people, List<Step> steps) {

    public record Person(String cadreId, boolean involved, boolean interviewed, LocalDate disciplinedOn) {
    }

    /** An interview (INTERVIEW: its outcome) or a disciplinary decision (DISCIPLINE: its measure). */
    public record Step(String kind, LocalDate on, List<String> cadreIds, String text) {
    }
}
