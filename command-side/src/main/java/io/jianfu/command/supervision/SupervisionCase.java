package io.jianfu.command.supervision;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.Check;
import io.jianfu.command.common.Ids;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.DirectoryLookup;
import io.jianfu.events.supervision.DisciplinaryActionRecorded;
import io.jianfu.events.supervision.EvidenceLink;
import io.jianfu.events.supervision.InterviewRecorded;
import io.jianfu.events.supervision.SupervisionCaseClosed;
import io.jianfu.events.supervision.SupervisionCaseOpened;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.List;

import static io.jianfu.command.supervision.SupervisionRules.cadreIds;
import static io.jianfu.command.supervision.SupervisionRules.notInFuture;
import static io.jianfu.command.supervision.SupervisionRules.requireRegistered;
import static io.jianfu.command.supervision.SupervisionRules.strip;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 监督案件: a case of formalism or bureaucratism the discipline office (纪委监委) opens about a unit on the evidence of
 * stored events, with its interviews (约谈), the discipline given and its conclusion. People appear by cadre id only.
 */
@Aggregate
public class SupervisionCase {
    static final int MOST_EVIDENCE = 200;

    @AggregateIdentifier
    private String caseId;
    private LocalDate openedOn;
    private boolean closed;

    @CommandHandler
    public SupervisionCase(OpenSupervisionCase command, MetaData metaData, DirectoryLookup directory) {
        Actor.from(metaData).requireDiscipline("open a supervision case");
        List<EvidenceLink> evidence = command.evidence() == null ? List.of() : command.evidence();
        Check check = Check.fields()
                           .required("id", command.caseId())
                           .that(command.caseId() == null || Ids.isWellFormed(command.caseId()), "id",
                                 "must be 1 to 64 letters, digits, '.', '-' or '_'")
                           .required("subjectUnitCode", strip(command.subjectUnitCode()))
                           .required("basis", command.basis())
                           .required("problem", strip(command.problem()))
                           .maxLength("problem", command.problem(), 4000)
                           .that(evidence.size() <= MOST_EVIDENCE, "evidence", "must be at most " + MOST_EVIDENCE)
                           .that(evidence.stream().allMatch(link -> link != null
                                         && (strip(link.aggregateId()) != null || link.position() != null)),
                                 "evidence", "each link names an aggregate id or an event position")
                           .required("openedOn", command.openedOn());
        cadreIds(check, "involvedCadreIds", command.involvedCadreIds(), false);
        notInFuture(check, "openedOn", command.openedOn()).orThrow();
        String unit = command.subjectUnitCode().strip();
        directory.requireUnit(unit, "Unit");
        requireRegistered(command.involvedCadreIds(), directory);
        apply(new SupervisionCaseOpened(command.caseId(), unit, command.basis(), command.problem().strip(),
                                        List.copyOf(evidence),
                                        command.involvedCadreIds() == null ? List.of()
                                                : List.copyOf(command.involvedCadreIds()),
                                        command.openedOn()));
    }

    protected SupervisionCase() {
    }

    @CommandHandler
    public void handle(RecordInterview command, MetaData metaData, DirectoryLookup directory) {
        Actor.from(metaData).requireDiscipline("record an interview");
        Check check = Check.fields().required("heldOn", command.heldOn()).required("outcome", strip(command.outcome()))
                           .maxLength("outcome", command.outcome(), 4000);
        cadreIds(check, "cadreIds", command.cadreIds(), true);
        notInFuture(check, "heldOn", command.heldOn()).orThrow();
        requireOpen("take an interview");
        requireNotBeforeOpening(command.heldOn(), "An interview");
        requireRegistered(command.cadreIds(), directory);
        apply(new InterviewRecorded(caseId, List.copyOf(command.cadreIds()), command.heldOn(),
                                    command.outcome().strip()));
    }

    @CommandHandler
    public void handle(RecordDisciplinaryAction command, MetaData metaData, DirectoryLookup directory) {
        Actor.from(metaData).requireDiscipline("record disciplinary action");
        Check check = Check.fields().required("decidedOn", command.decidedOn())
                           .required("measure", strip(command.measure())).maxLength("measure", command.measure(), 200);
        cadreIds(check, "cadreIds", command.cadreIds(), true);
        notInFuture(check, "decidedOn", command.decidedOn()).orThrow();
        requireOpen("take disciplinary action");
        requireNotBeforeOpening(command.decidedOn(), "Discipline");
        requireRegistered(command.cadreIds(), directory);
        apply(new DisciplinaryActionRecorded(caseId, List.copyOf(command.cadreIds()), command.measure().strip(),
                                             command.decidedOn()));
    }

    @CommandHandler
    public void handle(CloseSupervisionCase command, MetaData metaData) {
        Actor.from(metaData).requireDiscipline("close a supervision case");
        Check check = Check.fields().required("closedOn", command.closedOn())
                           .required("conclusion", strip(command.conclusion()))
                           .maxLength("conclusion", command.conclusion(), 4000);
        notInFuture(check, "closedOn", command.closedOn()).orThrow();
        requireOpen("be closed again");
        requireNotBeforeOpening(command.closedOn(), "The closing");
        apply(new SupervisionCaseClosed(caseId, command.conclusion().strip(), command.closedOn()));
    }

    private void requireOpen(String what) {
        if (closed) {
            throw new RuleViolation("Case " + caseId + " is closed and cannot " + what + ".");
        }
    }

    private void requireNotBeforeOpening(LocalDate day, String what) {
        if (day.isBefore(openedOn)) {
            throw new RuleViolation(what + " on " + day + " comes before the case was opened on " + openedOn + ".");
        }
    }

    @EventSourcingHandler
    void on(SupervisionCaseOpened event) {
        this.caseId = event.caseId();
        this.openedOn = event.openedOn();
    }

    @EventSourcingHandler
    void on(SupervisionCaseClosed event) {
        this.closed = true;
    }
}
