package io.jianfu.query.supervision;

import io.jianfu.events.supervision.EvidenceLink;

import java.util.List;

/**
 * A signal from the other features that may deserve a supervision case: its basis (a {@code CaseBasis} name), the
 * unit that caused the load, what happened, the aggregates it rests on, and the cases already opened about that unit
 * on that basis.
 */
public record SupervisionCandidate(String basis, String subjectUnitCode, String summary, List<EvidenceLink> evidence,
                                   List<String> openCaseIds) {
}
