package io.jianfu.command.inspection;

import io.jianfu.command.common.Check;
import io.jianfu.command.common.Roles;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.inspection.InspectionBasis;
import io.jianfu.events.inspection.InspectionCleared;
import io.jianfu.events.inspection.InspectionHalted;
import io.jianfu.events.inspection.InspectionRefused;
import io.jianfu.events.inspection.InspectionRejected;
import io.jianfu.events.inspection.InspectionRequested;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One department's inspection of grassroots units (督查检查). {@link InspectionDesk} creates it, approves it and
 * records refusals and halts, because those also read or change the month's register.
 */
@Aggregate
public class Inspection {
    enum Status { PENDING, CLEARED, REJECTED, HALTED }

    @AggregateIdentifier
    private String inspectionId;
    private InspectionRequested request;
    private Status status;
    private final Set<String> refusedBy = new HashSet<>();

    protected Inspection() {
    }

    /** A checked request; PLAN and EMERGENCY requests are cleared at once. */
    Inspection(InspectionRequested requested) {
        apply(requested);
        if (requested.basis() != InspectionBasis.SINGLE) {
            // Events applied in a constructor are handled only after it returns: take the month from the request.
            apply(new InspectionCleared(requested.inspectionId(), requested.basis(),
                                        YearMonth.from(requested.windowStart()).toString()));
        }
    }

    @CommandHandler
    public void handle(RejectInspection command, MetaData metaData) {
        InspectionChecks.requireRole(metaData, Roles.SUPERVISION_OFFICE, "reject inspection requests");
        InspectionChecks.text(Check.fields(), "reason", command.reason(), 1000).orThrow();
        requirePending("rejected");
        apply(new InspectionRejected(inspectionId, command.reason().strip()));
    }

    void approve() {
        requirePending("approved");
        apply(new InspectionCleared(inspectionId, request.basis(), month()));
    }

    void refuse(String unitCode, String reason) {
        if (!request.targetUnitCodes().contains(unitCode)) {
            throw new RuleViolation("Inspection " + inspectionId + " does not inspect unit " + unitCode + ".");
        }
        if (refusedBy.contains(unitCode)) {
            throw new RuleViolation("Unit " + unitCode + " has already refused inspection " + inspectionId + ".");
        }
        apply(new InspectionRefused(inspectionId, unitCode, request.departmentCode(), reason));
    }

    void halt(String reason, String rectification) {
        if (status == Status.HALTED) {
            throw new RuleViolation("Inspection " + inspectionId + " is already halted.");
        }
        apply(new InspectionHalted(inspectionId, request.departmentCode(), reason, rectification));
    }

    InspectionRequested request() {
        return request;
    }

    boolean isCleared() {
        return status == Status.CLEARED;
    }

    String statusName() {
        return status.name();
    }

    boolean wasRefusedBy(String unitCode) {
        return refusedBy.contains(unitCode);
    }

    String month() {
        return YearMonth.from(request.windowStart()).toString();
    }

    private void requirePending(String what) {
        if (status != Status.PENDING) {
            throw new RuleViolation("Inspection " + inspectionId + " is " + status + " and cannot be " + what
                    + "; only a PENDING 一事一报 request can.");
        }
    }

    @EventSourcingHandler
    void on(InspectionRequested event) {
        inspectionId = event.inspectionId();
        request = event;
        status = Status.PENDING;
    }

    @EventSourcingHandler
    void on(InspectionCleared event) {
        status = Status.CLEARED;
    }

    @EventSourcingHandler
    void on(InspectionRejected event) {
        status = Status.REJECTED;
    }

    @EventSourcingHandler
    void on(InspectionRefused event) {
        refusedBy.add(event.unitCode());
    }

    @EventSourcingHandler
    void on(InspectionHalted event) {
        status = Status.HALTED;
    }
}
