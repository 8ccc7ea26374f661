package io.jianfu.command.inspection;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.Check;
import io.jianfu.command.common.Roles;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.DirectoryLookup;
import io.jianfu.events.directory.UnitKind;
import io.jianfu.events.inspection.InspectionItemApproved;
import io.jianfu.events.inspection.InspectionItemProposed;
import io.jianfu.events.inspection.InspectionItemRejected;
import io.jianfu.events.inspection.InspectionItemWithdrawn;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static io.jianfu.command.inspection.InspectionChecks.strip;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An item of the annual inspection master list (督查检查年度计划总清单): proposed by a department, approved or rejected
 * by the supervision office, withdrawn by the department. Only an approved item clears PLAN inspections.
 */
@Aggregate
public class InspectionItem {
    enum Status { PROPOSED, APPROVED, REJECTED, WITHDRAWN }

    @AggregateIdentifier
    private String itemId;
    private InspectionItemProposed proposal;
    private Status status;

    @CommandHandler
    public InspectionItem(ProposeInspectionItem command, MetaData metaData, DirectoryLookup directory) {
        Check check = InspectionChecks.id(Check.fields(), "id", command.itemId())
                                      .required("departmentCode", command.departmentCode())
                                      .required("year", command.year())
                                      .between("year", command.year(), 2000, 2100);
        InspectionChecks.text(check, "title", command.title(), 200);
        InspectionChecks.text(check, "function", command.function(), 100);
        InspectionChecks.targets(check, command.targetUnitCodes(), false)
                        .that(command.targetUnitKinds() == null || command.targetUnitKinds().stream()
                                                                          .allMatch(Objects::nonNull),
                              "targetUnitKinds", "must hold only kinds of unit")
                        .that(!isEmpty(command.targetUnitCodes()) || !isEmpty(command.targetUnitKinds()),
                              "targetUnitCodes", "name target units or kinds of unit")
                        .notEmpty("months", command.months())
                        .that(command.months() == null || command.months().stream()
                                                                 .allMatch(m -> m != null && m >= 1 && m <= 12),
                              "months", "must be months 1 to 12")
                        .between("inspectionsPerMonth", command.inspectionsPerMonth(), 1, 31);
        String department = strip(command.departmentCode());
        if (department != null) {
            Actor.from(metaData).requireActsFor(department, "propose a master-list item");
        }
        check.orThrow();
        InspectionChecks.requireDepartment(department, directory);
        List<String> targets = InspectionChecks.stripAll(command.targetUnitCodes());
        InspectionChecks.requireUnits(targets, directory);
        List<UnitKind> kinds = command.targetUnitKinds() == null ? List.of()
                : command.targetUnitKinds().stream().distinct().sorted().toList();
        apply(new InspectionItemProposed(command.itemId(), department, command.year(), command.title().strip(),
                                         command.function().strip(), targets, kinds,
                                         command.months().stream().distinct().sorted().toList(),
                                         command.inspectionsPerMonth() == null ? 1 : command.inspectionsPerMonth()));
    }

    protected InspectionItem() {
    }

    @CommandHandler
    public void handle(ApproveInspectionItem command, MetaData metaData) {
        InspectionChecks.requireRole(metaData, Roles.SUPERVISION_OFFICE, "approve master-list items");
        requireProposed("approved");
        apply(new InspectionItemApproved(itemId));
    }

    @CommandHandler
    public void handle(RejectInspectionItem command, MetaData metaData) {
        InspectionChecks.requireRole(metaData, Roles.SUPERVISION_OFFICE, "reject master-list items");
        InspectionChecks.text(Check.fields(), "reason", command.reason(), 1000).orThrow();
        requireProposed("rejected");
        apply(new InspectionItemRejected(itemId, command.reason().strip()));
    }

    @CommandHandler
    public void handle(WithdrawInspectionItem command, MetaData metaData) {
        Actor.from(metaData).requireActsFor(proposal.departmentCode(), "withdraw this item");
        if (status == Status.REJECTED || status == Status.WITHDRAWN) {
            throw new RuleViolation("Item " + itemId + " is " + status + " and cannot be withdrawn.");
        }
        apply(new InspectionItemWithdrawn(itemId));
    }

    /**
     * Why this item cannot clear a PLAN inspection of {@code department}, or null if it can: the item must be
     * approved, of the same department, the window inside its year and months, every target covered by it.
     */
    String planProblem(String department, LocalDate start, LocalDate end, List<String> targets,
                       DirectoryLookup directory) {
        if (status != Status.APPROVED) {
            return "master-list item " + itemId + " is " + status + ", not APPROVED";
        }
        if (!proposal.departmentCode().equals(department)) {
            return "master-list item " + itemId + " belongs to department " + proposal.departmentCode();
        }
        if (start.getYear() != proposal.year() || end.getYear() != proposal.year()
                || !proposal.months().contains(start.getMonthValue())
                || !proposal.months().contains(end.getMonthValue())) {
            return "the window " + start + ".." + end + " lies outside the item's months " + proposal.months()
                    + " of " + proposal.year();
        }
        List<String> uncovered = targets.stream().filter(target -> !covers(target, directory)).toList();
        if (!uncovered.isEmpty()) {
            return "master-list item " + itemId + " does not cover targets " + uncovered;
        }
        return null;
    }

    int inspectionsPerMonth() {
        return proposal.inspectionsPerMonth();
    }

    private boolean covers(String target, DirectoryLookup directory) {
        return proposal.targetUnitCodes().contains(target)
                || directory.unitKind(target).map(proposal.targetUnitKinds()::contains).orElse(false);
    }

    private void requireProposed(String what) {
        if (status != Status.PROPOSED) {
            throw new RuleViolation("Item " + itemId + " is " + status + " and cannot be " + what + ".");
        }
    }

    private static boolean isEmpty(List<?> values) {
        return values == null || values.isEmpty();
    }

    @EventSourcingHandler
    void on(InspectionItemProposed event) {
        itemId = event.itemId();
        proposal = event;
        status = Status.PROPOSED;
    }

    @EventSourcingHandler
    void on(InspectionItemApproved event) {
        status = Status.APPROVED;
    }

    @EventSourcingHandler
    void on(InspectionItemRejected event) {
        status = Status.REJECTED;
    }

    @EventSourcingHandler
    void on(InspectionItemWithdrawn event) {
        status = Status.WITHDRAWN;
    }
}
