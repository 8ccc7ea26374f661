package io.jianfu.command.supervision;

import io.jianfu.events.supervision.CaseBasis;
import io.jianfu.events.supervision.EvidenceLink;

import java.time.LocalDate;
import java.util.List;

/** Open a supervision case about a unit: DISCIPLINE, with the basis, the problem, the evidence and who is involved. */
public record OpenSupervisionCase(String caseId, String subjectUnitCode, CaseBasis basis, String problem,
                                  List<EvidenceLink> evidence, List<String> involvedCadreIds, LocalDate openedOn) {
}
