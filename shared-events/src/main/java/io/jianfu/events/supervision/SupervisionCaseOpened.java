package io.jianfu.events.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * The discipline office opened a supervision case about a unit: formalism or bureaucratism (形式主义、官僚主义) on a
 * basis, with the events it rests on and the cadres involved (by id only).
 */
public record SupervisionCaseOpened(String caseId, String subjectUnitCode, CaseBasis basis, String problem,
                                    List<EvidenceLink> evidence, List<String> involvedCadreIds, LocalDate openedOn) {
}
